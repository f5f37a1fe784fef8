#!/bin/sh
# Shared root of trust: a root CA, an intermediate CA and a cacerts secret per cluster
# Part of the mesh runbook of payments-platform (run mesh/bootstrap.sh for every step in order).
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=mesh/env.sh
. ./mesh/env.sh

for tool in openssl kubectl; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 69; }
done
# Keys stay on this machine, readable by you only; keep mesh/certs out of version control.
CERTS="${CERTS:-mesh/certs}"
# RSA key size of the CAs (istio/istio tools/certs uses 4096).
CA_KEY_BITS="${CA_KEY_BITS:-4096}"
umask 077
mkdir -p "$CERTS"

step "root CA (3650 days, RSA $CA_KEY_BITS)"
if [ ! -f "$CERTS/root-cert.pem" ]; then
    cat >"$CERTS/root-ca.conf" <<EOF
[ req ]
encrypt_key = no
prompt = no
utf8 = yes
default_md = sha256
default_bits = $CA_KEY_BITS
req_extensions = req_ext
x509_extensions = req_ext
distinguished_name = req_dn
[ req_ext ]
subjectKeyIdentifier = hash
basicConstraints = critical, CA:true
keyUsage = critical, digitalSignature, nonRepudiation, keyEncipherment, keyCertSign
[ req_dn ]
O = payments
CN = Root CA
EOF
    openssl genrsa -out "$CERTS/root-key.pem" "$CA_KEY_BITS"
    openssl req -new -key "$CERTS/root-key.pem" -config "$CERTS/root-ca.conf" -out "$CERTS/root-cert.csr"
    openssl x509 -req -days 3650 -signkey "$CERTS/root-key.pem" -extensions req_ext -extfile "$CERTS/root-ca.conf" -in "$CERTS/root-cert.csr" -out "$CERTS/root-cert.pem"
fi

# intermediate NAME CONTEXT: the cluster's intermediate CA, signed by the root, and its
# cacerts secret in istio-system (istiod reads it when it starts).
intermediate() {
    dir="$CERTS/$1"
    mkdir -p "$dir"
    if [ ! -f "$dir/ca-cert.pem" ]; then
        cat >"$dir/intermediate.conf" <<EOF
[ req ]
encrypt_key = no
prompt = no
utf8 = yes
default_md = sha256
default_bits = $CA_KEY_BITS
req_extensions = req_ext
x509_extensions = req_ext
distinguished_name = req_dn
[ req_ext ]
subjectKeyIdentifier = hash
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, digitalSignature, nonRepudiation, keyEncipherment, keyCertSign
subjectAltName = @san
[ san ]
DNS.1 = istiod.istio-system.svc
[ req_dn ]
O = payments
CN = Intermediate CA
L = $1
EOF
        openssl genrsa -out "$dir/ca-key.pem" "$CA_KEY_BITS"
        openssl req -new -config "$dir/intermediate.conf" -key "$dir/ca-key.pem" -out "$dir/cluster-ca.csr"
        openssl x509 -req -days 730 -CA "$CERTS/root-cert.pem" -CAkey "$CERTS/root-key.pem" -CAcreateserial -extensions req_ext -extfile "$dir/intermediate.conf" -in "$dir/cluster-ca.csr" -out "$dir/ca-cert.pem"
        cat "$dir/ca-cert.pem" "$CERTS/root-cert.pem" >"$dir/cert-chain.pem"
        cp "$CERTS/root-cert.pem" "$dir/root-cert.pem"
    fi
    openssl verify -CAfile "$CERTS/root-cert.pem" "$dir/ca-cert.pem"
    kubectl --context="$2" apply -f "clusters/$1/istio/namespace.yaml"
    kubectl --context="$2" -n istio-system create secret generic cacerts \
        --from-file="$dir/ca-cert.pem" --from-file="$dir/ca-key.pem" \
        --from-file="$dir/root-cert.pem" --from-file="$dir/cert-chain.pem" \
        --dry-run=client -o yaml | kubectl --context="$2" apply -f -
    kubectl --context="$2" -n istio-system get secret cacerts
}

step "dev-eu: intermediate CA and cacerts"
intermediate dev-eu "$CTX_DEV_EU"
step "staging-eu: intermediate CA and cacerts"
intermediate staging-eu "$CTX_STAGING_EU"
step "prod-eu: intermediate CA and cacerts"
intermediate prod-eu "$CTX_PROD_EU"
step "prod-us: intermediate CA and cacerts"
intermediate prod-us "$CTX_PROD_US"
