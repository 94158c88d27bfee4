#!/usr/bin/env bash
# Linli benchmark (see bench/README.md): starts the platform on its own ports, database and state
# directory, seeds organizations, volunteers and pending check-in records, measures pgbench's TPC-B
# on the same PostgreSQL, drives hour approvals and points redemptions over HTTP with real tokens,
# prints the summary (also in bench/results/latest.txt) and stops the platform again.
#
#   bash bench/run.sh            # BENCH_KEEP=1 leaves the platform running afterwards
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINLI="$ROOT/liberty-config/bin/linli"
RESULTS="$ROOT/bench/results"

# The platform under test: never the developer's `linli run` (.run/, 9080/18080). Its own state
# directory gives it its own Liberty server (linli-bench-run-<hash>), Keycloak and mail catcher.
export LINLI_STATE_DIR="${LINLI_STATE_DIR:-$ROOT/.bench-run}"
export LINLI_DB_NAME="${LINLI_DB_NAME:-linli_bench}"
export LINLI_HTTP_PORT="${LINLI_HTTP_PORT:-19580}"
export LINLI_KC_PORT="${LINLI_KC_PORT:-18580}"
# Its own mail catcher too (the developer's listens on 2525/2580).
export LINLI_MAIL_SMTP_PORT="${LINLI_MAIL_SMTP_PORT:-2625}"
export LINLI_MAIL_API_PORT="${LINLI_MAIL_API_PORT:-2680}"
# A first Keycloak start (unpack + Quarkus build) on a busy 2-core machine can take minutes.
export LINLI_KC_START_TIMEOUT="${LINLI_KC_START_TIMEOUT:-600}"
DB_HOST="${LINLI_DB_HOST:-127.0.0.1}"
DB_PORT="${LINLI_DB_PORT:-5432}"
PG_SUPERUSER="${LINLI_PG_SUPERUSER:-postgres}"
OWNER_ROLE="${LINLI_DB_OWNER_USER:-linli_owner}"
PGBENCH_DB="${PGBENCH_DB:-linli_bench_pgbench}"

# Knobs (README.md, "Knobs").
RECORDS="${BENCH_RECORDS:-30000}"
ORGS="${BENCH_ORGS:-2}"
VOLUNTEERS="${BENCH_VOLUNTEERS:-50}"
LOGINS="${BENCH_LOGINS:-20}"
CONCURRENCY="${BENCH_CONCURRENCY:-1,2,4,8,16}"
PHASE_SECONDS="${BENCH_PHASE_SECONDS:-15}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-10}"
OPEN_SECONDS="${BENCH_OPEN_SECONDS:-30}"
OPEN_RATE="${BENCH_OPEN_RATE:-}"
OPEN_FACTOR="${BENCH_OPEN_FACTOR:-0.1}"
TARGET_RATIO="${BENCH_TARGET_RATIO:-0.2}"
GIVE_UP_SECONDS="${BENCH_GIVE_UP_SECONDS:-5}"
HALFMAX_SECONDS="${BENCH_HALFMAX_SECONDS:-20}"
REDEEM_CONCURRENCY="${BENCH_REDEEM_CONCURRENCY:-8}"
REDEEM_SECONDS="${BENCH_REDEEM_SECONDS:-20}"
PGBENCH_SCALE="${PGBENCH_SCALE:-10}"
PGBENCH_CLIENTS="${PGBENCH_CLIENTS:-8}"
PGBENCH_THREADS="${PGBENCH_THREADS:-2}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}"

BASE="http://127.0.0.1:$LINLI_HTTP_PORT"
KC="http://127.0.0.1:$LINLI_KC_PORT"
RUN_ID="$(date +%H%M%S)"
WORK="$LINLI_STATE_DIR/bench"
T0=$SECONDS

