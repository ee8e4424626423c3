#!/usr/bin/env bash
# OCPP load benchmark, one command:  bench/run-ocpp-load.sh [chargers] [duration]
#
# 1. Builds the simulator (and uses busbar-server/target/busbar-server-*.jar when it can be built or exists).
# 2. Runs the bounded load generator against the NoOpOcppServer (io.busbar.simulator.noop): the "no-op
#    ceiling", i.e. what the transport alone costs on this machine in this run.
# 3. Runs the same load against Busbar (fresh temporary data directory, unknown chargers accepted).
# 4. Prints both reports, peak RSS of each server, and Busbar's throughput as a ratio to the ceiling.
# Loopback only. Every step is bounded; servers are stopped and temp data removed on exit.
#
# Environment: RATE (connections/s, default 200), INTERVAL (default 10s), BURST (messages per charger after the
# steady phase, default 20), BURST_ACTION (MeterValues|Heartbeat), PROTOCOL (ocpp1.6|ocpp2.0.1|mixed),
# SKIP_BUSBAR=1 to measure only the ceiling, LOAD_HEAP (load JVM heap, default 4g), JAVA_HOME (default Temurin 25).
set -euo pipefail

CHARGERS="${1:-1000}"
DURATION="${2:-60s}"
RATE="${RATE:-200}"
INTERVAL="${INTERVAL:-10s}"
BURST="${BURST:-20}"
BURST_ACTION="${BURST_ACTION:-MeterValues}"
PROTOCOL="${PROTOCOL:-ocpp1.6}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
SERVER_JVM_FLAGS=(-Xms2g -Xmx2g -XX:+UseG1GC -Xss512k)
LOAD_JVM_FLAGS=(-Xms"${LOAD_HEAP:-4g}" -Xmx"${LOAD_HEAP:-4g}" -XX:+UseG1GC -Xss512k)  # the JDK WebSocket client needs ~150 KB per socket

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS"
WORK="$(mktemp -d -t busbar-bench.XXXXXX)"
SERVER_PID=""
SAMPLER_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }

stop_pid() { # stop one process we started: TERM, wait up to 20 s, then KILL
  local pid="$1"
  [[ -z "$pid" ]] && return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  stop_pid "$SAMPLER_PID"
  stop_pid "$SERVER_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_for_health() { # url, seconds
  local url="$1" limit="$2"
  for _ in $(seq 1 $((limit * 2))); do
    if curl -fsS --max-time 2 "$url" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited before becoming healthy"; return 1; }
    sleep 0.5
  done
  log "server not healthy after ${limit}s"
  return 1
}

start_rss_sampler() { # pid, output file: peak VmRSS (kB) sampled every second from /proc/<pid>/status
  local pid="$1" out="$2"
  ( peak=0
    while kill -0 "$pid" 2>/dev/null; do
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [[ -n "$rss" && "$rss" -gt "$peak" ]] && peak=$rss && echo "$peak" > "$out"
      sleep 1
    done ) &
  SAMPLER_PID=$!
}

run_load() { # name, port -> writes $RESULTS/<name>.json and .txt
  local name="$1" port="$2"
  log "load against $name: $CHARGERS $PROTOCOL chargers, $DURATION, rate $RATE/s, interval $INTERVAL, burst $BURST $BURST_ACTION"
  "$JAVA" "${LOAD_JVM_FLAGS[@]}" -cp "$SIM_JAR" io.busbar.simulator.cli.SimulatorCli --load \
    --url "ws://127.0.0.1:$port/ocpp" --protocol "$PROTOCOL" --chargers "$CHARGERS" --duration "$DURATION" \
    --rate "$RATE" --interval "$INTERVAL" --burst "$BURST" --burst-action "$BURST_ACTION" \
    --report "$RESULTS/$name.json" | tee "$RESULTS/$name.txt" || log "$name: load run was not clean (see report)"
}

measure() { # name, port: load + RSS, then stop the server
  local name="$1" port="$2"
  echo 0 > "$RESULTS/$name.rss"
  start_rss_sampler "$SERVER_PID" "$RESULTS/$name.rss"
  run_load "$name" "$port"
  echo "$name peak RSS: $(( $(cat "$RESULTS/$name.rss") / 1024 )) MB" | tee -a "$RESULTS/$name.txt"
  stop_pid "$SERVER_PID"; SERVER_PID=""
  stop_pid "$SAMPLER_PID"; SAMPLER_PID=""
}

