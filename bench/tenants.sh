#!/usr/bin/env bash
# Tenant count (issue 22; bench/README.md, "Tenant count"): approvals, list endpoints and the /me
# views measured with 10 organizations, then again after 10,000 organizations were added by SQL
# (copies of real ones: mostly small, a few big), with the ratio of the two; the hot queries and
# the row level security they run under EXPLAINed at 10,000.
#
#   bash bench/tenants.sh                 # own platform on .bench-tenants/, stopped afterwards
#   BENCH_REUSE=1 LINLI_STATE_DIR=... LINLI_HTTP_PORT=... LINLI_KC_PORT=... bash bench/tenants.sh
set -euo pipefail
BENCH_NAME=tenants
# shellcheck source=bench/scale-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/scale-common.sh"

ORGS="${BENCH_TENANT_ORGS:-10}"            # the measured organizations (seeded over HTTP)
TOTAL="${BENCH_TENANT_TOTAL:-10000}"       # organizations in the second round, all told
BIG="${BENCH_TENANT_BIG:-50}"              # of the added ones, copies of the big (measured) ones
VOLUNTEERS="${BENCH_VOLUNTEERS:-20}"
LOGINS="${BENCH_LOGINS:-10}"
RECORDS="${BENCH_RECORDS:-40000}"
CONCURRENCY="${BENCH_CONCURRENCY:-4}"
SECONDS_PER_READ="${BENCH_READ_SECONDS:-15}"
APPROVAL_SECONDS="${BENCH_APPROVAL_SECONDS:-30}"
ROUNDS="${BENCH_ROUNDS:-1}"
# Each round starts with a warm-up of every phase (not counted). The first round runs minutes after
# Liberty started: with a short warm-up the JIT was still compiling on two cores and the first
# round measured that, not the tenant count (bench/README.md, "Tenant count on a quiet machine").
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-45}"
READ_WARMUP_SECONDS="${BENCH_READ_WARMUP_SECONDS:-8}"

round() { # round LABEL SHUFFLE_SEED
  log "round at $1 organizations ($(psql_super -d "$LINLI_DB_NAME" -c 'SELECT count(*) FROM organization') in the database), load $(load_avg)"
  scale_driver tenants base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
    records="$WORK/records-$1.txt" concurrency="$CONCURRENCY" seconds="$SECONDS_PER_READ" \
    approvalSeconds="$APPROVAL_SECONDS" rounds="$ROUNDS" shuffleSeed="$2" out="$WORK/round-$1.txt" \
    warmupSeconds="$WARMUP_SECONDS" readWarmupSeconds="$READ_WARMUP_SECONDS" \
    2>"$WORK/round-$1.log" | tee -a "$WORK/rounds.out"
}

scale_platform
if [ "${BENCH_RESUME:-}" = 1 ] && [ -s "$WORK/round-small.txt" ]; then
  # BENCH_RESUME=1 BENCH_RUN_ID=<the failed run's>: its first round stands; the SQL seed goes on.
  BENCH_PASSWORD="$(cat "$WORK/password.seed")"
  existing=$(cat "$WORK/existing.txt")
  log "resuming run $RUN_ID after its first round ($existing organizations then)"
else
  seed_orgs "$ORGS" "$VOLUNTEERS" "$LOGINS"
  cp "$WORK/password" "$WORK/password.seed"
  seed_records "$RECORDS"
  # Each round approves its own half of the records.
  half=$(( $(wc -l <"$WORK/records.txt") / 2 ))
  head -n "$half" "$WORK/records.txt" >"$WORK/records-small.txt"
  tail -n +"$((half + 1))" "$WORK/records.txt" >"$WORK/records-large.txt"
  round small 1
  existing=$(psql_super -d "$LINLI_DB_NAME" -c "SELECT count(*) FROM organization")
  echo "$existing" >"$WORK/existing.txt"
fi
add=$(( TOTAL - existing ))
measured=$(awk '$1 == "org" { printf "%s\x27%s\x27", (n++ ? "," : ""), $2 }' "$WORK/seed.txt")
# The small templates: the demo organizations when present (a real mix of data), else the measured.
small=$(psql_super -d "$LINLI_DB_NAME" -c "SELECT string_agg(quote_literal(id), ',') FROM organization WHERE id IN ('sunshine-sw', 'heart-assoc')")
[ -n "$small" ] || small="$measured"
log "adding $add organizations by SQL ($BIG copies of the measured ones, the rest of $small), load $(load_avg)"
t=$SECONDS
psql_super -d "$LINLI_DB_NAME" -v n="$add" -v big="$BIG" -v run="$RUN_ID" -v small="$small" \
  -v large="$measured" -f "$ROOT/bench/tenants-seed.sql" >"$WORK/seed-sql.log" 2>&1 ||
  { tail -n 20 "$WORK/seed-sql.log" >&2; die "SQL seed failed"; }
psql_super -d "$LINLI_DB_NAME" -c "VACUUM ANALYZE" >/dev/null
log "added in $((SECONDS - t)) s: $(grep -c NOTICE "$WORK/seed-sql.log") tables; sizes in $WORK/sizes.txt"
psql_super -d "$LINLI_DB_NAME" -c "SELECT relname || ' ' || n_live_tup FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY n_live_tup DESC" >"$WORK/sizes.txt"

# The hot queries, EXPLAINed as the application role under row level security.
bash "$ROOT/bench/tenants-explain.sh" "$WORK" >"$WORK/explain.txt" 2>&1 || log "EXPLAIN step failed: see $WORK/explain.txt"

round large 2

mkdir -p "$RESULTS"
{
  echo "Linli tenant count, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores; $ORGS measured orgs x $VOLUNTEERS volunteers ($LOGINS logins), closed loops at c=$CONCURRENCY"
  echo "organizations: $existing, then $TOTAL; rows: $(awk '{s += $2} END {print s}' "$WORK/sizes.txt") in all (largest: $(head -n 5 "$WORK/sizes.txt" | tr '\n' ';'))"
  printf '%-32s %9s %9s %7s | %9s %9s %7s | %8s %8s  %s\n' phase "tps@$existing" "p50" "p99" "tps@$TOTAL" p50 p99 "tps B/A" "p50 B/A" "load A / load B"
  LC_ALL=C join -t'|' <(LC_ALL=C sort -t'|' -k1,1 "$WORK/round-small.txt") <(LC_ALL=C sort -t'|' -k1,1 "$WORK/round-large.txt") |
    awk -F'|' '{ printf "%-32s %9.1f %9.1f %7.1f | %9.1f %9.1f %7.1f | %8.2f %8.2f  %s / %s%s\n",
                 $1, $2, $3, $5, $9, $10, $12, ($2 > 0 ? $9 / $2 : 0), ($3 > 0 ? $10 / $3 : 0), $8, $15,
                 ($6 + $13 > 0 ? "  ERRORS " $6 "/" $13 : "") }'
} | tee "$RESULTS/tenants.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/tenants.txt, EXPLAIN in $WORK/explain.txt"
