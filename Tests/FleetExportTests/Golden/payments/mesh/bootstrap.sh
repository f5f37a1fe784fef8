#!/bin/sh
# The whole mesh bootstrap of payments-platform, in the order the Istio install guides give.
# Set the CTX_<NAME> variables of mesh/env.sh first; each step can also be run alone.
set -eu
cd "$(dirname "$0")/.."
sh mesh/01-certificates.sh   # Shared root of trust: a root CA, an intermediate CA and a cacerts secret per cluster
sh mesh/02-primaries.sh   # Primaries: control plane, east-west gateway, istiod and service exposure
sh mesh/04-endpoint-discovery.sh   # Endpoint discovery: every primary's remote secret into every other primary
sh mesh/05-mesh-policy.sh   # Mesh-wide policy on the primaries
sh mesh/06-verify.sh   # Verify: remote clusters seen by each primary, proxies synced in each cluster
