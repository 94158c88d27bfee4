#!/usr/bin/env bash
# The cost of the idempotency lock (issue 22, ADR 0019): the same calls with and without an
# Idempotency-Key, alternating (A B B A) in closed loops of BENCH_CONCURRENCY workers; approvals
# (POST .../service-records/review) and redemptions (POST .../points/redemptions). Counts the
# idempotency records each phase left, which says whether the key was honoured at all.
#
#   bash bench/idempotency.sh             # own platform on .bench-idempotency/, stopped afterwards
#   BENCH_REUSE=1 LINLI_STATE_DIR=... LINLI_HTTP_PORT=... LINLI_KC_PORT=... bash bench/idempotency.sh
set -euo pipefail
BENCH_NAME=idempotency
# shellcheck source=bench/scale-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/scale-common.sh"

ORGS="${BENCH_ORGS:-4}"
VOLUNTEERS="${BENCH_VOLUNTEERS:-30}"
LOGINS="${BENCH_LOGINS:-20}"
CONCURRENCY="${BENCH_CONCURRENCY:-4}"
PHASE_SECONDS="${BENCH_PHASE_SECONDS:-20}"
ROUNDS="${BENCH_ROUNDS:-2}"
RECORDS="${BENCH_RECORDS:-$(( (ROUNDS * 2 * PHASE_SECONDS + 10) * 120 ))}"

keys() { psql_super -d "$LINLI_DB_NAME" -c "SELECT count(*) FROM idempotency_record"; }

scale_platform
seed_orgs "$ORGS" "$VOLUNTEERS" "$LOGINS"
seed_records "$RECORDS"
before=$(keys)
log "driving, load $(load_avg); idempotency records before: $before"
scale_driver idem base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
  records="$WORK/records.txt" concurrency="$CONCURRENCY" seconds="$PHASE_SECONDS" rounds="$ROUNDS" \
  out="$WORK/idem.txt" 2>"$WORK/idem.log" | tee "$WORK/idem.out"
after=$(keys)
orgs=$(awk '$1 == "org" { printf "%s\x27%s\x27", (n++ ? "," : ""), $2 }' "$WORK/seed.txt")
by_path=$(psql_super -d "$LINLI_DB_NAME" -c "SELECT string_agg(tenant_id || ': ' || n, ', ') FROM (SELECT tenant_id, count(*) n FROM idempotency_record WHERE tenant_id IN ($orgs) GROUP BY 1) x")

# The key's statements alone, in the database (no HTTP, no JSON): pgbench with the statements of
# IdempotencyStore in a transaction that writes a row of its own, against the same transaction
# without them, alternating, BENCH_SQL_SECONDS each.
: >"$WORK/sql.txt"
psql_super -d "$LINLI_DB_NAME" -c "DROP TABLE IF EXISTS bench_idem_effect; CREATE TABLE bench_idem_effect (n bigint, client int, at timestamptz)"
for round in 1 2; do
  for f in none key; do
    l="$(load_avg)"
    pgbench -n -M prepared -c "$CONCURRENCY" -j 2 -T "${BENCH_SQL_SECONDS:-10}" -f "$ROOT/bench/idempotency-$f.pgbench" \
      -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$LINLI_DB_NAME" >"$WORK/pgbench-$f-$round.log" 2>&1 ||
      { cat "$WORK/pgbench-$f-$round.log" >&2; die "pgbench failed"; }
    echo "$f $(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$WORK/pgbench-$f-$round.log") $(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench-$f-$round.log") $l" >>"$WORK/sql.txt"
  done
done
psql_super -d "$LINLI_DB_NAME" -c "DELETE FROM idempotency_record WHERE tenant_id = 'bench-idem-sql'; DROP TABLE bench_idem_effect"

mkdir -p "$RESULTS"
{
  echo "Linli idempotency lock, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores; $ORGS orgs; closed loops of $CONCURRENCY workers, ${PHASE_SECONDS}s per phase, $ROUNDS rounds (A B, then B A)"
  printf '  %-26s %8s %8s %8s %8s %6s  %s\n' phase tps p50 p90 p99 errors load
  awk -F'|' '{ printf "  %-26s %8.1f %8.1f %8.1f %8.1f %6d  %s\n", $1, $2, $3, $4, $5, $6, $8 }' "$WORK/idem.txt"
  echo "  mean over the rounds (tps, p50, p99):"
  awk -F'|' '{ n[$1]++; t[$1] += $2; a[$1] += $3; c[$1] += $5 }
    END { for (k in n) printf "    %-26s %8.1f %8.1f %8.1f\n", k, t[k] / n[k], a[k] / n[k], c[k] / n[k] }' "$WORK/idem.txt" | sort
  echo "  idempotency records written during the run: $((after - before)) (all told, per measured org: ${by_path:-none})"
  awk -F'|' '$1 ~ /with key/ { split($1, w, " "); n[w[1]] += $7 }
    END { printf "  requests sent with a key (warm-ups not counted): approvals %d, redemptions %d\n", n["approvals"], n["redemptions"] }' "$WORK/idem.txt"
  echo "  the key's statements alone (pgbench, $CONCURRENCY clients; latency ms, tps, load):"
  awk '{ printf "    %-4s %7.3f ms %9.1f tps   load %s %s %s\n", ($1 == "key" ? "key" : "none"), $2, $3, $4, $5, $6 }' "$WORK/sql.txt"
  awk '{ s[$1] += $2; n[$1]++ } END { printf "    the key adds %.2f ms to a writing transaction (mean of the rounds)\n", s["key"] / n["key"] - s["none"] / n["none"] }' "$WORK/sql.txt"
} | tee "$RESULTS/idempotency.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/idempotency.txt"