log() { echo "bench: [$((SECONDS - T0))s] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
psql_super() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$@"; }
driver() { java -Xmx512m "$ROOT/bench/LoadDriver.java" "$@"; }

stop_platform() {
  log "stopping the platform"
  "$LINLI" stop >"$WORK/stop.log" 2>&1 || log "linli stop failed: see $WORK/stop.log"
}

cleanup() {
  local rc=$?
  if [ "${BENCH_KEEP:-}" = 1 ]; then
    log "BENCH_KEEP=1: platform left running at $BASE (Keycloak $KC); stop it with:"
    log "  LINLI_STATE_DIR=$LINLI_STATE_DIR LINLI_KC_PORT=$LINLI_KC_PORT $LINLI stop"
  else
    stop_platform
    psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$PGBENCH_DB\" WITH (FORCE)" >/dev/null || true
  fi
  [ $rc = 0 ] || log "failed (exit $rc); logs in $WORK"
  exit $rc
}

# --- 1. A clean platform --------------------------------------------------------------------------

# A previous run left running (BENCH_KEEP=1) goes first: the database and realm are recreated.
start_clean() {
  mkdir -p "$WORK"
  if [ -f "$LINLI_STATE_DIR/keycloak.pid" ] ||
     curl -s -o /dev/null -m 2 "$BASE/health/live"; then
    stop_platform
  fi
  psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$LINLI_DB_NAME\" WITH (FORCE)" >/dev/null
  # A fresh realm import as well (the Keycloak download and the generated secrets are kept).
  rm -rf "$LINLI_STATE_DIR/keycloak/data/h2"
  trap cleanup EXIT
  log "starting the platform (build, Keycloak :$LINLI_KC_PORT, Liberty :$LINLI_HTTP_PORT); log: $WORK/run.log"
  "$LINLI" run --detach >"$WORK/run.log" 2>&1 ||
    { tail -n 40 "$WORK/run.log" >&2; die "linli run failed"; }
  # The secrets `linli run` generated (or reused) in the state directory.
  set -a
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/app.env"
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/keycloak.env"
  set +a
  log "platform ready at $BASE"
}

# --- 2. Organizations, staff and volunteers through the API ----------------------------------------

seed_api() {
  BENCH_PASSWORD="Bench-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')-pw1"
  # Kept for running the driver by hand against a platform left running (BENCH_KEEP=1).
  (umask 077 && echo "$BENCH_PASSWORD" >"$WORK/password")
  log "seeding $ORGS organizations with $VOLUNTEERS volunteers each ($LOGINS with a login) over HTTP"
  driver seed base="$BASE" kc="$KC" password="$BENCH_PASSWORD" runId="$RUN_ID" \
    kcBootstrapPassword="$LINLI_KC_BOOTSTRAP_PASSWORD" \
    platformAdminPassword="$LINLI_PLATFORM_ADMIN_PASSWORD" \
    orgs="$ORGS" volunteers="$VOLUNTEERS" logins="$LOGINS" out="$WORK/seed.txt"
}

# --- 3. Pending check-in records by SQL --------------------------------------------------------------

# Real check-ins take real elapsed time, so the records are written directly, as the table owner.
# FORCE ROW LEVEL SECURITY holds for the owner too: the session names its tenant like the app does.
# Every record of a volunteer gets its own hour (the platform-wide overlap rule), going back from
# yesterday in 2-hour steps.
seed_records() {
  local per_org=$(( (RECORDS + ORGS - 1) / ORGS )) org activity shift
  : >"$WORK/records.txt"
  while read -r _ org activity shift; do
    psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$OWNER_ROLE" -d "$LINLI_DB_NAME" \
      -v org="$org" -v activity="$activity" -v shift="$shift" -v n="$per_org" \
      >>"$WORK/records.txt" <<'SQL'
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
WITH vol AS (
       SELECT id, person_id, (row_number() OVER (ORDER BY id)) - 1 AS k,
              count(*) OVER () AS total
       FROM volunteer WHERE tenant_id = :'org' AND status = 'ACTIVE'),
     slot AS (
       SELECT g, date_trunc('hour', now()) - interval '1 day'
                 - (g / (SELECT count(*) FROM vol)) * interval '2 hours' AS starts
       FROM generate_series(0, :n - 1) AS g)
INSERT INTO service_record (tenant_id, id, volunteer_id, person_id, activity_id, shift_id,
                            activity_name, service_date, location, content, started_at, ended_at,
                            minutes, organizer, responsible_person, source, status, created_by,
                            created_at)
SELECT :'org', gen_random_uuid()::text, vol.id, vol.person_id, :'activity', :'shift',
       '社区助老服务', (slot.starts AT TIME ZONE 'Asia/Shanghai')::date, '南京市鼓楼区湖南路1号',
       '陪伴老人、整理物资', slot.starts, slot.starts + interval '60 minutes', 60, '压测社工', '李强',
       'CHECK_IN', 'PENDING', vol.person_id, now()
FROM slot JOIN vol ON vol.k = slot.g % vol.total
RETURNING tenant_id || ' ' || id;
SQL
  done < <(grep '^activity ' "$WORK/seed.txt")
  psql_super -d "$LINLI_DB_NAME" -c "ANALYZE" >/dev/null
  log "seeded $(wc -l <"$WORK/records.txt") pending CHECK_IN records by SQL"
}

# --- 4. pgbench TPC-B on the same PostgreSQL ---------------------------------------------------------

run_pgbench() {
  log "pgbench: init scale $PGBENCH_SCALE in $PGBENCH_DB, then TPC-B with $PGBENCH_CLIENTS clients for ${PGBENCH_SECONDS}s"
  psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$PGBENCH_DB\" WITH (FORCE)" >/dev/null
  psql_super -d postgres -c "CREATE DATABASE \"$PGBENCH_DB\"" >/dev/null
  pgbench -i -q -s "$PGBENCH_SCALE" -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$PGBENCH_DB" \
    >"$WORK/pgbench-init.log" 2>&1 || { cat "$WORK/pgbench-init.log" >&2; die "pgbench -i failed"; }
  pgbench -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" -T "$PGBENCH_SECONDS" \
    -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$PGBENCH_DB" >"$WORK/pgbench.log" 2>&1 ||
    { cat "$WORK/pgbench.log" >&2; die "pgbench failed"; }
  TPCB="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.log" | tail -n 1)"
  [ -n "$TPCB" ] || { cat "$WORK/pgbench.log" >&2; die "no tps in the pgbench output"; }
  PGBENCH_LAT="$(sed -n 's/^latency average = //p' "$WORK/pgbench.log")"
  log "TPC-B: $TPCB tps (latency average $PGBENCH_LAT)"
}

