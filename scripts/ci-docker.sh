#!/usr/bin/env bash
# Makes sure a Docker engine answers on /var/run/docker.sock: installs Debian's docker.io when dockerd is missing
# (~20 s) and starts dockerd in the background (ready in ~0.5 s). No registry is needed: every image is built
# locally (docker/build-images.sh). Needs root, or sudo.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v dockerd >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  log=${TMPDIR:-/tmp}/faultline-dockerd.log
  as_root setsid nohup dockerd >"$log" 2>&1 </dev/null &
  for _ in $(seq 1 150); do docker info >/dev/null 2>&1 && break; sleep 0.2; done
  docker info >/dev/null 2>&1 || { echo "error: dockerd did not start; see $log" >&2; exit 1; }
fi
docker info --format 'ci: docker engine {{.ServerVersion}}, cgroup v{{.CgroupVersion}}, {{.Images}} images'
