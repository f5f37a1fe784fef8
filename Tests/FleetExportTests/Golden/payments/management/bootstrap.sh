#!/bin/sh
# Installs Argo CD v3.5.1 on the management cluster mgmt, registers every other cluster and applies management/.
# Commit the bundle to https://git.example.com/payments/platform-design.git (revision main) first: the controller reads it from there.
set -eu
cd "$(dirname "$0")/.."
. management/env.sh
management="$CTX_MGMT"

kubectl --context="$management" create namespace argocd --dry-run=client -o yaml | kubectl --context="$management" apply -f -
kubectl --context="$management" -n argocd apply --server-side --force-conflicts -f https://raw.githubusercontent.com/argoproj/argo-cd/v3.5.1/manifests/install.yaml
kubectl --context="$management" -n argocd rollout status deployment/argocd-repo-server --timeout=10m
kubectl --context="$management" -n argocd rollout status deployment/argocd-applicationset-controller --timeout=10m

# argocd in core mode talks to the cluster directly, in the namespace of its kube context: work on
# a copy of the kubeconfig so the user's own file is left as it is.
kubeconfig=$(mktemp)
trap 'rm -f "$kubeconfig"' EXIT
kubectl config view --raw --flatten > "$kubeconfig"
KUBECONFIG="$kubeconfig" kubectl config set-context "$management" --namespace=argocd > /dev/null
KUBECONFIG="$kubeconfig" argocd cluster add "$CTX_DEV_EU" --name "dev-eu" --core --kube-context "$management" --upsert --yes
KUBECONFIG="$kubeconfig" argocd cluster add "$CTX_STAGING_EU" --name "staging-eu" --core --kube-context "$management" --upsert --yes
KUBECONFIG="$kubeconfig" argocd cluster add "$CTX_PROD_EU" --name "prod-eu" --core --kube-context "$management" --upsert --yes
KUBECONFIG="$kubeconfig" argocd cluster add "$CTX_PROD_US" --name "prod-us" --core --kube-context "$management" --upsert --yes

kubectl --context="$management" apply --server-side -k management/
echo "Argo CD delivers every cluster tree; watch with: kubectl --context=$management -n argocd get applications"
