#!/usr/bin/env bash
# A second instance never touches the first: two platforms of two state directories run side by
# side from one checkout, both healthy, and `linli stop` of one leaves the other running.
#
# Run by `linli test` after the suite passed (LINLI_TEST_INSTANCES=0 skips it), with the suite's
# environment: its database, its Keycloak, its secrets and its built Liberty server (linli-test),
# which both instances are made from (clone_liberty, as the second node of `linli run --nodes 2`).
# Their state directories live under LINLI_TEST_INSTANCES_DIR; ports LINLI_TEST_INSTANCE_PORTS
# (default: the suite's HTTP port + 1 and + 2).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../linli
. "$HERE/../linli"

: "${LINLI_TEST_HTTP_PORT:=19080}"
DIR="${LINLI_TEST_INSTANCES_DIR:?the directory for the two state directories}"
read -r PORT_A PORT_B <<<"${LINLI_TEST_INSTANCE_PORTS:-$((LINLI_TEST_HTTP_PORT + 1)) $((LINLI_TEST_HTTP_PORT + 2))}"
FROM="${LINLI_TEST_SERVER_NAME:-linli-test}"
TIMEOUT="${LINLI_TEST_INSTANCE_TIMEOUT:-240}"
STATE_A="$DIR/instance-a" STATE_B="$DIR/instance-b"
# The database is the suite's, as the suite left it: these two only migrate (nothing left to do)
# and serve; they load no demo data.
export LINLI_DEMO_ENABLED=false
mkdir -p "$STATE_A" "$STATE_B"
NAME_A="$(server_name "$STATE_A")" NAME_B="$(server_name "$STATE_B")"
passed=0 failed=0

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "two-instances: ok   $what"
  else
    failed=$((failed + 1)); echo "two-instances: FAIL $what"
  fi
}
ready() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ]; }
down() { ! curl -s -o /dev/null -m 5 "http://127.0.0.1:$1/health/live"; }
stopped() { ! server_running "$1"; }
differ() { [ "$1" != "$2" ]; }
own_log() { [ -s "$(server_log "$1")" ] && [ "$(server_log "$1")" != "$(server_log "$2")" ]; }

finish() {
  local rc=$?
  # Whatever happened: nothing of ours left running, nothing left in target/.
  for name in "$NAME_A" "$NAME_B"; do
    server_running "$name" && "$WLP/bin/server" stop "$name" >/dev/null 2>&1
    if [ $failed -gt 0 ] || [ $rc != 0 ]; then
      log "two-instances: log of $name: $(server_log "$name")"
      tail -n 20 "$(server_log "$name")" 2>/dev/null || true
    else
      rm -rf "$(server_dir "$name")"
    fi
  done
  echo "two-instances: $passed passed, $failed failed"
  [ $rc = 0 ] && [ $failed = 0 ] || exit 1
}
trap finish EXIT

t0=$SECONDS
check "each state directory has its own Liberty server ($NAME_A, $NAME_B)" differ "$NAME_A" "$NAME_B"
check "neither is the suite's or linli run's server" \
  bash -c '[[ "$1" != linli && "$1" != "$3" && "$2" != linli && "$2" != "$3" ]]' _ "$NAME_A" "$NAME_B" "$FROM"
# Both start at once, against the one database and Keycloak of the suite.
clone_liberty "$FROM" "$NAME_A" "$PORT_A" &
started_a=$!
clone_liberty "$FROM" "$NAME_B" "$PORT_B" &
started_b=$!
wait "$started_a" || log "two-instances: starting $NAME_A failed"
wait "$started_b" || log "two-instances: starting $NAME_B failed"
wait_ready "http://127.0.0.1:$PORT_A/health/ready" "$TIMEOUT" || true
wait_ready "http://127.0.0.1:$PORT_B/health/ready" "$TIMEOUT" || true
log "two-instances: both started in $((SECONDS - t0))s"
check "instance A is healthy on :$PORT_A" ready "$PORT_A"
check "instance B is healthy on :$PORT_B" ready "$PORT_B"
check "each writes its own log" own_log "$NAME_A" "$NAME_B"
# A second start of the same state directory's server is refused, and it does not disturb A.
check "a port in use is refused, not taken for ready" \
  bash -c '! ( . "$1"; clone_liberty "$2" "$3" "$4" ) 2>/dev/null' _ "$HERE/../linli" "$FROM" "$NAME_B-again" "$PORT_A"
rm -rf "$(server_dir "$NAME_B-again")"
check "instance A still healthy after that" ready "$PORT_A"

# The real command, as a person would type it, for state directory A only.
LINLI_STATE_DIR="$STATE_A" "$HERE/../linli" stop
check "linli stop of A stopped A's server" stopped "$NAME_A"
check "A no longer answers on :$PORT_A" down "$PORT_A"
check "B is still running" server_running "$NAME_B"
check "B still answers ready on :$PORT_B" ready "$PORT_B"
check "the shared Keycloak still answers" \
  bash -c '[ "$(curl -s -o /dev/null -m 5 -w "%{http_code}" "$1/realms/linli")" = 200 ]' _ "$LINLI_KEYCLOAK_URL"

LINLI_STATE_DIR="$STATE_B" "$HERE/../linli" stop
check "linli stop of B stopped B's server" stopped "$NAME_B"
log "two-instances: done in $((SECONDS - t0))s"
