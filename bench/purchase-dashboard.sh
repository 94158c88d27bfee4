#!/usr/bin/env bash
# The buyer's dashboard benchmark (issue 20, see bench/README.md "The buyer's dashboard over a
# million service orders"): starts (or, with BENCH_REUSE=1, reuses) a platform with the demo data
# on its own ports, database and state directory; seeds BENCH_ORDERS service orders by SQL on the
# demo buyer gulou-mz (BENCH_CONTRACTS copies of its demo contract, 12 months, ~2 % flagged), the
# V65/V69 triggers keeping the daily and monthly rollups; then times GET /api/v1/orgs/gulou-mz/purchase-dashboard
# over HTTP with the demo buyer admin's token (warm p50/p95 of BENCH_RUNS requests per query) and
# writes the figures, the load and EXPLAIN ANALYZE of the heaviest statement to
# bench/results/purchase-dashboard.txt.
#
#   bash bench/purchase-dashboard.sh      # BENCH_KEEP=1 leaves the platform running afterwards
set -euo pipefail

BENCH_NAME=dashboard-bench
# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
bench_platform .bench-dashboard-run linli_dashboard_bench 19780 18780 19725 19726 19740

ORDERS="${BENCH_ORDERS:-1000000}"
CONTRACTS="${BENCH_CONTRACTS:-10}"
RUNS="${BENCH_RUNS:-30}"
ORG=gulou-mz
BUYER_ADMIN=admin@gulou-mz.demo

bench_start

seeded="$(psql_owner -c "SELECT set_config('app.tenant_id', '$ORG', false)" -c "SELECT count(*) FROM purchase_order WHERE id LIKE 'bo-%'" | tail -n 1)"
if [ "$seeded" = 0 ]; then
  log "seeding $ORDERS orders on $CONTRACTS contracts of $ORG by SQL (triggers keep the rollups)"
  t=$SECONDS
  psql_owner -v orders="$ORDERS" -v contracts="$CONTRACTS" -f "$ROOT/bench/purchase-dashboard-seed.sql" >"$WORK/seed.log" 2>&1 ||
    { tail -n 20 "$WORK/seed.log" >&2; die "seed failed"; }
  SEED_SECONDS=$((SECONDS - t))
  psql_owner -c "VACUUM (ANALYZE) purchase_order, purchase_order_flag, purchase_order_day, purchase_flag_day, purchase_order_month, purchase_flag_month, purchase_contract, purchase_contract_item, purchase_contract_version" >/dev/null
else
  SEED_SECONDS="(reused: $seeded bench orders already there)"
fi

# The rollups must equal the orders they sum (what the triggers promise), both ways round.
CHECK="$(psql_owner <<'SQL'
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
SELECT format('orders %s, day rollup rows %s (sum %s), month rollup rows %s (sum %s), flags %s,'
  ' flag day rows %s (sum %s), flag month rows %s (sum %s), day mismatches %s, month mismatches %s',
  (SELECT count(*) FROM purchase_order), (SELECT count(*) FROM purchase_order_day),
  (SELECT sum(orders) FROM purchase_order_day), (SELECT count(*) FROM purchase_order_month),
  (SELECT sum(orders) FROM purchase_order_month), (SELECT count(*) FROM purchase_order_flag),
  (SELECT count(*) FROM purchase_flag_day), (SELECT sum(flags) FROM purchase_flag_day),
  (SELECT count(*) FROM purchase_flag_month), (SELECT sum(flags) FROM purchase_flag_month),
  (SELECT count(*) FROM (
     (SELECT contract_id, service_date, item_code, status, coalesce(satisfaction, 0) s, count(*) n
      FROM purchase_order GROUP BY 1, 2, 3, 4, 5
      EXCEPT SELECT contract_id, service_date, item_code, status, satisfaction, orders
      FROM purchase_order_day WHERE orders > 0)
     UNION ALL
     (SELECT contract_id, service_date, item_code, status, satisfaction, orders
      FROM purchase_order_day WHERE orders <> 0
      EXCEPT SELECT contract_id, service_date, item_code, status, coalesce(satisfaction, 0) s, count(*) n
      FROM purchase_order GROUP BY 1, 2, 3, 4, 5)) x),
  (SELECT count(*) FROM (
     (SELECT contract_id, date_trunc('month', service_date)::date, item_code, status,
             coalesce(satisfaction, 0) s, count(*) n
      FROM purchase_order GROUP BY 1, 2, 3, 4, 5
      EXCEPT SELECT contract_id, month, item_code, status, satisfaction, orders
      FROM purchase_order_month WHERE orders > 0)
     UNION ALL
     (SELECT contract_id, month, item_code, status, satisfaction, orders
      FROM purchase_order_month WHERE orders <> 0
      EXCEPT SELECT contract_id, date_trunc('month', service_date)::date, item_code, status,
             coalesce(satisfaction, 0) s, count(*) n
      FROM purchase_order GROUP BY 1, 2, 3, 4, 5)) y));
