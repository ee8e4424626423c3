#!/usr/bin/env bash
# Load-management benchmark on Caltech's ACN (issue 4), one command:
#     bench/run-acn-replay.sh [dataset-dir] [full|quick]
#
# Builds busbar-server offline (nothing is installed) and runs io.busbar.smartcharging.replay.AcnBenchmark through
# surefire (the launcher AcnReplayBenchmark is excluded from normal test runs by its name): replays the March 2019
# ACN sessions through the allocator on the three-phase Caltech model and a single aggregate cap at 20/30/40/50 kW,
# cost mode, an uncontrolled check, then allocator timing at 10/100/1,000 EVSEs. Prints Markdown tables beside
# ACN-Sim's published baselines and the offline optimum, and whether each target of issue 4 is met.
# dataset-dir defaults to ../shared/datasets/acn relative to the repository root (or $ACN_DATASET).
# Options as Maven -D flags in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.caps=30 -Dbench.minMilliamps=0"
# (see AcnBenchmark's Javadoc). Takes about 2 minutes on 2 vCPUs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASET="${1:-${ACN_DATASET:-$ROOT/../shared/datasets/acn}}"
MODE="${2:-full}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -f "$DATASET/caltech_2019-03_sessions.csv" ]] || { echo "no ACN dataset in $DATASET" >&2; exit 2; }
DATASET="$(cd "$DATASET" && pwd)"
cd "$ROOT"
echo "[bench] building busbar-server and running the ACN replay (dataset $DATASET)" >&2
mvn -o -q -B -pl busbar-server -am test -Dtest=AcnReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dacn.dataset="$DATASET" -Dacn.mode="$MODE" -Dstyle.color=never ${BENCH_OPTS:-} 2>&1 \
  | grep -v -e "^WARNING: " -e "sun.misc.Unsafe"