# --- 5. Approvals and redemptions over HTTP -----------------------------------------------------------

drive() {
  log "driving approvals (closed loop at $CONCURRENCY, then open loop) and redemptions"
  mkdir -p "$RESULTS"
  driver drive base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
    records="$WORK/records.txt" tpcb="$TPCB" openRate="$OPEN_RATE" openFactor="$OPEN_FACTOR" \
    targetRatio="$TARGET_RATIO" openSeconds="$OPEN_SECONDS" \
    giveUpSeconds="$GIVE_UP_SECONDS" halfMaxSeconds="$HALFMAX_SECONDS" \
    concurrency="$CONCURRENCY" phaseSeconds="$PHASE_SECONDS" warmupSeconds="$WARMUP_SECONDS" \
    redeemConcurrency="$REDEEM_CONCURRENCY" redeemSeconds="$REDEEM_SECONDS" \
    summary="$WORK/summary.txt"
  {
    echo "Linli benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average before the drive: $LOAD_BEFORE"
    echo "pgbench: -s $PGBENCH_SCALE -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_SECONDS, latency average $PGBENCH_LAT"
    echo "seed: $ORGS orgs x $VOLUNTEERS volunteers, $(wc -l <"$WORK/records.txt") pending records"
    cat "$WORK/summary.txt"
  } >"$RESULTS/latest.txt"
}

start_clean
seed_api
seed_records
run_pgbench
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
drive
echo
cat "$RESULTS/latest.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/latest.txt"
