#!/usr/bin/env bash
# Two nodes on one database (issue 22): two Liberty servers made from the suite's server, one
# database, one Keycloak, as `linli run --nodes 2` runs them. Checked:
#  - an Idempotency-Key sent to node A and replayed on node B gets A's answer, and one effect; the
#    same key sent to both at once has one effect;
#  - no stale read: what node A wrote, node B reads at once (no shared entity cache per node);
#  - the audit chain stays one chain while both nodes write to it at the same time;
#  - the daily jobs (points expiry, dormancy reminders), scheduled on both nodes for the same
#    minute, run once per organization and day: one node runs each, the other finds it done.
#
# Run by `linli test` after the suite passed (with two-instances.sh; LINLI_TEST_INSTANCES=0 skips
# it), with the suite's environment. Ports LINLI_TEST_NODE_PORTS (default the suite's HTTP port + 4
# and + 5).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../linli
. "$HERE/../linli"

: "${LINLI_TEST_HTTP_PORT:=19080}"
DIR="${LINLI_TEST_INSTANCES_DIR:?the directory for the state directory}"
read -r PORT_A PORT_B <<<"${LINLI_TEST_NODE_PORTS:-$((LINLI_TEST_HTTP_PORT + 4)) $((LINLI_TEST_HTTP_PORT + 5))}"
FROM="${LINLI_TEST_SERVER_NAME:-linli-test}"
TIMEOUT="${LINLI_TEST_INSTANCE_TIMEOUT:-240}"
DB="${LINLI_TEST_DB_NAME:?the suite database}"
ORG=sunshine-sw
STATE="$DIR/two-nodes"
RUN="tn$(date +%s)"
command -v jq >/dev/null || die "two-nodes: jq is needed (apt-get install jq)"
export LINLI_DEMO_ENABLED=false
mkdir -p "$STATE/answers"
NAME_A="$(server_name "$STATE")" NAME_B="$(server_name "$STATE" 2)"
A="http://127.0.0.1:$PORT_A/api/v1" B="http://127.0.0.1:$PORT_B/api/v1"
passed=0 failed=0

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "two-nodes: ok   $what"
  else
    failed=$((failed + 1)); echo "two-nodes: FAIL $what"
  fi
}
finish() {
  local rc=$?
  for name in "$NAME_A" "$NAME_B"; do
    server_running "$name" && "$WLP/bin/server" stop "$name" >/dev/null 2>&1
    if [ $failed -gt 0 ] || [ $rc != 0 ]; then
      log "two-nodes: log of $name: $(server_log "$name")"
      tail -n 20 "$(server_log "$name")" 2>/dev/null || true
    else
      rm -rf "$(server_dir "$name")"
    fi
  done
  echo "two-nodes: $passed passed, $failed failed"
  [ $rc = 0 ] && [ $failed = 0 ] || exit 1
}
trap finish EXIT

sql() { psql_super -d "$DB" -c "$1"; }
token() {
  curl -sf -d grant_type=password -d client_id=linli-web -d "username=$1" -d "password=$2" \
    "$LINLI_KEYCLOAK_URL/realms/linli/protocol/openid-connect/token" | jq -r .access_token
}
# POST to node base $1 with key $3; prints the status, keeps body and headers under $4.
post() {
  local base=$1 path=$2 key=$3 out="$STATE/answers/$4" body=$5
  curl -s -m 30 -o "$out.body" -D "$out.headers" -w '%{http_code}' -X POST "$base$path" \
    -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $key" -d "$body" || true
}
get() { curl -s -m 30 -H "Authorization: Bearer $ADMIN" "$1$2"; }
replayed() { grep -qi '^Idempotent-Replayed: true' "$STATE/answers/$1.headers"; }
same_json() { [ "$(jq -S . "$STATE/answers/$1.body")" = "$(jq -S . "$STATE/answers/$2.body")" ]; }
within() {
  local limit=$1 start=$SECONDS
  shift
  until "$@"; do
    [ $((SECONDS - start)) -lt "$limit" ] || return 1
    sleep 1
  done
}

