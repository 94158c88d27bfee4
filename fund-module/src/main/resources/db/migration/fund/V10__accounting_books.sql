-- Charity fund accounting (民间非营利组织会计制度): an organization's books, its chart of accounts,
-- its funds and its vouchers. Money moves only through the ledger engine (V1): every posted voucher
-- is one ledger transaction with the same id; these tables add what the books need on top (codes,
-- names, funds, voucher numbers, approval). tenant_id leads every key.

-- One row per organization once its books are opened; names the 制度 version the chart follows.
CREATE TABLE accounting_books (
    tenant_id     text        NOT NULL,
    chart_version text        NOT NULL CHECK (chart_version IN ('2004', '2024')),
    opened_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id)
);

-- The chart: standard accounts seeded from the 制度 (never changed) plus the organization's own
-- sub-accounts (明细科目). Postings go to leaf accounts only.
CREATE TABLE accounting_account (
    tenant_id   text    NOT NULL,
    code        text    NOT NULL CHECK (code ~ '^[0-9]{4}([0-9]{2}){0,3}$'),
    name        text    NOT NULL,
    parent_code text,
    category    text    NOT NULL CHECK (category IN ('ASSET', 'LIABILITY', 'NET_ASSETS', 'INCOME', 'EXPENSE')),
    side        text    NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
    restricted  boolean NOT NULL,
    standard    boolean NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, code),
    FOREIGN KEY (tenant_id, parent_code) REFERENCES accounting_account (tenant_id, code)
);

-- Funds (基金/项目). Each has a no-negative ledger account that moves with every restricted line
-- charged to it, so the engine itself keeps the fund's balance from going below zero.
CREATE TABLE accounting_fund (
    tenant_id           text        NOT NULL,
    id                  text        NOT NULL,
    name                text        NOT NULL,
    purpose             text,
    restriction_purpose text,
    restricted_until    date,
    budget              bigint CHECK (budget IS NULL OR budget >= 0),
    start_date          date,
    end_date            date,
    status              text        NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    ledger_account_id   text        NOT NULL,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    FOREIGN KEY (tenant_id, ledger_account_id) REFERENCES ledger_account (tenant_id, id),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- Vouchers (记账凭证). The number is assigned when the voucher is posted, so drafts never leave
-- gaps; a posted voucher is never edited (a red-letter reversal references it instead).
CREATE TABLE accounting_voucher (
    tenant_id    text        NOT NULL,
    id           text        NOT NULL,
    period       text        NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    number       int,
    voucher_date date        NOT NULL,
    summary      text        NOT NULL,
    source       text        NOT NULL,
    source_id    text,
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'POSTED')),
    attachments  int         NOT NULL DEFAULT 0 CHECK (attachments >= 0),
    made_by      text        NOT NULL,
    approved_by  text,
    reverses_id  text,
    content_hash text        NOT NULL,
    created_at   timestamptz NOT NULL,
    posted_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, period, number),
    UNIQUE (tenant_id, reverses_id),
    FOREIGN KEY (tenant_id, reverses_id) REFERENCES accounting_voucher (tenant_id, id),
    CHECK ((status = 'POSTED') = (number IS NOT NULL))
);
CREATE INDEX accounting_voucher_list_idx ON accounting_voucher (tenant_id, voucher_date, id);

CREATE TABLE accounting_voucher_line (
    tenant_id    text   NOT NULL,
    voucher_id   text   NOT NULL,
    line_no      int    NOT NULL,
    account_code text   NOT NULL,
    account_name text   NOT NULL,
    debit        bigint NOT NULL,
    credit       bigint NOT NULL,
    fund_id      text,
    department   text,
    summary      text,
    PRIMARY KEY (tenant_id, voucher_id, line_no),
    FOREIGN KEY (tenant_id, voucher_id) REFERENCES accounting_voucher (tenant_id, id),
    FOREIGN KEY (tenant_id, account_code) REFERENCES accounting_account (tenant_id, code),
    FOREIGN KEY (tenant_id, fund_id) REFERENCES accounting_fund (tenant_id, id),
    -- One side per line; red-letter lines carry negative amounts on the side they reverse.
    CHECK ((debit = 0) <> (credit = 0))
);
CREATE INDEX accounting_line_account_idx ON accounting_voucher_line (tenant_id, account_code);
CREATE INDEX accounting_line_fund_idx ON accounting_voucher_line (tenant_id, fund_id) WHERE fund_id IS NOT NULL;

-- The last voucher number used per period; moved under a row lock in the posting transaction, so
-- numbers are gapless (a rolled-back posting rolls its number back too).
CREATE TABLE accounting_voucher_counter (
    tenant_id text NOT NULL,
    period    text NOT NULL,
    last_no   int  NOT NULL,
    PRIMARY KEY (tenant_id, period)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounting_books', 'accounting_account', 'accounting_fund',
                             'accounting_voucher', 'accounting_voucher_line',
                             'accounting_voucher_counter'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON accounting_books, accounting_account, accounting_voucher_line TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON accounting_fund, accounting_voucher, accounting_voucher_counter TO ${appRole};
