-- Day balances (issue 19, the statements benchmark, after V45): month-end balances made closed
-- months cheap, but a report still summed every line of the open month (286 k lines, ~0.74 s of
-- database CPU in bench/README.md). Each posting now adds its voucher's lines, summed per account
-- and fund, to one row per day in its own transaction (VoucherPosting), so a report reads closed
-- months from accounting_period_balance and every other day from these rows: no voucher line at
-- all. A red-letter reversal is a posted voucher of negated lines, so it subtracts what the
-- original added. Rows are only ever added to (never deleted: a report over part of a closed month
-- reads its days here too). tenant_id leads every key.
CREATE TABLE accounting_day_balance (
    tenant_id    text   NOT NULL,
    voucher_date date   NOT NULL,
    account_code text   NOT NULL,
    fund_id      text,
    debit        bigint NOT NULL, -- the same columns as accounting_period_balance (V45)
    credit       bigint NOT NULL,
    closing      bigint NOT NULL,
    released     bigint NOT NULL,
    counter_cash bigint NOT NULL,
    CONSTRAINT accounting_day_balance_key
        UNIQUE NULLS NOT DISTINCT (tenant_id, voucher_date, account_code, fund_id),
    FOREIGN KEY (tenant_id, account_code) REFERENCES accounting_account (tenant_id, code),
    FOREIGN KEY (tenant_id, fund_id) REFERENCES accounting_fund (tenant_id, id)
);

-- Whether the reports read the days that no month-end balance covers from accounting_day_balance
-- (true: every organization, kept up by every posting) or from the voucher lines (false: the
-- reference the equivalence test, PeriodBalancesIT, compares the day balances against).
ALTER TABLE accounting_books ADD COLUMN day_balances boolean NOT NULL DEFAULT true;

-- Backfill: every posted line of every organization, summed as the reports sum them (see
-- JpaBooksQueries.lineTotals). The owner reads all organizations here, in this transaction only.
ALTER TABLE accounting_voucher NO FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_voucher_line NO FORCE ROW LEVEL SECURITY;

INSERT INTO accounting_day_balance (tenant_id, voucher_date, account_code, fund_id, debit, credit,
                                    closing, released, counter_cash)
SELECT tenant_id, voucher_date, account_code, fund_id, sum(debit), sum(credit),
       sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),
       sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash THEN credit - debit ELSE 0 END)
FROM (SELECT l.tenant_id, v.voucher_date, l.account_code, l.fund_id, l.debit, l.credit, v.source,
             l.cash, bool_or(l.cash) OVER (PARTITION BY l.tenant_id, l.voucher_id) AS moves_cash
      FROM accounting_voucher v
      JOIN (SELECT l.*, (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%'
                         OR l.account_code LIKE '1009%') AS cash
            FROM accounting_voucher_line l) l
        ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id
      WHERE v.status = 'POSTED') x
GROUP BY tenant_id, voucher_date, account_code, fund_id;

ALTER TABLE accounting_voucher FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_voucher_line FORCE ROW LEVEL SECURITY;

ALTER TABLE accounting_day_balance ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounting_day_balance FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON accounting_day_balance
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- Added to by postings (INSERT ... ON CONFLICT DO UPDATE with the voucher's deltas); never deleted.
GRANT SELECT, INSERT, UPDATE ON accounting_day_balance TO ${appRole};
