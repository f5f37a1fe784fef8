#!/bin/sh
# Blue-green: every request of SERVICE goes to its pods labelled version=COLOUR (blue or green).
# Deploy the idle colour, test it, then switch; switching back is the same command.
# Usage: sh mesh/traffic/blue-green.sh SERVICE NAMESPACE blue|green | kubectl --context="$CTX" apply -f -
set -eu
usage() {
    echo "usage: $0 SERVICE NAMESPACE blue|green" >&2
    exit 64
}
[ "$#" -eq 3 ] || usage
service=$1
namespace=$2
for name in "$service" "$namespace"; do
    case "$name" in
        '' | -* | *[!a-z0-9-]*) usage ;;
    esac
done
colour=$3
case "$colour" in
    blue | green) ;;
    *) usage ;;
esac
host="$service.$namespace.svc.cluster.local"
cat <<EOF
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: ${service}
  namespace: ${namespace}
spec:
  host: ${host}
  subsets:
    - name: blue
      labels:
        version: blue
    - name: green
      labels:
        version: green
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${service}
  namespace: ${namespace}
spec:
  hosts:
    - ${host}
  http:
    - name: rollout
      route:
        - destination:
            host: ${host}
            subset: ${colour}
          weight: 100
EOF
