#!/usr/bin/env bash
# Backup and restore, as an operator does it (liberty-config/bin/backup): the suite's database is
# dumped while a platform serves it under load (points credited without pause), restored into a new
# database, and a second platform is started on the copy. Then: the row count of every table equals
# that of the dump's snapshot, every ledger invariant holds, and every organization's audit chain
# and every certificate verify exactly as they do on the original (the suite breaks a few audit
# chains on purpose, and signs some certificates with a key it marks compromised).
#
# Run by `linli test` after the suite passed, with the suite's environment (database, Keycloak,
# secrets, its built Liberty server linli-test, which both platforms are made from). Work files
# under LINLI_TEST_BACKUP_DIR; ports LINLI_TEST_HTTP_PORT + 6 and + 7.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../linli
. "$HERE/../linli"

: "${LINLI_TEST_HTTP_PORT:=19080}"
DIR="${LINLI_TEST_BACKUP_DIR:?the directory for the dump and the two state directories}"
SOURCE_DB="${LINLI_TEST_DB_NAME:?the database of the suite}"
RESTORED_DB="${SOURCE_DB}_restored"
PORT_SOURCE=$((LINLI_TEST_HTTP_PORT + 6)) PORT_RESTORED=$((LINLI_TEST_HTTP_PORT + 7))
FROM="${LINLI_TEST_SERVER_NAME:-linli-test}"
TIMEOUT="${LINLI_TEST_INSTANCE_TIMEOUT:-240}"
# These platforms load no demo data; certificates are checked one by one on the public endpoint.
export LINLI_DEMO_ENABLED=false LINLI_PUBLIC_RATE_LIMIT_PER_MINUTE=1000000
mkdir -p "$DIR"
NAME_SOURCE="$(server_name "$DIR/source")" NAME_RESTORED="$(server_name "$DIR/restored")"
SOURCE="http://127.0.0.1:$PORT_SOURCE" RESTORED="http://127.0.0.1:$PORT_RESTORED"
passed=0 failed=0 load_pid=""

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "backup-restore: ok   $what"
  else
    failed=$((failed + 1)); echo "backup-restore: FAIL $what"
  fi
}

finish() {
  local rc=$?
  [ -z "$load_pid" ] || kill "$load_pid" 2>/dev/null || true
  for name in "$NAME_SOURCE" "$NAME_RESTORED"; do
    server_running "$name" && "$WLP/bin/server" stop "$name" >/dev/null 2>&1
    if [ $failed -gt 0 ] || [ $rc != 0 ]; then
      log "backup-restore: log of $name: $(server_log "$name")"
      tail -n 20 "$(server_log "$name")" 2>/dev/null || true
    else
      rm -rf "$(server_dir "$name")"
    fi
  done
  if [ -z "${LINLI_TEST_KEEP:-}" ]; then
    psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$RESTORED_DB\" WITH (FORCE)" >/dev/null || true
  fi
  echo "backup-restore: $passed passed, $failed failed"
  [ $rc = 0 ] && [ $failed = 0 ] || exit 1
}
trap finish EXIT

token() { # USER PASSWORD -> access token
  curl -s -m 30 -d grant_type=password -d client_id=linli-web --data-urlencode "username=$1" \
    --data-urlencode "password=$2" "$LINLI_KEYCLOAK_URL/realms/linli/protocol/openid-connect/token" |
    jq -r '.access_token // empty'
}
get() { curl -s -m 120 -H "Authorization: Bearer $1" "$2"; }

t0=$SECONDS
clone_liberty "$FROM" "$NAME_SOURCE" "$PORT_SOURCE"
wait_ready "$SOURCE/health/ready" "$TIMEOUT" || die "the source platform did not become ready"
ADMIN="$(token admin@sunshine.demo "$LINLI_DEMO_PASSWORD")"
PLATFORM="$(token platform.admin "$LINLI_PLATFORM_ADMIN_PASSWORD")"
[ -n "$ADMIN" ] && [ -n "$PLATFORM" ] || die "no tokens from Keycloak for the demo admin and the platform admin"
VOLUNTEER="$(get "$ADMIN" "$SOURCE/api/v1/orgs/sunshine-sw/volunteers?limit=1" | jq -r '.items[0].id // empty')"
[ -n "$VOLUNTEER" ] || die "no demo volunteer in sunshine-sw"

