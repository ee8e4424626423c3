#!/usr/bin/env bash
# Public availability benchmark (issue 7), one command:  bench/run-availability.sh [trials]
#
# Runs io.busbar.availability.ChargerKillLatencyTest with 100 trials (default): 10 simulated chargers (OCPP 1.6 and
# 2.0.1) on one tenant's site; each trial kills one charger's TCP connection without a WebSocket close handshake and
# measures, from the kill, when the public feed (GET /api/v1/public/{slug}/locations/{site}, polled every 5 ms) and
# the SSE stream show its EVSE as UNKNOWN; then the charger reconnects and boots. Prints p50/p90/p99/max of both and
# fails if any trial took 2 s or more. Real sockets, embedded PostgreSQL, loopback only; about a minute on 2 vCPUs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRIALS="${1:-100}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
echo "[bench] building busbar-server and running $TRIALS kill trials" >&2
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
set +e
mvn -o -q -B -pl busbar-server -am test -Dtest=ChargerKillLatencyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Davailability.trials="$TRIALS" -Dstyle.color=never >"$LOG" 2>&1
status=$?
grep -h -e "^\[availability\]" "$LOG" busbar-server/target/surefire-reports/*ChargerKillLatencyTest*-output.txt 2>/dev/null | sort -u
[[ $status -eq 0 ]] || grep -e "FAIL" -e "ERROR" "$LOG" | head -20
exit $status
