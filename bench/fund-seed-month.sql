-- One month of posted vouchers (included once per month by bench/fund-statements.sh, in the session
-- bench/fund-seed-setup.sql prepared). Variables: :g0 (the first voucher's global index), :n (the
-- month's vouchers), :mstart (first day), :period (yyyy-MM), :maker, :approver (person ids),
-- :ledger (true: also the ledger transactions and postings; false: the books only).
-- As the application posts a voucher: the voucher with its number (gapless per period, in date
-- order), its lines, one ledger transaction with the voucher's id, a posting per line on the chart
-- account's ledger account (debit - credit) and, for restricted lines, the fund's net effect on the
-- fund's no-negative account against the contra account; the period counter at the last number.
BEGIN;
CREATE TEMP TABLE v ON COMMIT DROP AS
-- Ids ascend with g (a prefix from the organization, then g): the indexes grow at their right edge,
-- which makes seeding several times faster than random ids on a small machine.
SELECT substr(md5(:'org'), 1, 8) || '-0000-4000-8000-' || lpad(to_hex(g), 12, '0') AS id,
       i + 1 AS number, g, g % 20 AS slot,
       :'mstart'::date + (i * ((:'mstart'::date + interval '1 month')::date - :'mstart'::date)
                          / :n)::int AS d
FROM (SELECT i, :g0 + i AS g FROM generate_series(0, :n - 1) AS i) s;

CREATE TEMP TABLE l ON COMMIT DROP AS
SELECT v.id AS voucher_id, v.number, v.d, t.line_no, t.code, gl.name, gl.account_id, t.summary,
       CASE WHEN t.debit THEN t.cx * k.x + t.cy * k.y ELSE 0 END AS debit,
       CASE WHEN t.debit THEN 0 ELSE t.cx * k.x + t.cy * k.y END AS credit,
       CASE WHEN substr(t.code, 5, 2) = '02' THEN f.id END AS fund_id,
       CASE WHEN substr(t.code, 5, 2) = '02' THEN f.ledger_account_id END AS fund_account
FROM v
JOIN tpl t ON t.slot = v.slot
JOIN gl ON gl.code = t.code
JOIN fund f ON f.idx = (v.g / 20) % :funds
-- x, y drawn from the cycle and the key slot, so a settlement matches what it settles.
CROSS JOIN LATERAL (SELECT 10000 + ((v.g / 20) * 20 + t.key_slot) * 2654435761::bigint % 90000 AS x,
                           100 + ((v.g / 20) * 20 + t.key_slot) * 40503::bigint % 9900 AS y) k;

INSERT INTO accounting_voucher (tenant_id, id, period, number, voucher_date, summary, source,
                                status, attachments, made_by, approved_by, content_hash,
                                created_at, posted_at)
SELECT :'org', v.id, :'period', v.number, v.d, t.summary, 'MANUAL', 'POSTED', 1, :'maker',
       :'approver', encode(sha256(convert_to(v.id, 'UTF8')), 'hex'), now(), now()
FROM v JOIN tpl t ON t.slot = v.slot AND t.line_no = 1;

INSERT INTO accounting_voucher_line (tenant_id, voucher_id, line_no, account_code, account_name,
                                     debit, credit, fund_id, summary)
SELECT :'org', voucher_id, line_no, code, name, debit, credit, fund_id, summary FROM l;

\if :ledger
INSERT INTO ledger_transaction (tenant_id, id, kind, memo, effective_date, content_hash,
                                created_by, created_at)
SELECT :'org', v.id, 'BOOKS_VOUCHER', t.summary, v.d,
       encode(sha256(convert_to('tx' || v.id, 'UTF8')), 'hex'), :'approver', now()
FROM v JOIN tpl t ON t.slot = v.slot AND t.line_no = 1;

-- In date and number order, so seq (the statement order) follows the books.
INSERT INTO ledger_posting (tenant_id, transaction_id, line, account_id, unit, amount,
                            effective_date)
SELECT :'org', voucher_id, line, account_id, 'CNY', amount, d
FROM (SELECT voucher_id, number, d, line_no AS line, account_id, debit - credit AS amount
      FROM l
      UNION ALL
      SELECT voucher_id, number, d, n + p.k, CASE p.k WHEN 1 THEN fund_account ELSE :'contra' END,
             CASE p.k WHEN 1 THEN delta ELSE -delta END
      -- Numbered after the voucher's own lines (the window runs over all of them).
      FROM (SELECT voucher_id, number, d, fund_account, max(last) AS n,
                   sum(credit - debit) AS delta
            FROM (SELECT l.*, max(line_no) OVER (PARTITION BY voucher_id) AS last FROM l) a
            WHERE fund_id IS NOT NULL
            GROUP BY voucher_id, number, d, fund_account) r
      CROSS JOIN (VALUES (1), (2)) AS p(k)
      WHERE fund_account IS NOT NULL AND delta <> 0) s
ORDER BY d, number, line;
\endif

-- The month's day balances (V67), as VoucherPosting adds them per posting: the migration's
-- backfill statement (V67__day_balances.sql) over this month's lines as seeded above (all
-- vouchers of the seed are MANUAL: no closing or release part).
INSERT INTO accounting_day_balance (tenant_id, voucher_date, account_code, fund_id, debit, credit,
                                    closing, released, counter_cash)
SELECT :'org', d, code, fund_id, sum(debit), sum(credit),
       sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash THEN credit - debit ELSE 0 END)
FROM (SELECT l.d, l.code, l.fund_id, l.debit, l.credit, 'MANUAL' AS source, l.cash,
             bool_or(l.cash) OVER (PARTITION BY l.voucher_id) AS moves_cash
      FROM (SELECT l.*, (l.code LIKE '1001%' OR l.code LIKE '1002%' OR l.code LIKE '1009%') AS cash
            FROM l) l) x
GROUP BY d, code, fund_id;

INSERT INTO accounting_voucher_counter (tenant_id, period, last_no) VALUES (:'org', :'period', :n);
COMMIT;
