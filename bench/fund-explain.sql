-- Query plans of the report queries (JpaBooksQueries) over the seeded books, as the owner under
-- the same row level security policy the application runs under. Run after bench/fund-statements.sh
-- with BENCH_KEEP=1:
--   psql -h 127.0.0.1 -U linli_owner -d linli_fund_bench -v org=ORG -v from=2026-01-01 \
--        -v to=2026-11-30 -f bench/fund-explain.sql
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
\echo '--- trial balance: movements(from, to)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT l.account_code,
       sum(CASE WHEN v.voucher_date < :'from'::date THEN l.debit - l.credit ELSE 0 END),
       sum(CASE WHEN v.voucher_date >= :'from'::date THEN l.debit ELSE 0 END),
       sum(CASE WHEN v.voucher_date >= :'from'::date THEN l.credit ELSE 0 END)
FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id
WHERE l.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date <= :'to'::date
GROUP BY l.account_code;
\echo '--- balance sheet (x2), activities (x2), cash flows (x4): balancesAt(at)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT l.account_code, sum(l.debit - l.credit)
FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id
WHERE l.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date <= :'to'::date
GROUP BY l.account_code;
\echo '--- activities (x2): activity(from, to)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT l.account_code, sum(l.debit - l.credit)
FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id
WHERE l.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date BETWEEN :'from'::date AND :'to'::date
  AND v.source <> 'CLOSING'
GROUP BY l.account_code;
\echo '--- cash flows (x2): counterCash(from, to)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT l.account_code, sum(l.credit - l.debit)
FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id
WHERE l.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date BETWEEN :'from'::date AND :'to'::date
  AND v.source <> 'CLOSING'
  AND NOT (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%')
  AND EXISTS (SELECT 1 FROM accounting_voucher_line l2 WHERE l2.tenant_id = l.tenant_id
              AND l2.voucher_id = l.voucher_id AND (l2.account_code LIKE '1001%'
              OR l2.account_code LIKE '1002%' OR l2.account_code LIKE '1009%'))
GROUP BY l.account_code;
