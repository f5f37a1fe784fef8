#!/bin/sh
# Mesh-wide policy on the primaries
# Part of the mesh runbook of payments-platform (run mesh/bootstrap.sh for every step in order).
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=mesh/env.sh
. ./mesh/env.sh

step "dev-eu: peer-authentication.yaml, telemetry.yaml"
kubectl --context="$CTX_DEV_EU" apply -f clusters/dev-eu/istio/peer-authentication.yaml
kubectl --context="$CTX_DEV_EU" apply -f clusters/dev-eu/istio/telemetry.yaml
step "staging-eu: peer-authentication.yaml, telemetry.yaml"
kubectl --context="$CTX_STAGING_EU" apply -f clusters/staging-eu/istio/peer-authentication.yaml
kubectl --context="$CTX_STAGING_EU" apply -f clusters/staging-eu/istio/telemetry.yaml
step "prod-eu: peer-authentication.yaml, telemetry.yaml"
kubectl --context="$CTX_PROD_EU" apply -f clusters/prod-eu/istio/peer-authentication.yaml
kubectl --context="$CTX_PROD_EU" apply -f clusters/prod-eu/istio/telemetry.yaml
step "prod-us: peer-authentication.yaml, telemetry.yaml"
kubectl --context="$CTX_PROD_US" apply -f clusters/prod-us/istio/peer-authentication.yaml
kubectl --context="$CTX_PROD_US" apply -f clusters/prod-us/istio/telemetry.yaml
