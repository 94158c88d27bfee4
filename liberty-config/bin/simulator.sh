#!/usr/bin/env bash
# The civil-affairs simulator (integration/simulator): a stand-in for the city's systems on
# 127.0.0.1 (the 全国志愿服务信息系统's service-record intake) that `linli run` and `linli test` start.
# It is never deployed in Liberty. See integration/simulator/src/main/java/.../CivilAffairsSimulator.java.
#
#   simulator.sh start    build the jar if missing, start, wait until it answers
#   simulator.sh stop     stop the simulator started by 'start' (safe if not running)
#   simulator.sh status   exit 0 if running
#   simulator.sh url      the service-record endpoint the app is configured with
#
# Variables (all optional): LINLI_STATE_DIR (default <repo>/.run), LINLI_SIM_PORT (default 8640),
# LINLI_SIM_TOKEN (bearer token the simulator demands; empty: none).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
STATE_DIR="${LINLI_STATE_DIR:-$REPO_ROOT/.run}"
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd -P)"
PORT="${LINLI_SIM_PORT:-8640}"
JAR="$REPO_ROOT/integration/simulator/target/civil-affairs-simulator.jar"
PID_FILE="$STATE_DIR/simulator.pid"
LOG_FILE="$STATE_DIR/simulator.log"
BASE="http://127.0.0.1:$PORT"

log() { echo "simulator.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ensure_jar() {
  [[ -f "$JAR" ]] && return 0
  log "building the simulator (once)"
  (cd "$REPO_ROOT" && mvn -q -B -pl integration/simulator package -DskipTests) ||
    die "could not build integration/simulator"
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  [[ "$(ps -ww -o args= -p "$pid" 2>/dev/null || true)" == *"$JAR"* ]] && echo "$pid"
  return 0
}

ready() { [[ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$BASE/health")" == 200 ]]; }

cmd_start() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "already running (pid $pid): $BASE"
    return 0
  fi
  ensure_jar
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  LINLI_SIM_PORT="$PORT" ${launcher[@]+"${launcher[@]}"} java -Xmx64m -jar "$JAR" </dev/null >"$LOG_FILE" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  local deadline=$((SECONDS + 30))
  until ready; do
    if ! kill -0 "$pid" 2>/dev/null || (( SECONDS >= deadline )); then
      tail -n 20 "$LOG_FILE" >&2 || true
      kill "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      die "the simulator did not start (port $PORT taken? set LINLI_SIM_PORT)"
    fi
    sleep 0.2
  done
  log "$BASE (pid $pid)"
}

cmd_stop() {
  local pid i
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) [[ -n "$(running_pid)" ]] && ready && echo "running: $BASE" || { echo "not running"; exit 3; } ;;
  url) echo "$BASE/api/mzt061/service-records" ;;
  *) echo "usage: $0 {start|stop|status|url}" >&2; exit 2 ;;
esac
