#!/usr/bin/env bash
# Faultline's linearizability checker against Porcupine (v1.3.1), in one invocation, on one machine, on the
# same fixture files (Porcupine's 40 etcd logs and 6 kv logs), one after the other.
#   scripts/bench-vs-porcupine.sh [runs]      # warm runs per file, default 20
# Prints both tables, then ratios Porcupine time / Faultline time (> 1: Faultline is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

GO=${GO:-$(command -v go || echo /usr/local/go/bin/go)}
if ! [ -x "$GO" ] && ! command -v "$GO" >/dev/null 2>&1; then
  echo "skip: no 'go' on PATH (nor /usr/local/go/bin/go); install Go 1.26+ to compare with Porcupine" >&2
  exit 0
fi
JAVA_HOME=$(scripts/find-jdk.sh); export JAVA_HOME

echo "== build (mvn, go build)"
mvn -B -q -pl histories,harness/bench -am package -DskipTests
(cd harness/bench/porcupine && "$GO" build -o porcupine-bench .)

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Faultline (CheckerBench $runs --fixtures-only)"
"$JAVA_HOME/bin/java" -Xmx2g -cp harness/bench/target/benchmarks.jar io.faultline.bench.CheckerBench "$runs" --fixtures-only \
  | tee "$out/java.txt"
echo "== Porcupine v1.3.1 (harness/bench/porcupine -runs $runs)"
harness/bench/porcupine/porcupine-bench -runs "$runs" | tee "$out/go.txt"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# field <file> <family> <mode> <key>: a value from a "summary <family> <mode> key=value ..." line
field() { awk -v f="$2" -v m="$3" -v k="$4" '$1=="summary" && $2==f && $3==m {
  for (i=4;i<=NF;i++) { split($i,kv,"="); if (kv[1]==k) print kv[2] } }' "$1"; }

echo
echo "== Porcupine / Faultline, same run, $runs warm runs per file, means in ms (worst file = largest per-file mean)"
printf '%-16s %12s %18s %9s %20s %9s\n' "measure" "porcupine" "faultline-verdict" "ratio" "faultline-shrinking" "ratio"
for fam in etcd kv; do
  for what in total worst; do
    key=total_ms; [ $what = worst ] && key=worst_file_ms
    p=$(field "$out/go.txt" $fam check $key)
    v=$(field "$out/java.txt" $fam verdict $key)
    s=$(field "$out/java.txt" $fam shrink $key)
    label="$what $fam"; [ $what = worst ] && label="worst $fam file"
    awk -v l="$label" -v p="$p" -v v="$v" -v s="$s" 'BEGIN {
      printf "%-16s %12.2f %18.2f %8.1fx %20.2f %8.1fx\n", l, p, v, p/v, s, p/s }'
  done
done
for fam in etcd kv; do
  echo "worst $fam file: porcupine $(field "$out/go.txt" $fam check worst_file), faultline $(field "$out/java.txt" $fam verdict worst_file) (verdict), $(field "$out/java.txt" $fam shrink worst_file) (shrinking)"
done
t=$(field "$out/go.txt" kv check timeouts; field "$out/go.txt" etcd check timeouts)
if echo "$t" | grep -q '[1-9]'; then echo "note: some Porcupine checks timed out; their times are lower bounds"; fi
