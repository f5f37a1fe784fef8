#!/bin/sh
# Primaries: control plane, east-west gateway, istiod and service exposure
# Part of the mesh runbook of payments-platform (run mesh/bootstrap.sh for every step in order).
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=mesh/env.sh
. ./mesh/env.sh

step "dev-eu: network net-eu"
kubectl --context="$CTX_DEV_EU" apply -f clusters/dev-eu/istio/namespace.yaml
step "dev-eu: control plane (primary)"
istioctl install -y --context="$CTX_DEV_EU" -f clusters/dev-eu/istio/istio-operator.yaml
kubectl --context="$CTX_DEV_EU" -n istio-system rollout status deployment/istiod --timeout=300s
step "dev-eu: east-west gateway"
istioctl install -y --context="$CTX_DEV_EU" -f clusters/dev-eu/istio/gateways-operator.yaml
gateway_address "$CTX_DEV_EU" hostname
step "dev-eu: expose services to the other networks (15443)"
kubectl --context="$CTX_DEV_EU" apply -f clusters/dev-eu/istio/cross-network-gateway.yaml

step "staging-eu: network net-eu"
kubectl --context="$CTX_STAGING_EU" apply -f clusters/staging-eu/istio/namespace.yaml
step "staging-eu: control plane (primary)"
istioctl install -y --context="$CTX_STAGING_EU" -f clusters/staging-eu/istio/istio-operator.yaml
kubectl --context="$CTX_STAGING_EU" -n istio-system rollout status deployment/istiod --timeout=300s
step "staging-eu: east-west gateway"
istioctl install -y --context="$CTX_STAGING_EU" -f clusters/staging-eu/istio/gateways-operator.yaml
gateway_address "$CTX_STAGING_EU" hostname
step "staging-eu: expose services to the other networks (15443)"
kubectl --context="$CTX_STAGING_EU" apply -f clusters/staging-eu/istio/cross-network-gateway.yaml

step "prod-eu: network net-eu"
kubectl --context="$CTX_PROD_EU" apply -f clusters/prod-eu/istio/namespace.yaml
step "prod-eu: control plane (primary)"
istioctl install -y --context="$CTX_PROD_EU" -f clusters/prod-eu/istio/istio-operator.yaml
kubectl --context="$CTX_PROD_EU" -n istio-system rollout status deployment/istiod --timeout=300s
step "prod-eu: east-west gateway"
istioctl install -y --context="$CTX_PROD_EU" -f clusters/prod-eu/istio/gateways-operator.yaml
gateway_address "$CTX_PROD_EU" hostname
step "prod-eu: expose services to the other networks (15443)"
kubectl --context="$CTX_PROD_EU" apply -f clusters/prod-eu/istio/cross-network-gateway.yaml

step "prod-us: network net-us"
kubectl --context="$CTX_PROD_US" apply -f clusters/prod-us/istio/namespace.yaml
step "prod-us: control plane (primary)"
istioctl install -y --context="$CTX_PROD_US" -f clusters/prod-us/istio/istio-operator.yaml
kubectl --context="$CTX_PROD_US" -n istio-system rollout status deployment/istiod --timeout=300s
step "prod-us: east-west gateway"
istioctl install -y --context="$CTX_PROD_US" -f clusters/prod-us/istio/gateways-operator.yaml
gateway_address "$CTX_PROD_US" hostname
step "prod-us: expose services to the other networks (15443)"
kubectl --context="$CTX_PROD_US" apply -f clusters/prod-us/istio/cross-network-gateway.yaml

