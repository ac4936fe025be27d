#!/usr/bin/env bash
# Builds every image of the docker runtime, locally (no registry needed), skipping those that exist:
#   local/node-jre:25          jlink-ed Java runtime on scratch (docker/build-base-image.sh)
#   local/toxiproxy:2.12.0     static toxiproxy-server on scratch (docker/toxiproxy/Dockerfile; built with go install)
#   local/faultline-node:latest  node-server.jar on the JRE (docker/node/Dockerfile), only when the jar is built;
#                              the docker runtime builds its own, tagged by the jar's hash, whenever the jar changes
# usage: docker/build-images.sh      env: TOXIPROXY_VERSION (v2.12.0), JDK (Temurin 25), FORCE=1 rebuilds all
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
export DOCKER_BUILDKIT=0   # the legacy builder: no buildx plugin on these machines

present() { [ -z "${FORCE:-}" ] && docker image inspect "$1" >/dev/null 2>&1; }

build() {  # tag context-dir
  local out
  out=$(docker build -q -t "$1" "$2" 2>&1) || { echo "$out" >&2; exit 1; }
  echo "built $1"
}

bash "$here/build-base-image.sh" local/node-jre:25

tp_tag=local/toxiproxy:2.12.0
tp_version=${TOXIPROXY_VERSION:-v2.12.0}
if present "$tp_tag"; then
  echo "$tp_tag present"
else
  if [ ! -x "$here/toxiproxy/toxiproxy-server" ]; then
    # the same pinned, static binary the process runtime uses (built once, kept in ~/.cache/faultline/bin)
    cp "$(TOXIPROXY_VERSION=$tp_version bash "$root/scripts/install-toxiproxy.sh")" "$here/toxiproxy/toxiproxy-server"
  fi
  build "$tp_tag" "$here/toxiproxy"
fi

jar=$root/system-under-test/node-server/target/node-server.jar
if [ -f "$jar" ]; then
  ctx=$(mktemp -d "${TMPDIR:-/tmp}/faultline-node.XXXXXX"); trap 'rm -rf "$ctx"' EXIT
  cp "$here/node/Dockerfile" "$jar" "$ctx/"
  build local/faultline-node:latest "$ctx"   # layer cache: a rebuild with the same jar takes a second
else
  echo "local/faultline-node:latest skipped: no $jar yet (mvn package builds it; the runtime then builds the image)"
fi
