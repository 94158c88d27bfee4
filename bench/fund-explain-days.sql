-- Query plans of the open month since V67 (JpaBooksQueries: day balances) against its lines (V45's
-- way, still what the reports do with accounting_books.day_balances off), as the owner under the
-- application's row level security policy, with the settings the reports' transaction uses (jit
-- off, work_mem 64MB). Run after bench/fund-statements.sh with BENCH_KEEP=1; :open is the first
-- day of the open month, :to the report date:
--   psql -h 127.0.0.1 -U linli_owner -d linli_fund_bench -v org=ORG -v open=2026-11-01 \
--        -v to=2026-11-30 -f bench/fund-explain-days.sql
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
SET jit = off;
SET work_mem = '64MB';
\echo '--- the open month from its day balances (V67; every report, once per range of open days)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT account_code, fund_id, sum(debit), sum(credit), sum(closing), sum(released), sum(counter_cash)
FROM accounting_day_balance
WHERE tenant_id = :'org' AND voucher_date BETWEEN coalesce(:'open'::date, '-infinity') AND :'to'::date
GROUP BY account_code, fund_id;
\echo '--- the same days from their lines (V45: vouchers by date, lines by key, one pass)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT account_code, fund_id, sum(debit), sum(credit),
       sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash THEN credit - debit ELSE 0 END)
FROM (SELECT l.account_code, l.fund_id, l.debit, l.credit, v.source, l.cash,
             bool_or(l.cash) OVER (PARTITION BY v.voucher_date, v.id) AS moves_cash
      FROM accounting_voucher v CROSS JOIN LATERAL (
          SELECT l.account_code, l.fund_id, l.debit, l.credit,
                 (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%'
                  OR l.account_code LIKE '1009%') AS cash
          FROM accounting_voucher_line l
          WHERE l.tenant_id = v.tenant_id AND l.voucher_id = v.id OFFSET 0) l
      WHERE v.tenant_id = :'org' AND v.status = 'POSTED'
        AND v.voucher_date BETWEEN :'open'::date AND :'to'::date) x
GROUP BY account_code, fund_id;
\echo '--- general ledger (monthly) of 1002 over the open month from its day balances'
EXPLAIN (ANALYZE, BUFFERS)
SELECT to_char(voucher_date, 'YYYY-MM'), sum(debit), sum(credit)
FROM accounting_day_balance
WHERE tenant_id = :'org' AND voucher_date BETWEEN coalesce(:'open'::date, '-infinity') AND :'to'::date
  AND account_code LIKE '1002%'
GROUP BY 1;
\echo '--- one posting: a voucher added to its day (the statement VoucherPosting runs), rolled back'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS)
INSERT INTO accounting_day_balance (tenant_id, voucher_date, account_code, fund_id, debit, credit,
                                    closing, released, counter_cash)
SELECT :'org', voucher_date, account_code, fund_id, sum(debit), sum(credit),
       sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash THEN credit - debit ELSE 0 END)
FROM (SELECT v.voucher_date, l.account_code, l.fund_id, l.debit, l.credit, v.source, l.cash,
             bool_or(l.cash) OVER () AS moves_cash
      FROM accounting_voucher v
      JOIN (SELECT l.*, (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%'
                         OR l.account_code LIKE '1009%') AS cash
            FROM accounting_voucher_line l) l
        ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id
      WHERE v.tenant_id = :'org'
        AND v.id = (SELECT id FROM accounting_voucher WHERE tenant_id = :'org'
                    AND voucher_date = :'to'::date LIMIT 1)
        AND v.status = 'POSTED') x
GROUP BY voucher_date, account_code, fund_id
ORDER BY voucher_date, account_code, fund_id
ON CONFLICT ON CONSTRAINT accounting_day_balance_key DO UPDATE SET
  debit = accounting_day_balance.debit + EXCLUDED.debit,
  credit = accounting_day_balance.credit + EXCLUDED.credit,
  closing = accounting_day_balance.closing + EXCLUDED.closing,
  released = accounting_day_balance.released + EXCLUDED.released,
  counter_cash = accounting_day_balance.counter_cash + EXCLUDED.counter_cash;
ROLLBACK;
