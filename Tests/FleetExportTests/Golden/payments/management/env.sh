# shellcheck shell=sh
# Kube contexts of the clusters of payments-platform; management/bootstrap.sh reads this file.
# Export a variable to override it; a missing one stops the script and says how to find it.

: "${CTX_MGMT:?set CTX_MGMT to the kube context of cluster mgmt (kubectl config get-contexts -o name)}"
: "${CTX_DEV_EU:?set CTX_DEV_EU to the kube context of cluster dev-eu (kubectl config get-contexts -o name)}"
: "${CTX_STAGING_EU:?set CTX_STAGING_EU to the kube context of cluster staging-eu (kubectl config get-contexts -o name)}"
: "${CTX_PROD_EU:?set CTX_PROD_EU to the kube context of cluster prod-eu (kubectl config get-contexts -o name)}"
: "${CTX_PROD_US:?set CTX_PROD_US to the kube context of cluster prod-us (kubectl config get-contexts -o name)}"
