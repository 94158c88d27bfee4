#!/usr/bin/env bash
# Liberty killed with SIGKILL in the middle of a load and started again (issue 22, ADR 0019): no
# partial write, and every client retry with its Idempotency-Key gets exactly one effect.
#
# A platform made from the suite's server (clone_liberty, on its own state directory) takes keyed
# points credits (org admin: one points lot per key, its reason = the key) and keyed redemptions
# (a volunteer: one unit of a fresh item per key) from several clients at once; its JVM is killed
# with `kill -9` once some answers came back and others are still in flight. It is started again
# on the same state, and each client retries with its key: a request that was answered replays its
# first answer; one that had no answer runs now, or replays the answer its first attempt committed.
# Then: exactly one points lot per credit key, exactly one redemption per redemption key and the
# item's stock down by exactly that many, the platform's ledger invariants hold, the audit chain of
# the organization verifies.
#
# Run by `linli test` after the suite passed (with two-instances.sh; LINLI_TEST_INSTANCES=0 skips
# both), with the suite's environment (its database with the demo data, its Keycloak, its secrets,
# its built server linli-test). Port LINLI_TEST_SIGKILL_PORT (default the suite's HTTP port + 3).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../linli
. "$HERE/../linli"

: "${LINLI_TEST_HTTP_PORT:=19080}"
DIR="${LINLI_TEST_INSTANCES_DIR:?the directory for the state directory}"
PORT="${LINLI_TEST_SIGKILL_PORT:-$((LINLI_TEST_HTTP_PORT + 3))}"
FROM="${LINLI_TEST_SERVER_NAME:-linli-test}"
TIMEOUT="${LINLI_TEST_INSTANCE_TIMEOUT:-240}"
DB="${LINLI_TEST_DB_NAME:?the suite database}"
ORG=sunshine-sw
CREDITS="${LINLI_TEST_SIGKILL_CREDITS:-120}" REDEEMS="${LINLI_TEST_SIGKILL_REDEMPTIONS:-60}"
CLIENTS=8
STATE="$DIR/sigkill"
RUN="sk$(date +%s)"
command -v jq >/dev/null || die "sigkill: jq is needed (apt-get install jq)"
export LINLI_DEMO_ENABLED=false
mkdir -p "$STATE/answers"
NAME="$(server_name "$STATE")"
BASE="http://127.0.0.1:$PORT/api/v1"
passed=0 failed=0

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "sigkill: ok   $what"
  else
    failed=$((failed + 1)); echo "sigkill: FAIL $what"
  fi
}
finish() {
  local rc=$?
  server_running "$NAME" && "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1
  if [ $failed -gt 0 ] || [ $rc != 0 ]; then
    log "sigkill: log of $NAME: $(server_log "$NAME"); answers in $STATE/answers"
    tail -n 30 "$(server_log "$NAME")" 2>/dev/null || true
  else
    rm -rf "$(server_dir "$NAME")"
  fi
  echo "sigkill: $passed passed, $failed failed"
  [ $rc = 0 ] && [ $failed = 0 ] || exit 1
}
trap finish EXIT

