#!/bin/sh
# Verify: remote clusters seen by each primary, proxies synced in each cluster
# Part of the mesh runbook of payments-platform (run mesh/bootstrap.sh for every step in order).
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=mesh/env.sh
. ./mesh/env.sh

step "dev-eu: remote clusters (every other mesh cluster it watches, synced)"
istioctl remote-clusters --context="$CTX_DEV_EU"
step "staging-eu: remote clusters (every other mesh cluster it watches, synced)"
istioctl remote-clusters --context="$CTX_STAGING_EU"
step "prod-eu: remote clusters (every other mesh cluster it watches, synced)"
istioctl remote-clusters --context="$CTX_PROD_EU"
step "prod-us: remote clusters (every other mesh cluster it watches, synced)"
istioctl remote-clusters --context="$CTX_PROD_US"
step "dev-eu: proxies synced with istiod"
istioctl proxy-status --context="$CTX_DEV_EU"
step "staging-eu: proxies synced with istiod"
istioctl proxy-status --context="$CTX_STAGING_EU"
step "prod-eu: proxies synced with istiod"
istioctl proxy-status --context="$CTX_PROD_EU"
step "prod-us: proxies synced with istiod"
istioctl proxy-status --context="$CTX_PROD_US"