# The load: points credited one after another, each with its own Idempotency-Key, until stopped.
credits="$DIR/credits.log"
(
  i=0
  while :; do
    i=$((i + 1))
    curl -s -o /dev/null -m 30 -w '%{http_code}\n' -X POST -H "Authorization: Bearer $ADMIN" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: backup-load-$$-$i" \
      -d '{"points":1,"reason":"backup under load"}' \
      "$SOURCE/api/v1/orgs/sunshine-sw/volunteers/$VOLUNTEER/points-adjustments" >>"$credits"
  done
) &
load_pid=$!
credited() { local n; n="$(grep -c '^201$' "$credits" 2>/dev/null)" || true; echo "${n:-0}"; }
until [ "$(credited)" -ge 5 ]; do
  [ $((SECONDS - t0)) -lt "$TIMEOUT" ] || die "the load never got going: $(sort "$credits" | uniq -c)"
  sleep 0.2
done
DUMP="$DIR/linli.dump"
LINLI_DB_NAME="$SOURCE_DB" "$HERE/../backup" dump "$DUMP" >/dev/null
before_dump="$(credited)"
# The load goes on after the snapshot, so the original moves ahead of the dump.
until [ "$(credited)" -ge $((before_dump + 5)) ]; do
  [ $((SECONDS - t0)) -lt "$TIMEOUT" ] || die "the load stopped after the dump"
  sleep 0.2
done
kill "$load_pid" && wait "$load_pid" 2>/dev/null || true
load_pid=""
log "backup-restore: $(credited) credits during the test, $before_dump before the dump ended"
check "every credit of the load was answered 201" bash -c '! grep -qv "^201$" "$1"' _ "$credits"

LINLI_DB_NAME="$SOURCE_DB" "$HERE/../backup" restore "$DUMP" "$RESTORED_DB"
check "the restore's row counts equal the dump snapshot's (backup restore checks every table)" true
audit_rows() { psql_super -d "$1" -c "SELECT count(*) FROM audit_record"; }
check "the original moved on after the dump (the dump is a snapshot, not the end state)" \
  test "$(audit_rows "$SOURCE_DB")" -gt "$(audit_rows "$RESTORED_DB")"

clone_liberty "$FROM" "$NAME_RESTORED" "$PORT_RESTORED" "$RESTORED_DB"
wait_ready "$RESTORED/health/ready" "$TIMEOUT" || die "the platform on the restored database did not become ready"

invariants="$(get "$PLATFORM" "$RESTORED/api/v1/platform/ledger/invariants")"
check "every ledger invariant holds on the restored database" \
  test "$(jq -r '.ok' <<<"$invariants")" = true
check "the invariant check covered the organizations" \
  test "$(jq '.tenants | length' <<<"$invariants")" -gt 3

verdicts() { jq -c '[.tenants[] | {tenantId, ok}] | sort_by(.tenantId)'; }
audit_restored="$(get "$PLATFORM" "$RESTORED/api/v1/platform/audit/verification")"
audit_source="$(get "$PLATFORM" "$SOURCE/api/v1/platform/audit/verification")"
check "every audit chain verifies on the copy exactly as on the original" \
  test "$(verdicts <<<"$audit_restored")" = "$(verdicts <<<"$audit_source")"
check "the audit chains of the demo organizations verify on the copy" \
  test "$(jq '[.tenants[] | select(.tenantId | IN("sunshine-sw","heart-assoc","gulou-mz")) | select(.ok)] | length' <<<"$audit_restored")" = 3


# Every certificate of the copy, verified on the public endpoint of both platforms.
certificates="$(psql_super -d "$RESTORED_DB" -c "SELECT tenant_id || ' ' || certificate_no || ' ' || digest FROM certificate ORDER BY 1")"
total=0 same=0 valid=0
while read -r org no digest; do
  [ -n "$org" ] || continue
  total=$((total + 1))
  a="$(curl -s -m 30 "$RESTORED/api/v1/public/certificates/$org/$no?d=$digest" | jq -c 'del(.checkedAt)')"
  b="$(curl -s -m 30 "$SOURCE/api/v1/public/certificates/$org/$no?d=$digest" | jq -c 'del(.checkedAt)')"
  [ "$a" = "$b" ] && same=$((same + 1))
  [ "$(jq -r '.valid' <<<"$a")" = true ] && valid=$((valid + 1))
done <<<"$certificates"
log "backup-restore: $total certificates, $valid valid, $same verified alike on both"
check "every certificate verifies on the copy as on the original ($same of $total)" test "$same" = "$total"
check "valid certificates are among them ($valid)" test "$valid" -gt 0
log "backup-restore: done in $((SECONDS - t0))s"
