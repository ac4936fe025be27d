#!/usr/bin/env bash
# Fuzzes each Jazzer @FuzzTest target for a bounded time and fails if any of them finds a crash, a hang or an
# out-of-memory. CI runs it with the defaults; a developer can fuzz one target for longer.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]    e.g. scripts/fuzz.sh 600 ReaderFuzzTest#edn
#   SECONDS  per target (default $FUZZ_SECONDS, else 20); TARGET  Class#method, default: all of them
# A finding is written to the target's inputs directory (src/test/resources/<package>/<Class>Inputs/<method>/
# crash-…, git-ignored): rename it to say what it is and commit it, and `mvn verify` replays it from then on.
# The corpus the fuzzer grows stays in <module>/target/fuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-${FUZZ_SECONDS:-20}}
shift $(( $# > 0 ? 1 : 0 ))
ALL_TARGETS=(
  histories:io.faultline.histories.codec.ReaderFuzzTest#jsonl
  histories:io.faultline.histories.codec.ReaderFuzzTest#edn
  histories:io.faultline.histories.codec.ReaderFuzzTest#porcupineEtcd
  histories:io.faultline.histories.codec.ReaderFuzzTest#porcupineKv
  histories:io.faultline.histories.codec.ReaderFuzzTest#sniffed
  histories:io.faultline.histories.codec.RoundTripFuzzTest#jsonlRoundTrip
  histories:io.faultline.histories.codec.RoundTripFuzzTest#ednRoundTrip
  system-under-test/node-server:io.faultline.server.FrameFuzzTest#frames
  system-under-test/node-server:io.faultline.server.FrameFuzzTest#envelopes
)
targets=()
for wanted in "${@:-}"; do
  for t in "${ALL_TARGETS[@]}"; do
    if [ -z "$wanted" ] || [[ "$t" == *".$wanted" ]]; then targets+=("$t"); fi
  done
done
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no target matches: $*" >&2; exit 2; }

# Compile once and write each module's test class path (reactor modules resolve to their target/classes).
mvn -B -q -pl histories,system-under-test/node-server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath

# Why these JVM flags:
# - Jazzer attaches its agent to the running JVM; JDK 21+ warns about dynamically loaded agents (JEP 451) and a
#   later JDK will refuse them unless -XX:+EnableDynamicAgentLoading is given.
# - Jazzer loads its native libFuzzer driver with System.load, a restricted method from JDK 24 on (JEP 472).
# - A heap of 512 MiB: no input of a few KiB may need more, so an OutOfMemoryError is a finding.
JVM_FLAGS=(-Xmx512m -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED)
# -timeout: one input running 10 s is a hang; -rss_limit_mb=0: the JVM's heap limit is the memory bound.
FUZZER_FLAGS=(-timeout=10 -rss_limit_mb=0 -print_final_stats=1)

failed=()
for t in "${targets[@]}"; do
  module=${t%%:*}; test=${t#*:}; class=${test%#*}; method=${test#*#}
  corpus="target/fuzz-corpus/${class##*.}/$method"
  log="$module/target/fuzz-${class##*.}-$method.log"
  mkdir -p "$module/$corpus"
  echo "fuzz: ${class##*.}#$method for ${SECONDS_PER_TARGET}s"
  status=0
  (cd "$module" && java "${JVM_FLAGS[@]}" -cp "target/test-classes:target/classes:$(cat target/fuzz.classpath)" \
      com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" \
      --instrumentation_includes='io.faultline.**:com.fasterxml.jackson.**' \
      --max_duration="${SECONDS_PER_TARGET}s" "${FUZZER_FLAGS[@]}" "$corpus") >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log" | tail -n 1)
  if [ "$status" -ne 0 ]; then
    failed+=("${class##*.}#$method")
    echo "fuzz: ${class##*.}#$method FAILED (exit $status) after ${runs:-?}; the finding:"
    # the finding, from libFuzzer's or Jazzer's first line about it to the input's Base64
    awk '/^== Java Exception|^==[0-9]+== ERROR/ {on = 1} /^stat::/ {exit} on {print} /^Base64/ {exit}' "$log" | head -n 60
  else
    echo "fuzz: ${class##*.}#$method ok, ${runs:-? runs}, corpus $(ls "$module/$corpus" | wc -l) inputs"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (logs in <module>/target/fuzz-*.log)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${SECONDS_PER_TARGET}s each, no finding"
