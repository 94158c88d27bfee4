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
by_path=$(psql_super -d "$LINLI_DB_NAME" -c "SELECT string_agg(n || ' ' || coalesce(tenant_id, '?'), ', ') FROM (SELECT tenant_id, count(*) n FROM idempotency_record WHERE tenant_id LIKE 'bench-%-$RUN_ID' GROUP BY 1) x")

mkdir -p "$RESULTS"
{
  echo "Linli idempotency lock, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores; $ORGS orgs; closed loops of $CONCURRENCY workers, ${PHASE_SECONDS}s per phase, $ROUNDS rounds (A B, then B A)"
  printf '  %-26s %8s %8s %8s %8s %6s  %s\n' phase tps p50 p90 p99 errors load
  awk -F'|' '{ printf "  %-26s %8.1f %8.1f %8.1f %8.1f %6d  %s\n", $1, $2, $3, $4, $5, $6, $8 }' "$WORK/idem.txt"
  echo "  mean over the rounds (tps, p50, p99):"
  awk -F'|' '{ n[$1]++; t[$1] += $2; a[$1] += $3; c[$1] += $5 }
    END { for (k in n) printf "    %-26s %8.1f %8.1f %8.1f\n", k, t[k] / n[k], a[k] / n[k], c[k] / n[k] }' "$WORK/idem.txt" | sort
  echo "  idempotency records written during the run: $((after - before)) (per org: ${by_path:-none})"
  awk -F'|' '$1 ~ /with key/ { split($1, w, " "); n[w[1]] += $7 }
    END { printf "  requests sent with a key (warm-ups not counted): approvals %d, redemptions %d\n", n["approvals"], n["redemptions"] }' "$WORK/idem.txt"
} | tee "$RESULTS/idempotency.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/idempotency.txt"
