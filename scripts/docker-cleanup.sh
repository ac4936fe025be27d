#!/usr/bin/env bash
# Removes every container and network of the docker runtime and of Testcontainers, whoever owns them. For CI,
# before and after the build (a run that needs no other runs alive). Day to day this is not needed: every docker
# cluster start reaps only what dead JVMs left (docs/runtime-docker.md).
set -uo pipefail
for label in io.faultline.runtime org.testcontainers=true; do
  ids=$(docker ps -aq --filter "label=$label")
  [ -n "$ids" ] && docker rm -f -v $ids >/dev/null
  docker network prune -f --filter "label=$label" >/dev/null
done
exit 0
