#!/bin/sh
# Creates the GKE cluster prod as planned by Fleetplan (see ../../../README.md).
# Usage: PROJECT=my-project [REGION=europe-west1] sh create.sh
set -eu

PROJECT="${PROJECT:?set PROJECT to the Google Cloud project id}"
REGION="${REGION:-europe-west1}"
MACHINE_TYPE="${MACHINE_TYPE:-custom-4-16384}"
CLUSTER="prod"
HERE=$(cd "$(dirname "$0")" && pwd)

if gcloud container clusters describe "$CLUSTER" --project "$PROJECT" --region "$REGION" >/dev/null 2>&1; then
    echo "cluster $CLUSTER already exists in $REGION; nothing to do"
    exit 0
fi

gcloud container clusters create "$CLUSTER" \
    --project "$PROJECT" \
    --region "$REGION" \
    --release-channel regular \
    --cluster-version "1.34" \
    --enable-ip-alias \
    --create-subnetwork "name=prod-nodes,range=10.0.2.0/24" \
    --cluster-ipv4-cidr "10.128.128.0/18" \
    --services-ipv4-cidr "10.96.2.0/24" \
    --machine-type "$MACHINE_TYPE" \
    --num-nodes "6" \
    --max-pods-per-node "110" \
    --node-labels "fleetplan.io/cluster=prod,fleetplan.io/profile=web" \
    --system-config-from-file "$HERE/node-system-config.yaml"