cd "$ROOT"
log "building the simulator"
mvn -q -o -DskipTests package -pl busbar-simulator -am
SIM_JAR="$(ls busbar-simulator/target/busbar-simulator-*-cli.jar | head -n 1)"

# --- 1. the no-op ceiling -----------------------------------------------------------------------------------
PORT="$(free_port)"
log "starting NoOpOcppServer on port $PORT"
"$JAVA" "${SERVER_JVM_FLAGS[@]}" -cp "$SIM_JAR" io.busbar.simulator.noop.NoOpOcppServer "$PORT" \
  > "$RESULTS/noop-server.log" 2>&1 &
SERVER_PID=$!
wait_for_health "http://127.0.0.1:$PORT/actuator/health" 30
measure noop "$PORT"

# --- 2. Busbar ------------------------------------------------------------------------------------------------
SERVER_JAR=""
if [[ "${SKIP_BUSBAR:-0}" != 1 ]]; then
  if [[ -d busbar-server/src/main ]]; then
    log "building the server jar"
    mvn -q -o -DskipTests package -pl busbar-server -am > "$RESULTS/server-build.log" 2>&1 \
      || log "server build failed (see $RESULTS/server-build.log); using an existing jar if any"
  fi
  SERVER_JAR="$(ls busbar-server/target/busbar-server-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -n 1 || true)"
fi
if [[ -n "$SERVER_JAR" ]]; then
  PORT="$(free_port)"
  DATA_DIR="$WORK/data"
  mkdir -p "$DATA_DIR"
  log "starting $SERVER_JAR on port $PORT (data in $DATA_DIR)"
  SERVER_PORT="$PORT" BUSBAR_DATABASE_DATA_DIR="$DATA_DIR" BUSBAR_OCPP_UNKNOWN_CHARGERS=accept \
    "$JAVA" "${SERVER_JVM_FLAGS[@]}" -jar "$SERVER_JAR" --server.port="$PORT" > "$RESULTS/busbar-server.log" 2>&1 &
  SERVER_PID=$!
  if wait_for_health "http://127.0.0.1:$PORT/actuator/health" 180; then
    measure busbar "$PORT"
  else
    tail -n 30 "$RESULTS/busbar-server.log" >&2 || true
    stop_pid "$SERVER_PID"; SERVER_PID=""
  fi
else
  log "no busbar-server jar: measured the no-op ceiling only"
fi

# --- 3. summary ------------------------------------------------------------------------------------------------
echo
echo "=== OCPP load benchmark: $CHARGERS chargers, $DURATION, $PROTOCOL (results in $RESULTS) ==="
summary() { # name
  local f="$RESULTS/$1.json"
  [[ -f "$f" ]] || return 0
  jq -r --arg name "$1" --arg rss "$(( $(cat "$RESULTS/$1.rss") / 1024 ))" '
    "\($name): connected \(.connected)/\(.chargersRequested) (peak \(.peakConnections)), steady \(.steadyMessagesPerSecond) msg/s, burst \(.burstMessagesPerSecond) msg/s, errors \(.callErrors) CALLERROR / \(.timeouts) timeouts / \(.connectFailures) connect failures, RSS \($rss) MB",
    (.latencyMicros | to_entries[] | "    \(.key): p50 \(.value.p50/1000) ms, p95 \(.value.p95/1000) ms, p99 \(.value.p99/1000) ms, max \(.value.max/1000) ms (n=\(.value.count))")
  ' "$f"
}
summary noop
summary busbar
if [[ -f "$RESULTS/busbar.json" && -f "$RESULTS/noop.json" ]]; then
  jq -rn --slurpfile n "$RESULTS/noop.json" --slurpfile b "$RESULTS/busbar.json" '
    def ratio(x; y): if y == 0 then "n/a" else ((x / y * 100 | round) / 100 | tostring) end;
    "Busbar / no-op ceiling: steady msg/s \(ratio($b[0].steadyMessagesPerSecond; $n[0].steadyMessagesPerSecond)), burst msg/s \(ratio($b[0].burstMessagesPerSecond; $n[0].burstMessagesPerSecond)), Heartbeat p99 \(ratio($b[0].latencyMicros.Heartbeat.p99 // 0; $n[0].latencyMicros.Heartbeat.p99 // 0))x"'
fi
