#!/bin/sh
# Canary: PERCENT of SERVICE's requests go to its pods labelled version=canary, the rest to
# version=stable. The roadmap's canary steps are 5, 25, 50 and 100; 0 rolls back.
# Usage: sh mesh/traffic/canary.sh SERVICE NAMESPACE PERCENT | kubectl --context="$CTX" apply -f -
set -eu
usage() {
    echo "usage: $0 SERVICE NAMESPACE PERCENT" >&2
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
percent=$3
case "$percent" in
    '' | *[!0-9]*) usage ;;
esac
if [ "$percent" -gt 100 ]; then usage; fi
stable=$((100 - percent))
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
    - name: stable
      labels:
        version: stable
    - name: canary
      labels:
        version: canary
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
            subset: stable
          weight: ${stable}
        - destination:
            host: ${host}
            subset: canary
          weight: ${percent}
EOF
