#!/usr/bin/env bash
# The buyer's dashboard at the SQL level (no platform): a scratch database with the purchase
# migrations (V60, V62-V66, V69), one demo-like contract with 20 residents and 3 items, then
# bench/purchase-dashboard-seed.sql (BENCH_ORDERS orders on 10 contracts, the V65 and V69 triggers live),
# then BENCH_RUNS warm runs of bench/purchase-dashboard-summary.sql (the nine statements the
# summary runs) as the app role, p50/p95. The HTTP version is bench/purchase-dashboard.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
M="$ROOT/fund-module/src/main/resources/db/migration/fund"
DB="${BENCH_DB:-linli_dashboard_sqlbench}"
ORDERS="${BENCH_ORDERS:-1000000}"
RUNS="${BENCH_RUNS:-30}"
WORK="$(mktemp -d)"
P="psql -v ON_ERROR_STOP=1 -qtA -h ${LINLI_DB_HOST:-127.0.0.1} -p ${LINLI_DB_PORT:-5432}"
if [ "${BENCH_REUSE:-}" != 1 ]; then
  $P -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER linli_owner"
  $P -U postgres -d "$DB" -c "ALTER SCHEMA public OWNER TO linli_owner" -c "GRANT USAGE ON SCHEMA public TO linli_app"
  # V63 puts a policy on the books table (V10), which this scratch database does not need whole.
  $P -U linli_owner -d "$DB" -c "CREATE TABLE accounting_books (tenant_id text PRIMARY KEY)"
  for f in V60__purchase_contracts.sql V62__purchase_order_flags.sql V63__purchase_settlement.sql V64__purchase_sampling.sql V65__purchase_dashboard_rollups.sql V66__purchase_amendment_acceptance.sql V69__purchase_dashboard_months.sql; do
    sed 's/\${appRole}/linli_app/g' "$M/$f" >"$WORK/$f"
    $P -U linli_owner -d "$DB" -f "$WORK/$f" >/dev/null
  done
  $P -U linli_owner -d "$DB" >/dev/null <<'SQL'
SELECT set_config('app.tenant_id', 'gulou-mz', false);
INSERT INTO purchase_contract (tenant_id, id, side, buyer_org, provider_org, buyer_name, provider_name, number, title,
  budget_line, recurring, term_start, term_end, total_amount, settlement_method, performance_targets, status,
  current_version, created_by, created_at)
VALUES ('gulou-mz', 'demo', 'BUYER', 'gulou-mz', 'sunshine-sw', '鼓楼区民政局', '阳光社会工作服务中心', 'GLMZ-JJYL', '居家养老',
  '2080299', false, date_trunc('year', current_date), date_trunc('year', current_date) + interval '1 year - 1 day',
  60000000, 'MONTHLY_BY_UNITS', '满意度', 'ACTIVE', 1, 'x', now());
INSERT INTO purchase_contract_version VALUES ('gulou-mz', 'demo', 1, 'gulou-mz', 'sunshine-sw',
  date_trunc('year', current_date), date_trunc('year', current_date) + interval '1 year - 1 day', 60000000, null, 'x', now());
INSERT INTO purchase_contract_item VALUES
 ('gulou-mz', 'demo', 1, 'MEAL_AID', 'gulou-mz', 'sunshine-sw', '助餐', 'MEAL', 1500, 20000, 0, 'ELDERLY', 0),
 ('gulou-mz', 'demo', 1, 'CLEANING', 'gulou-mz', 'sunshine-sw', '助洁', 'HOUR', 4000, 3000, 60, 'ELDERLY', 1),
 ('gulou-mz', 'demo', 1, 'COMFORT', 'gulou-mz', 'sunshine-sw', '精神慰藉', 'VISIT', 3000, 2000, 30, 'ELDERLY', 2);
INSERT INTO purchase_contract_resident (tenant_id, contract_id, resident_id, buyer_org, provider_org, name, id_masked,
  address, category, eligible_from, status, assigned_at)
SELECT 'gulou-mz', 'demo', 'r' || g, 'gulou-mz', 'sunshine-sw', '居民' || g, '3201**', '鼓楼', 'ELDERLY', '2020-01-01', 'ACTIVE', now()
FROM generate_series(1, 20) g;
SQL
  t=$SECONDS
  $P -U linli_owner -d "$DB" -v org=gulou-mz -v orders="$ORDERS" -v contracts=10 -f "$ROOT/bench/purchase-dashboard-seed.sql" >/dev/null
  echo "seeded $ORDERS orders in $((SECONDS - t)) s (V65 triggers live)"
  $P -U linli_owner -d "$DB" -c "VACUUM (ANALYZE) purchase_order, purchase_order_flag, purchase_order_day, purchase_flag_day, purchase_order_month, purchase_flag_month, purchase_contract, purchase_contract_item, purchase_contract_version"
fi
echo "load before: $(uptime)"
for i in 1 2 3; do $P -U linli_app -d "$DB" -f "$ROOT/bench/purchase-dashboard-summary.sql" >/dev/null; done
for ((i = 0; i < RUNS; i++)); do
  s=$(date +%s%N)
  $P -U linli_app -d "$DB" -f "$ROOT/bench/purchase-dashboard-summary.sql" >/dev/null
  echo $(( ($(date +%s%N) - s) / 1000000 ))
done | sort -n | awk -v n="$RUNS" '{ v[NR] = $1 } END { printf "summary statements incl. psql connect: p50 %d ms, p95 %d ms, max %d ms (n=%d)\n", v[int((n + 1) / 2)], v[int(n * 0.95 + 0.999)], v[n], n }'
echo "load after: $(uptime)"
$P -U linli_owner -d "$DB" -c "SELECT set_config('app.tenant_id', 'gulou-mz', false)" -c "SELECT format('orders %s, order rollup rows %s (sum %s), flags %s, flag rollup rows %s', (SELECT count(*) FROM purchase_order), (SELECT count(*) FROM purchase_order_day), (SELECT sum(orders) FROM purchase_order_day), (SELECT count(*) FROM purchase_order_flag), (SELECT count(*) FROM purchase_flag_day))" | tail -n 1
rm -rf "$WORK"
