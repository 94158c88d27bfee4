#!/usr/bin/env bash
# Linli benchmark (see bench/README.md): starts the platform on its own ports, database and state
# directory, seeds organizations, volunteers and pending check-in records, measures pgbench's TPC-B
# on the same PostgreSQL, drives hour approvals and points redemptions over HTTP with real tokens,
# prints the summary (also in bench/results/latest.txt) and stops the platform again.
#
#   bash bench/run.sh            # BENCH_KEEP=1 leaves the platform running afterwards
set -euo pipefail

BENCH_NAME=bench
# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
# The platform under test: never the developer's `linli run` (.run/, 9080/18080). Its own state
# directory gives it its own Liberty server (linli-bench-run-<hash>), Keycloak and mail catcher.
bench_platform .bench-run linli_bench 19580 18580 2625 2680
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
BULK_REQUESTS="${BENCH_BULK_REQUESTS:-4}"
BULK_SIZE="${BENCH_BULK_SIZE:-500}"
PGBENCH_SCALE="${PGBENCH_SCALE:-10}"
PGBENCH_CLIENTS="${PGBENCH_CLIENTS:-8}"
PGBENCH_THREADS="${PGBENCH_THREADS:-2}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}"

RUN_ID="$(date +%H%M%S)"

# The pgbench database goes with the platform (BENCH_KEEP=1 keeps both).
bench_after_cleanup() {
  [ "${BENCH_KEEP:-}" = 1 ] || psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$PGBENCH_DB\" WITH (FORCE)" >/dev/null || true
}

# --- pgbench TPC-B on the same PostgreSQL ---------------------------------------------------------

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

# --- Approvals and redemptions over HTTP -----------------------------------------------------------

drive() {
  log "driving approvals (closed loop at $CONCURRENCY, then open loop) and redemptions"
  mkdir -p "$RESULTS"
  driver drive base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
    records="$WORK/records.txt" tpcb="$TPCB" openRate="$OPEN_RATE" openFactor="$OPEN_FACTOR" \
    targetRatio="$TARGET_RATIO" openSeconds="$OPEN_SECONDS" \
    giveUpSeconds="$GIVE_UP_SECONDS" halfMaxSeconds="$HALFMAX_SECONDS" \
    concurrency="$CONCURRENCY" phaseSeconds="$PHASE_SECONDS" warmupSeconds="$WARMUP_SECONDS" \
    redeemConcurrency="$REDEEM_CONCURRENCY" redeemSeconds="$REDEEM_SECONDS" \
    bulkRequests="$BULK_REQUESTS" bulkSize="$BULK_SIZE" \
    summary="$WORK/summary.txt"
  {
    echo "Linli benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average before the drive: $LOAD_BEFORE"
    echo "pgbench: -s $PGBENCH_SCALE -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_SECONDS, latency average $PGBENCH_LAT"
    echo "seed: $ORGS orgs x $VOLUNTEERS volunteers, $(wc -l <"$WORK/records.txt") pending records"
    cat "$WORK/summary.txt"
  } >"$RESULTS/latest.txt"
}

bench_start
bench_password
seed_orgs "$ORGS" "$VOLUNTEERS" "$LOGINS"
seed_records "$RECORDS"
run_pgbench
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
drive
echo
cat "$RESULTS/latest.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/latest.txt"
