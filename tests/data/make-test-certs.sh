#!/bin/sh
# Generates the TLS material of the test suite into DIR (no private key is committed):
#   ca.pem / ca-key.pem                   the test CA that the tests trust
#   server.pem / server-key.pem           localhost, 127.0.0.1 and ::1, signed by the test CA
#   expired.pem / expired-key.pem         the same names, signed by the test CA, expired in 2020
#   wronghost.pem / wronghost-key.pem     signed by the test CA for another host name only
#   untrusted.pem / untrusted-key.pem     self-signed (an untrusted CA) for the right names
#   otherca.pem / otherca-key.pem         a second CA, which no test trusts
#   otherleaf.pem / otherleaf-key.pem     the right names, signed by that second CA
# Keys are P-256 EC keys: generated in milliseconds.
set -eu

dir=${1:?usage: make-test-certs.sh DIR}
openssl=${OPENSSL:-openssl}
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

newkey() {
    "$openssl" genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

cat >"$work/leaf.ext" <<'EXT'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
EXT
cat >"$work/wronghost.ext" <<'EXT'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:sts.other-host.example
EXT

# The test CA.
newkey "$work/ca-key.pem"
"$openssl" req -x509 -new -key "$work/ca-key.pem" -sha256 -days 3650 \
    -subj "/O=MrAuth tests/CN=MrAuth Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$work/ca.pem"

# A leaf certificate signed by the test CA: sign NAME SUBJECT EXTFILE
sign() {
    newkey "$work/$1-key.pem"
    "$openssl" req -new -key "$work/$1-key.pem" -subj "$2" -out "$work/$1.csr"
    "$openssl" x509 -req -in "$work/$1.csr" -CA "$work/ca.pem" -CAkey "$work/ca-key.pem" \
        -CAcreateserial -sha256 -days 825 -extfile "$3" -out "$work/$1.pem" 2>/dev/null
}
sign server "/O=MrAuth tests/CN=localhost" "$work/leaf.ext"
sign wronghost "/O=MrAuth tests/CN=sts.other-host.example" "$work/wronghost.ext"

# Expired: OpenSSL 3.0's x509 -req cannot set a start date, `openssl ca` can.
newkey "$work/expired-key.pem"
"$openssl" req -new -key "$work/expired-key.pem" -subj "/O=MrAuth tests/CN=localhost" \
    -out "$work/expired.csr"
mkdir -p "$work/ca-db"
: >"$work/ca-db/index.txt"
echo 1000 >"$work/ca-db/serial"
cat >"$work/ca.cnf" <<EOF2
[ ca ]
default_ca = test_ca
[ test_ca ]
database = $work/ca-db/index.txt
serial = $work/ca-db/serial
new_certs_dir = $work/ca-db
default_md = sha256
policy = any_policy
unique_subject = no
[ any_policy ]
commonName = supplied
organizationName = optional
EOF2
"$openssl" ca -batch -notext -config "$work/ca.cnf" -cert "$work/ca.pem" -keyfile "$work/ca-key.pem" \
    -startdate 20190101000000Z -enddate 20200101000000Z -extfile "$work/leaf.ext" \
    -in "$work/expired.csr" -out "$work/expired.pem" 2>/dev/null

# Self-signed by a CA nobody trusts, for the right names.
newkey "$work/untrusted-key.pem"
"$openssl" req -x509 -new -key "$work/untrusted-key.pem" -sha256 -days 825 \
    -subj "/O=Untrusted/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
    -out "$work/untrusted.pem"

# A second CA that no client trusts, and a leaf for the right names signed by it: the chain
# fails at an unknown issuer rather than at a self-signed certificate.
newkey "$work/otherca-key.pem"
"$openssl" req -x509 -new -key "$work/otherca-key.pem" -sha256 -days 3650 \
    -subj "/O=Untrusted/CN=Other Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$work/otherca.pem"
newkey "$work/otherleaf-key.pem"
"$openssl" req -new -key "$work/otherleaf-key.pem" -subj "/O=Untrusted/CN=localhost" \
    -out "$work/otherleaf.csr"
"$openssl" x509 -req -in "$work/otherleaf.csr" -CA "$work/otherca.pem" \
    -CAkey "$work/otherca-key.pem" -CAcreateserial -sha256 -days 825 -extfile "$work/leaf.ext" \
    -out "$work/otherleaf.pem" 2>/dev/null

for name in ca server expired wronghost untrusted otherca otherleaf; do
    cp "$work/$name.pem" "$work/$name-key.pem" "$dir/"
done
chmod 600 "$dir"/*-key.pem