SQL
)"
log "$CHECK"

TOKEN="$(curl -sf -d grant_type=password -d client_id=linli-web -d username="$BUYER_ADMIN" \
  --data-urlencode password="$LINLI_DEMO_PASSWORD" "$KC/realms/linli/protocol/openid-connect/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[ -n "$TOKEN" ] || die "no token for $BUYER_ADMIN"
CONTRACT="$(psql_owner -c "SELECT set_config('app.tenant_id', '$ORG', false)" -c "SELECT id FROM purchase_contract WHERE id LIKE 'bench-1-%'" | tail -n 1)"

# Warm p50/p95 of one query: 5 unmeasured requests, then RUNS measured ones.
measure() {
  local name="$1" query="$2" i code times=()
  for i in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/purchase-dashboard$query"; done
  for ((i = 0; i < RUNS; i++)); do
    read -r code t < <(curl -s -o "$WORK/last.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/purchase-dashboard$query")
    [ "$code" = 200 ] || { cat "$WORK/last.json" >&2; die "$name: HTTP $code"; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v n="$RUNS" '
    { v[NR] = $1 * 1000 }
    END { p50 = v[int((n + 1) * 0.5)]; p95 = v[int(n * 0.95 + 0.999)];
          printf "%-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms (n=%d)\n", name, p50, p95, v[n], n }'
}

OUT="$RESULTS/purchase-dashboard.txt"
{
  echo "purchase dashboard benchmark, $(date -u +%FT%TZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load before: $(uptime)"
  echo "seed: $ORDERS orders, $CONTRACTS contracts, seeded in ${SEED_SECONDS}s"
  echo "$CHECK"
  measure "summary, default 12 months" ""
  measure "summary, one provider" "?provider=sunshine-sw"
  measure "summary, one contract" "?contract=$CONTRACT"
  measure "summary, one month" "?from=$(date +%Y-%m)&to=$(date +%Y-%m)"
  echo "load after: $(uptime)"
  echo "totals of the default summary: $(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/purchase-dashboard" | sed -n 's/.*"totals":\({[^}]*}\).*/\1/p' | head -c 300)"
  echo
  echo "EXPLAIN ANALYZE of the order-cells statement (SqlDashboardQueries.orderCells: V69 months,"
  echo "V65 days only for contract months with a mid-month amendment), 12 months:"
  psql_owner <<SQL
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH v AS (SELECT contract_id, version, effective_from,
  lead(effective_from) OVER (PARTITION BY contract_id ORDER BY version) AS until
  FROM purchase_contract_version cv WHERE tenant_id = :'org'
  AND NOT EXISTS (SELECT 1 FROM purchase_contract_amendment a WHERE a.tenant_id = cv.tenant_id
    AND a.contract_id = cv.contract_id AND a.version = cv.version AND a.state <> 'ACCEPTED')),
cut AS (SELECT DISTINCT contract_id, CAST(date_trunc('month', effective_from) AS date) AS month
  FROM v WHERE version > 1 AND extract(day FROM effective_from) <> 1)
SELECT m.contract_id, m.item_code, to_char(m.month, 'YYYY-MM'), m.status, m.satisfaction,
  sum(m.orders), sum(m.orders * coalesce(i.unit_price, 0))
FROM purchase_contract c
JOIN purchase_order_month m ON m.tenant_id = c.tenant_id AND m.contract_id = c.id
LEFT JOIN v ON v.contract_id = m.contract_id AND (v.version = 1 OR m.month >= v.effective_from)
  AND (v.until IS NULL OR m.month < v.until)
LEFT JOIN purchase_contract_item i ON i.tenant_id = m.tenant_id AND i.contract_id = m.contract_id
  AND i.version = v.version AND i.code = m.item_code
WHERE c.tenant_id = :'org' AND m.orders > 0 AND c.side = 'BUYER' AND c.status NOT IN ('DRAFT', 'DECLINED')
  AND m.month >= date_trunc('month', current_date - interval '11 months')
  AND m.month < date_trunc('month', current_date + interval '1 month')
  AND NOT EXISTS (SELECT 1 FROM cut WHERE cut.contract_id = m.contract_id AND cut.month = m.month)
GROUP BY 1, 2, 3, 4, 5;
SQL
} | tee "$OUT"
log "written to $OUT"
