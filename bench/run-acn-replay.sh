#!/usr/bin/env bash
# Load-management benchmark on Caltech's ACN (issue 4), one command:
#     bench/run-acn-replay.sh [dataset-dir] [quick]
#
# Builds busbar-server's classes (offline, no tests, nothing installed), then replays the March 2019 ACN sessions
# through the allocator (io.busbar.smartcharging.replay.AcnBenchmark): three-phase Caltech model and single aggregate
# cap at 20/30/40/50 kW, cost mode, uncontrolled check, then allocator timing at 10/100/1,000 EVSEs. Prints Markdown
# tables beside ACN-Sim's published baselines and the offline optimum, and whether each target is met.
# dataset-dir defaults to ../shared/datasets/acn relative to the repository root (or $ACN_DATASET).
# JVM options for the replay via BENCH_JAVA_OPTS, e.g. BENCH_JAVA_OPTS="-Dbench.caps=30 -Dbench.minMilliamps=0".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASET="${1:-${ACN_DATASET:-$ROOT/../shared/datasets/acn}}"
MODE="${2:-full}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -f "$DATASET/caltech_2019-03_sessions.csv" ]] || { echo "no ACN dataset in $DATASET" >&2; exit 2; }
cd "$ROOT"
CLASSPATH_FILE="$ROOT/busbar-server/target/bench-classpath.txt"
echo "[bench] building busbar-server classes" >&2
mvn -o -q -B -pl busbar-server -am compile dependency:build-classpath \
  -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime >&2
"$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -cp "$ROOT/busbar-server/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.busbar.smartcharging.replay.AcnBenchmark "$DATASET" "$MODE"
