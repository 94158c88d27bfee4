-- Query plans of the report queries since V45 (JpaBooksQueries: month-end balances of closed months
-- plus the lines of the other days), as the owner under the application's row level security
-- policy, with the settings the reports' transaction uses (jit off, work_mem 64MB). Run after
-- bench/fund-statements.sh with BENCH_KEEP=1; :open is the first day of the open month:
--   psql -h 127.0.0.1 -U linli_owner -d linli_fund_bench -v org=ORG -v first=2026-01 \
--        -v last=2026-10 -v open=2026-11-01 -v to=2026-11-30 -f bench/fund-explain-snapshots.sql
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
SET jit = off;
SET work_mem = '64MB';
\echo '--- closed months: their balances (every report, once per range of closed months)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT account_code, fund_id, sum(debit), sum(credit), sum(closing), sum(released), sum(counter_cash)
FROM accounting_period_balance
WHERE tenant_id = :'org' AND period BETWEEN :'first' AND :'last'
GROUP BY account_code, fund_id;
\echo '--- the open month: its lines (once per report; the same totals serve every date in it)'
EXPLAIN (ANALYZE, BUFFERS)
WITH x AS MATERIALIZED (
    SELECT l.voucher_id, l.account_code, l.fund_id, l.debit, l.credit, v.source,
           (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%') AS cash
    FROM accounting_voucher v JOIN accounting_voucher_line l ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id
    WHERE v.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date BETWEEN :'open'::date AND :'to'::date),
c AS (SELECT DISTINCT voucher_id FROM x WHERE cash)
SELECT x.account_code, x.fund_id, sum(x.debit), sum(x.credit),
       sum(CASE WHEN x.source = 'CLOSING' THEN x.debit - x.credit ELSE 0 END),
       sum(CASE WHEN x.source = 'RELEASE' THEN x.debit - x.credit ELSE 0 END),
       sum(CASE WHEN x.source <> 'CLOSING' AND NOT x.cash AND c.voucher_id IS NOT NULL
                THEN x.credit - x.debit ELSE 0 END)
FROM x LEFT JOIN c ON c.voucher_id = x.voucher_id GROUP BY x.account_code, x.fund_id;
\echo '--- before V45, cash flows: counterCash over the year (for comparison, jit off)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT l.account_code, sum(l.credit - l.debit)
FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id
WHERE l.tenant_id = :'org' AND v.status = 'POSTED' AND v.voucher_date BETWEEN '2026-01-01'::date AND :'to'::date
  AND v.source <> 'CLOSING'
  AND NOT (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%')
  AND EXISTS (SELECT 1 FROM accounting_voucher_line l2 WHERE l2.tenant_id = l.tenant_id
              AND l2.voucher_id = l.voucher_id AND (l2.account_code LIKE '1001%'
              OR l2.account_code LIKE '1002%' OR l2.account_code LIKE '1009%'))
GROUP BY l.account_code;
