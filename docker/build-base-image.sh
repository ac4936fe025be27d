#!/usr/bin/env bash
# The node base image WITHOUT a registry: FROM scratch + a jlink-ed Java runtime + the host's glibc (~13 s, ~50 MB).
# usage: docker/build-base-image.sh [tag]    env: JDK=/path/to/jdk (default Temurin 25), FORCE=1 to rebuild
set -euo pipefail
TAG=${1:-local/node-jre:25}
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ -z "${FORCE:-}" ] && docker image inspect "$TAG" >/dev/null 2>&1; then echo "$TAG present"; exit 0; fi
CTX=$(mktemp -d "${TMPDIR:-/tmp}/faultline-jre.XXXXXX"); trap 'rm -rf "$CTX"' EXIT
R=$CTX/rootfs; mkdir -p "$R/opt" "$R/tmp" "$R/etc"
"$JDK/bin/jlink" --add-modules java.base,java.logging,java.management,java.sql,jdk.unsupported \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$R/opt/java"
# the runtime's shared libraries (glibc parts and the loader); glibc dlopens libgcc_s for thread cancellation
libs=$(find "$R/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
       | awk '$2=="=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | grep -v "^$R" | sort -u)
for l in $libs /lib/x86_64-linux-gnu/libgcc_s.so.1; do
  mkdir -p "$R$(dirname "$l")"; cp -L "$l" "$R$l"
done
chmod 1777 "$R/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$R/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$R/etc/group"
cat > "$CTX/Dockerfile" <<'DF'
FROM scratch
COPY rootfs/ /
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin
CMD ["java","-version"]
DF
out=$(DOCKER_BUILDKIT=0 docker build -q -t "$TAG" "$CTX" 2>&1) || { echo "$out" >&2; exit 1; }
echo "built $TAG: $(docker run --rm "$TAG" java -version 2>&1 | sed -n 1p)"
