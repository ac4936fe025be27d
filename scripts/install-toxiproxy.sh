#!/usr/bin/env bash
# Installs toxiproxy-server (pinned version) for the process runtime, if it is not there yet, and prints its path.
# usage: scripts/install-toxiproxy.sh        (env TOXIPROXY_VERSION overrides the pin, FAULTLINE_BIN the target dir)
# Needs Go >= 1.23 and the Go module proxy. The binary goes to ~/.cache/faultline/bin/toxiproxy-server, where the
# process runtime also looks; put that directory on PATH or set FAULTLINE_TOXIPROXY to use it from elsewhere.
set -euo pipefail
VERSION=${TOXIPROXY_VERSION:-v2.12.0}
BIN_DIR=${FAULTLINE_BIN:-$HOME/.cache/faultline/bin}
TARGET="$BIN_DIR/toxiproxy-server"
if [ -x "$TARGET" ] && "$TARGET" -version 2>/dev/null | grep -q "${VERSION#v}"; then
  echo "$TARGET"
  exit 0
fi
command -v go >/dev/null || { echo "install-toxiproxy: go is not installed (needs Go >= 1.23)" >&2; exit 1; }
mkdir -p "$BIN_DIR"
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
# go install names the binary after its package directory: "server"
CGO_ENABLED=0 GOBIN="$BUILD" go install -trimpath \
  -ldflags "-s -w -X github.com/Shopify/toxiproxy/v2.Version=${VERSION#v}" \
  "github.com/Shopify/toxiproxy/v2/cmd/server@$VERSION" >&2
mv "$BUILD/server" "$TARGET"
echo "$TARGET"
