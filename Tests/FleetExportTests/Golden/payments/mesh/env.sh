# shellcheck shell=sh
# Kube contexts of the mesh clusters of payments-platform, and the addresses the design
# cannot know yet. Every script of this directory reads this file. Export a variable to
# override it; a missing one stops the runbook and names the command that reveals it.

: "${CTX_DEV_EU:?set CTX_DEV_EU to the kube context of cluster dev-eu (kubectl config get-contexts -o name)}"
: "${CTX_STAGING_EU:?set CTX_STAGING_EU to the kube context of cluster staging-eu (kubectl config get-contexts -o name)}"
: "${CTX_PROD_EU:?set CTX_PROD_EU to the kube context of cluster prod-eu (kubectl config get-contexts -o name)}"
: "${CTX_PROD_US:?set CTX_PROD_US to the kube context of cluster prod-us (kubectl config get-contexts -o name)}"

# Prints the address of the east-west gateway in context $1 (field $2: ip or hostname),
# waiting up to ten minutes for its load balancer.
gateway_address() {
    tries=0
    while [ "$tries" -lt 60 ]; do
        address=$(kubectl --context="$1" -n istio-system get svc istio-eastwestgateway -o jsonpath="{.status.loadBalancer.ingress[0].$2}")
        if [ -n "$address" ]; then
            printf '%s\n' "$address"
            return 0
        fi
        tries=$((tries + 1))
        sleep 10
    done
    echo "istio-eastwestgateway in context $1 has no address after ten minutes" >&2
    return 1
}

# Prints a step's title.
step() {
    printf '\n== %s\n' "$*"
}
