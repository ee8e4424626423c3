#!/usr/bin/env bash
# Replay any session history on any site through the allocator (what-if), one command:
#     bench/run-replay.sh --sessions history.csv --site site.json [--tariff tariff.json] [--slot-minutes 5]
#                         [--sharing PLANNED|BY_NEED|EQUAL] [--demand-cap-kw N] [--hold-month-peak] [--tou] [--hide-needs]
# Formats: docs/load-management-replay.md. Paths must not contain spaces. Builds offline, installs nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sessions|--site|--tariff) ARGS+=("$1" "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
cd "$ROOT"
mvn -o -q -B -pl busbar-server -am test -Dtest=AcnReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dstyle.color=never "-Dreplay.args=${ARGS[*]}" 2>&1 | grep -v -e "^WARNING: " -e "sun.misc.Unsafe"
