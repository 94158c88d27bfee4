-- Month-end balances (issue 19, the statements benchmark): a closed month never changes again (no
-- reopening, corrections go into an open period), so its posted voucher lines are summed once, in
-- the close's transaction, and the reports read these rows for closed months plus the lines of the
-- months still open, instead of every line since the books were opened. tenant_id leads every key.

-- One row per month whose balances are written; a month without a row is read from its lines.
CREATE TABLE accounting_period_snapshot (
    tenant_id  text        NOT NULL,
    period     text        NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    written_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, period)
);

-- Per month, account and fund (the dimensions the statements and the close group by; restriction
-- is part of the account code, the cash-flow item follows from the counter account's code): the
-- month's posted lines split by what the reports filter on.
CREATE TABLE accounting_period_balance (
    tenant_id    text   NOT NULL,
    period       text   NOT NULL,
    account_code text   NOT NULL,
    fund_id      text,
    debit        bigint NOT NULL, -- every posted line dated in the month
    credit       bigint NOT NULL,
    closing      bigint NOT NULL, -- debit - credit of the closing vouchers' lines
    released     bigint NOT NULL, -- debit - credit of the release vouchers' lines
    counter_cash bigint NOT NULL, -- credit - debit of non-cash lines of non-closing vouchers with a cash line
    CONSTRAINT accounting_period_balance_key UNIQUE NULLS NOT DISTINCT (tenant_id, period, account_code, fund_id),
    FOREIGN KEY (tenant_id, period) REFERENCES accounting_period_snapshot (tenant_id, period),
    FOREIGN KEY (tenant_id, account_code) REFERENCES accounting_account (tenant_id, code),
    FOREIGN KEY (tenant_id, fund_id) REFERENCES accounting_fund (tenant_id, id)
);

-- Backfill: every month closed before this migration, for organizations with books. The owner
-- reads all organizations here (row level security is forced on it otherwise), inside this
-- migration's transaction only.
ALTER TABLE accounting_voucher NO FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_voucher_line NO FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_books NO FORCE ROW LEVEL SECURITY;
ALTER TABLE ledger_period NO FORCE ROW LEVEL SECURITY;

INSERT INTO accounting_period_snapshot (tenant_id, period, written_at)
SELECT p.tenant_id, p.period, now()
FROM ledger_period p JOIN accounting_books b ON b.tenant_id = p.tenant_id;

INSERT INTO accounting_period_balance (tenant_id, period, account_code, fund_id, debit, credit,
                                       closing, released, counter_cash)
WITH x AS (
    SELECT l.tenant_id, to_char(v.voucher_date, 'YYYY-MM') AS period, l.voucher_id, l.account_code,
           l.fund_id, l.debit, l.credit, v.source,
           (l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%') AS cash
    FROM accounting_voucher v
    JOIN accounting_voucher_line l ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id
    JOIN accounting_period_snapshot s
      ON s.tenant_id = v.tenant_id AND s.period = to_char(v.voucher_date, 'YYYY-MM')
    WHERE v.status = 'POSTED'
), c AS (
    SELECT DISTINCT tenant_id, voucher_id FROM x WHERE cash
)
SELECT x.tenant_id, x.period, x.account_code, x.fund_id, sum(x.debit), sum(x.credit),
       sum(CASE WHEN x.source = 'CLOSING' THEN x.debit - x.credit ELSE 0 END),
       sum(CASE WHEN x.source = 'RELEASE' THEN x.debit - x.credit ELSE 0 END),
       sum(CASE WHEN x.source <> 'CLOSING' AND NOT x.cash AND c.voucher_id IS NOT NULL
                THEN x.credit - x.debit ELSE 0 END)
FROM x LEFT JOIN c ON c.tenant_id = x.tenant_id AND c.voucher_id = x.voucher_id
GROUP BY x.tenant_id, x.period, x.account_code, x.fund_id;

ALTER TABLE accounting_voucher FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_voucher_line FORCE ROW LEVEL SECURITY;
ALTER TABLE accounting_books FORCE ROW LEVEL SECURITY;
ALTER TABLE ledger_period FORCE ROW LEVEL SECURITY;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounting_period_snapshot', 'accounting_period_balance'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- Written once at close, never updated (the close is final).
GRANT SELECT, INSERT ON accounting_period_snapshot, accounting_period_balance TO ${appRole};