# Both nodes run the daily jobs at the same minute, a few minutes ahead (China time), so the
# other checks run while they wait.
AHEAD="${LINLI_TEST_NODE_JOB_MINUTES:-4}"
JOB_TIME="$(TZ=Asia/Shanghai date -d "+$AHEAD min" +%H:%M)"
TODAY="$(TZ=Asia/Shanghai date -d "+$AHEAD min" +%F)"
export LINLI_POINTS_EXPIRY_TIME="$JOB_TIME" LINLI_TIMEBANK_DORMANCY_TIME="$JOB_TIME"
t0=$SECONDS
clone_liberty "$FROM" "$NAME_A" "$PORT_A" &
started_a=$!
clone_liberty "$FROM" "$NAME_B" "$PORT_B" &
started_b=$!
wait "$started_a" || log "two-nodes: starting $NAME_A failed"
wait "$started_b" || log "two-nodes: starting $NAME_B failed"
wait_ready "http://127.0.0.1:$PORT_A/health/ready" "$TIMEOUT" || die "two-nodes: A not ready"
wait_ready "http://127.0.0.1:$PORT_B/health/ready" "$TIMEOUT" || die "two-nodes: B not ready"
log "two-nodes: both ready in $((SECONDS - t0))s; daily jobs at $JOB_TIME Asia/Shanghai"
# A node that became ready after that minute scheduled the jobs for tomorrow: say so at once.
late=false
[ "$(TZ=Asia/Shanghai date +%F%H:%M)" \< "$TODAY$JOB_TIME" ] || late=true

ADMIN="$(token admin@sunshine.demo "$LINLI_DEMO_PASSWORD")"
VID="$(sql "SELECT v.id FROM volunteer v JOIN person p ON p.id = v.person_id
            WHERE v.tenant_id = '$ORG' AND p.email = 'zhang.wei@volunteer.demo'")"
[ -n "$VID" ] || die "two-nodes: no demo volunteer in $ORG"
CREDIT="/orgs/$ORG/volunteers/$VID/points-adjustments"

# --- An Idempotency-Key replayed on the other node -------------------------------------------------
code_a="$(post "$A" "$CREDIT" "$RUN-k1" "$RUN-k1-a" "{\"points\": 1, \"reason\": \"$RUN-k1\"}")"
code_b="$(post "$B" "$CREDIT" "$RUN-k1" "$RUN-k1-b" "{\"points\": 1, \"reason\": \"$RUN-k1\"}")"
check "a keyed credit on A is created ($code_a)" [ "$code_a" = 201 ]
replays_a() { [ "$code_b" = 201 ] && replayed "$RUN-k1-b" && same_json "$RUN-k1-a" "$RUN-k1-b"; }
check "the same key on B replays A's answer ($code_b)" replays_a
code_b="$(post "$B" "$CREDIT" "$RUN-k1" "$RUN-k1-c" "{\"points\": 2, \"reason\": \"$RUN-k1\"}")"
check "the same key with another body on B is refused 422 ($code_b)" [ "$code_b" = 422 ]
# The same key to both nodes at once: one runs, the other is told it is in progress or replays.
for i in 1 2 3 4 5; do
  post "$A" "$CREDIT" "$RUN-k2-$i" "$RUN-k2-$i-a" "{\"points\": 1, \"reason\": \"$RUN-k2-$i\"}" >"$STATE/answers/$RUN-k2-$i-a.status" &
  post "$B" "$CREDIT" "$RUN-k2-$i" "$RUN-k2-$i-b" "{\"points\": 1, \"reason\": \"$RUN-k2-$i\"}" >"$STATE/answers/$RUN-k2-$i-b.status" &
done
wait
lots="$(sql "SELECT count(*) FROM points_lot WHERE tenant_id = '$ORG' AND memo LIKE '$RUN-k%'")"
check "one effect per key across both nodes ($lots lots for 6 keys)" [ "$lots" = 6 ]

# --- No stale read after a write on the other node --------------------------------------------------
post "$A" "/orgs/$ORG/points/items" "$RUN-item" "$RUN-item" \
  "{\"name\": \"$RUN\", \"donor\": \"two-nodes\", \"stock\": 5, \"pricePoints\": 1, \"perPersonLimit\": 10}" >/dev/null
