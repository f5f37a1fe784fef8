#!/bin/sh
# Endpoint discovery: every primary's remote secret into every other primary
# Part of the mesh runbook of payments-platform (run mesh/bootstrap.sh for every step in order).
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=mesh/env.sh
. ./mesh/env.sh

step "remote secret of dev-eu into staging-eu"
istioctl create-remote-secret --context="$CTX_DEV_EU" --name=dev-eu | kubectl apply -f - --context="$CTX_STAGING_EU"
step "remote secret of dev-eu into prod-eu"
istioctl create-remote-secret --context="$CTX_DEV_EU" --name=dev-eu | kubectl apply -f - --context="$CTX_PROD_EU"
step "remote secret of dev-eu into prod-us"
istioctl create-remote-secret --context="$CTX_DEV_EU" --name=dev-eu | kubectl apply -f - --context="$CTX_PROD_US"
step "remote secret of staging-eu into dev-eu"
istioctl create-remote-secret --context="$CTX_STAGING_EU" --name=staging-eu | kubectl apply -f - --context="$CTX_DEV_EU"
step "remote secret of staging-eu into prod-eu"
istioctl create-remote-secret --context="$CTX_STAGING_EU" --name=staging-eu | kubectl apply -f - --context="$CTX_PROD_EU"
step "remote secret of staging-eu into prod-us"
istioctl create-remote-secret --context="$CTX_STAGING_EU" --name=staging-eu | kubectl apply -f - --context="$CTX_PROD_US"
step "remote secret of prod-eu into dev-eu"
istioctl create-remote-secret --context="$CTX_PROD_EU" --name=prod-eu | kubectl apply -f - --context="$CTX_DEV_EU"
step "remote secret of prod-eu into staging-eu"
istioctl create-remote-secret --context="$CTX_PROD_EU" --name=prod-eu | kubectl apply -f - --context="$CTX_STAGING_EU"
step "remote secret of prod-eu into prod-us"
istioctl create-remote-secret --context="$CTX_PROD_EU" --name=prod-eu | kubectl apply -f - --context="$CTX_PROD_US"
step "remote secret of prod-us into dev-eu"
istioctl create-remote-secret --context="$CTX_PROD_US" --name=prod-us | kubectl apply -f - --context="$CTX_DEV_EU"
step "remote secret of prod-us into staging-eu"
istioctl create-remote-secret --context="$CTX_PROD_US" --name=prod-us | kubectl apply -f - --context="$CTX_STAGING_EU"
step "remote secret of prod-us into prod-eu"
istioctl create-remote-secret --context="$CTX_PROD_US" --name=prod-us | kubectl apply -f - --context="$CTX_PROD_EU"
istioctl remote-clusters --context="$CTX_DEV_EU"
istioctl remote-clusters --context="$CTX_STAGING_EU"
istioctl remote-clusters --context="$CTX_PROD_EU"
istioctl remote-clusters --context="$CTX_PROD_US"
