#!/bin/sh
# Regenerates the sandbox's TEST-ONLY TLS material. These keys are public (committed); they protect
# nothing and must never be trusted outside the sandbox. Valid for 20 years from generation.
#   test-only-ca.pem / test-only-ca.key          the CA clients trust through the cloud profile
#   test-only-server.pem / test-only-server.key  127.0.0.1 and localhost, signed by that CA
#   test-only-token-signing.key                   RS256 key the sandbox signs its JWTs with
set -eu
cd "$(dirname "$0")"
days=7305
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $days \
  -keyout test-only-ca.key -out test-only-ca.pem \
  -subj "/O=CMK Wizard sandbox (TEST ONLY)/CN=CMK Wizard sandbox test CA - not for production" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash"
openssl req -newkey rsa:2048 -nodes -sha256 \
  -keyout test-only-server.key -out server.csr \
  -subj "/O=CMK Wizard sandbox (TEST ONLY)/CN=localhost"
cat > server.ext <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
EXT
openssl x509 -req -in server.csr -CA test-only-ca.pem -CAkey test-only-ca.key -CAcreateserial \
  -days $days -sha256 -extfile server.ext -out test-only-server.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out test-only-token-signing.key
rm -f server.csr server.ext test-only-ca.srl
openssl verify -x509_strict -CAfile test-only-ca.pem test-only-server.pem