ITEM="$(jq -r .id "$STATE/answers/$RUN-item.body")"
stock_b="$(get "$B" "/orgs/$ORG/points/items/$ITEM" | jq -r .stock)"
check "B reads the item A created (stock $stock_b)" [ "$stock_b" = 5 ]
for round in 1 2 3; do
  post "$A" "/orgs/$ORG/points/items/$ITEM/restock" "$RUN-restock-$round" "$RUN-restock-$round" '{"quantity": 10}' >/dev/null
  stock_b="$(get "$B" "/orgs/$ORG/points/items/$ITEM" | jq -r .stock)"
  check "after restock $round on A, B reads stock $stock_b at once" [ "$stock_b" = $((5 + 11 * round - 1)) ]
  post "$B" "/orgs/$ORG/points/items/$ITEM/restock" "$RUN-restock-b$round" "$RUN-restock-b$round" '{"quantity": 1}' >/dev/null
  stock_a="$(get "$A" "/orgs/$ORG/points/items/$ITEM" | jq -r .stock)"
  check "after restock $round on B, A reads stock $stock_a at once" [ "$stock_a" = $((5 + 11 * round)) ]
done
balance_a="$(get "$A" "/orgs/$ORG/volunteers/$VID/points-account" | jq -r .balance)"
post "$B" "$CREDIT" "$RUN-k3" "$RUN-k3" "{\"points\": 7, \"reason\": \"$RUN-k3\"}" >/dev/null
balance_a2="$(get "$A" "/orgs/$ORG/volunteers/$VID/points-account" | jq -r .balance)"
check "a credit on B shows in A's balance at once ($balance_a + 7 = $balance_a2)" [ "$balance_a2" = $((balance_a + 7)) ]

# --- One audit chain while both nodes write --------------------------------------------------------
head_before="$(sql "SELECT last_seq FROM audit_head WHERE tenant_id = '$ORG'")"
for i in $(seq 1 10); do
  post "$A" "$CREDIT" "$RUN-a$i" "$RUN-a$i" "{\"points\": 1, \"reason\": \"$RUN-a$i\"}" >/dev/null &
  post "$B" "$CREDIT" "$RUN-b$i" "$RUN-b$i" "{\"points\": 1, \"reason\": \"$RUN-b$i\"}" >/dev/null &
done
wait
head_after="$(sql "SELECT last_seq FROM audit_head WHERE tenant_id = '$ORG'")"
records="$(sql "SELECT count(*), max(seq), count(DISTINCT seq), count(DISTINCT prev_hash) FROM audit_record WHERE tenant_id = '$ORG'")"
check "the head moved on for both nodes' writes ($head_before -> $head_after)" [ "$head_after" -gt "$head_before" ]
check "one chain: seq 1..n without gaps or forks ($records)" \
  bash -c 'IFS="|" read -r n max distinct prevs <<<"$1"; [ "$n" = "$max" ] && [ "$n" = "$distinct" ] && [ "$n" = "$prevs" ] && [ "$max" = "$2" ]' _ "$records" "$head_after"
for node in "$A" "$B"; do
  verification="$(get "$node" "/orgs/$ORG/audit/verification")"
  check "the chain verifies on ${node%/api/v1} ($(jq -r .recordsChecked <<<"$verification") records)" \
    bash -c '[ "$(jq -r .valid <<<"$1")" = true ]' _ "$verification"
done

# --- Daily jobs: once per organization and day across both nodes ------------------------------------
ORGS="$(sql "SELECT id FROM organization WHERE status = 'ACTIVE' ORDER BY id")"
n_orgs="$(wc -l <<<"$ORGS")"
job_lines() { cat "$(server_log "$NAME_A")" "$(server_log "$NAME_B")" | grep -E " $1 [a-z0-9-]+: " || true; }
both_done() {
  for job in linli.points.expiry linli.timebank.dormancy; do
    [ "$(job_lines "$job" | wc -l)" -ge $((2 * n_orgs)) ] || return 1
  done
}
if $late; then
  check "the nodes were ready before $JOB_TIME (slower start: raise LINLI_TEST_NODE_JOB_MINUTES, now $AHEAD)" false
else
  check "both nodes ran both daily jobs for all $n_orgs organizations (at $JOB_TIME)" within 420 both_done
fi
for job in linli.points.expiry linli.timebank.dormancy; do
  ran="$(job_lines "$job" | grep -vc 'already ran' || true)"
  skipped="$(job_lines "$job" | grep -c 'already ran' || true)"
  rows="$(sql "SELECT count(*) FROM daily_job_run WHERE job = '$job' AND day = '$TODAY'")"
  check "$job ran once per organization ($ran runs, $skipped found done, $rows day records, $n_orgs organizations)" \
    bash -c '[ "$1" = "$3" ] && [ "$2" = "$3" ] && [ "$4" = "$3" ]' _ "$ran" "$skipped" "$n_orgs" "$rows"
done
log "two-nodes: done in $((SECONDS - t0))s"