sql() { psql_super -d "$DB" -c "$1"; }
token() {
  curl -sf -d grant_type=password -d client_id=linli-web -d "username=$1" -d "password=$2" \
    "$LINLI_KEYCLOAK_URL/realms/linli/protocol/openid-connect/token" | jq -r .access_token
}
# POST with a key; prints the status (000: no answer) and keeps the body and headers.
post() {
  local token=$1 path=$2 key=$3 body=$4 out="$STATE/answers/$3"
  curl -s -m 30 -o "$out.body" -D "$out.headers" -w '%{http_code}' -X POST "$BASE$path" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $key" -d "$body" || true
}
answered() { ls "$STATE"/answers/*.status 2>/dev/null | xargs -r grep -l '^20' | wc -l; }
# Waits for a condition, at most $1 seconds.
within() {
  local limit=$1 start=$SECONDS
  shift
  until "$@"; do
    [ $((SECONDS - start)) -lt "$limit" ] || return 1
    sleep 0.2
  done
}

t0=$SECONDS
clone_liberty "$FROM" "$NAME" "$PORT"
wait_ready "http://127.0.0.1:$PORT/health/ready" "$TIMEOUT" || die "sigkill: $NAME not ready"
log "sigkill: $NAME ready on :$PORT in $((SECONDS - t0))s"

ADMIN="$(token admin@sunshine.demo "$LINLI_DEMO_PASSWORD")"
VOLUNTEER_LOGIN=zhang.wei@volunteer.demo
VOL="$(token "$VOLUNTEER_LOGIN" "$LINLI_DEMO_PASSWORD")"
VID="$(sql "SELECT v.id FROM volunteer v JOIN person p ON p.id = v.person_id
            WHERE v.tenant_id = '$ORG' AND p.email = '$VOLUNTEER_LOGIN'")"
[ -n "$VID" ] || die "sigkill: no volunteer $VOLUNTEER_LOGIN in $ORG"
# The volunteer's points for the redemptions, and an item of their own with enough stock.
code="$(post "$ADMIN" "/orgs/$ORG/volunteers/$VID/points-adjustments" "$RUN-fund" \
  "{\"points\": $((REDEEMS * 2)), \"reason\": \"$RUN-fund\"}")"
[ "$code" = 201 ] || die "sigkill: funding the volunteer answered $code"
STOCK=$((REDEEMS + 50))
code="$(post "$ADMIN" "/orgs/$ORG/points/items" "$RUN-item" \
  "{\"name\": \"$RUN\", \"donor\": \"sigkill\", \"stock\": $STOCK, \"pricePoints\": 1, \"perPersonLimit\": 1000}")"
[ "$code" = 201 ] || die "sigkill: creating the item answered $code"
ITEM="$(jq -r .id "$STATE/answers/$RUN-item.body")"

# The requests, interleaved: "c <key>" credits 1 point, "r <key>" redeems one unit.
requests="$STATE/requests"
: >"$requests"
for i in $(seq 1 "$CREDITS"); do
  echo "c $RUN-c$i" >>"$requests"
  [ "$i" -gt "$REDEEMS" ] || echo "r $RUN-r$i" >>"$requests"
done
send() {
  local kind=$1 key=$2 code
  if [ "$kind" = c ]; then
    code="$(post "$ADMIN" "/orgs/$ORG/volunteers/$VID/points-adjustments" "$key" \
      "{\"points\": 1, \"reason\": \"$key\"}")"
  else
    code="$(post "$VOL" "/orgs/$ORG/points/redemptions" "$key" "{\"itemId\": \"$ITEM\", \"quantity\": 1}")"
  fi
  echo "$code" >"$STATE/answers/$key.status"
}
export -f send post
export STATE BASE ADMIN VOL ORG VID ITEM

pid="$(cat "$WLP/usr/servers/.pid/$NAME.pid")"
xargs -P "$CLIENTS" -L 1 bash -c 'send "$0" "$1"' <"$requests" &
load=$!
# Mid-load: a fifth of the answers are in, the rest in flight or not sent yet.
total=$((CREDITS + REDEEMS))
within 120 bash -c "[ \$(ls '$STATE'/answers/*.status 2>/dev/null | xargs -r grep -l '^20' | wc -l) -ge $((total / 5)) ]" \
  || log "sigkill: fewer than $((total / 5)) answers within 120 s"
kill -9 "$pid"
log "sigkill: killed $NAME (pid $pid) with $(answered) of $total answered"
wait "$load" || true
before_kill="$(answered)"
check "the kill came mid-load (some answered: $before_kill of $total)" \
  bash -c '[ "$1" -gt 0 ] && [ "$1" -lt "$2" ]' _ "$before_kill" "$total"
# SIGKILL is not instant: the kernel tears the process down (and init reaps it) a moment later.
check "the JVM is gone" within 30 bash -c "! kill -0 $pid 2>/dev/null"

t1=$SECONDS
"$WLP/bin/server" start "$NAME" >/dev/null || die "sigkill: $NAME did not start again"
check "started again on the same state, ready" wait_ready "http://127.0.0.1:$PORT/health/ready" "$TIMEOUT"
log "sigkill: ready again in $((SECONDS - t1))s"

# Every client retries with its key: the answered ones must get their first answer back.
ADMIN="$(token admin@sunshine.demo "$LINLI_DEMO_PASSWORD")"
VOL="$(token "$VOLUNTEER_LOGIN" "$LINLI_DEMO_PASSWORD")"
retried=0 replays_ok=0 replays_bad=0 unanswered=0
while read -r kind key; do
  first="$(cat "$STATE/answers/$key.status")"
  [ "$first" = 201 ] && cp "$STATE/answers/$key.body" "$STATE/answers/$key.first"
  code=000
  for _ in 1 2 3 4 5; do
    send "$kind" "$key"
    code="$(cat "$STATE/answers/$key.status")"
    [ "$code" = 409 ] || [ "$code" = 503 ] || [ "$code" = 000 ] || break
  done
  retried=$((retried + 1))
  if [ "$code" != 201 ]; then
    unanswered=$((unanswered + 1))
    log "sigkill: retry of $key answered $code: $(cat "$STATE/answers/$key.body")"
  elif [ "$first" = 201 ]; then
    if grep -qi '^Idempotent-Replayed: true' "$STATE/answers/$key.headers" &&
      [ "$(jq -S . "$STATE/answers/$key.first")" = "$(jq -S . "$STATE/answers/$key.body")" ]; then
      replays_ok=$((replays_ok + 1))
    else
      replays_bad=$((replays_bad + 1))
    fi
  fi
done <"$requests"
check "every retry ($retried) got a 201" [ "$unanswered" = 0 ]
check "every request answered before the kill ($replays_ok) got its first answer again" [ "$replays_bad" = 0 ]

lots="$(sql "SELECT count(*) FROM points_lot WHERE tenant_id = '$ORG' AND memo LIKE '$RUN-c%'")"
keys="$(sql "SELECT count(DISTINCT memo) FROM points_lot WHERE tenant_id = '$ORG' AND memo LIKE '$RUN-c%'")"
check "one points lot per credit key ($lots lots, $keys keys, $CREDITS sent)" \
  bash -c '[ "$1" = "$3" ] && [ "$2" = "$3" ]' _ "$lots" "$keys" "$CREDITS"
redeemed="$(sql "SELECT coalesce(sum(quantity), 0) FROM points_redemption WHERE tenant_id = '$ORG' AND item_id = '$ITEM'")"
stock="$(sql "SELECT stock FROM points_item WHERE tenant_id = '$ORG' AND id = '$ITEM'")"
check "one redemption per redemption key ($redeemed of $REDEEMS)" [ "$redeemed" = "$REDEEMS" ]
check "the item's stock moved by exactly that ($stock = $STOCK - $REDEEMS)" [ "$stock" = $((STOCK - REDEEMS)) ]
check "no key left in progress" \
  [ "$(sql "SELECT count(*) FROM idempotency_record WHERE tenant_id = '$ORG' AND idem_key LIKE '$RUN-%' AND state <> 'COMPLETED'")" = 0 ]

PLATFORM="$(token platform.admin "$LINLI_PLATFORM_ADMIN_PASSWORD")"
invariants="$(curl -s -m 30 -H "Authorization: Bearer $PLATFORM" "$BASE/platform/ledger/invariants")"
check "ledger invariants hold for every organization" \
  bash -c '[ "$(jq -r .ok <<<"$1")" = true ]' _ "$invariants"
verification="$(curl -s -m 60 -H "Authorization: Bearer $ADMIN" "$BASE/orgs/$ORG/audit/verification")"
check "the audit chain of $ORG verifies ($(jq -r .recordsChecked <<<"$verification") records)" \
  bash -c '[ "$(jq -r .valid <<<"$1")" = true ]' _ "$verification"
log "sigkill: done in $((SECONDS - t0))s"
