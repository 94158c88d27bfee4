-- Donors, donations (cash, in kind, pledges) and donation receipts (公益事业捐赠票据, 财综〔2024〕1号).
-- Money is in fen (bigint). Donations and receipts are never deleted: a receipt is voided (作废) and
-- keeps its number and the reason; a pledge (认捐) is not income, its payments are donations of their own.

CREATE TABLE donation_donor (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    id               text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COMPANY', 'ANONYMOUS')),
    name             text        NOT NULL,
    id_type          text,                  -- individuals: RESIDENT_ID, HMT_RESIDENCE_PERMIT, PASSPORT
    id_number_cipher text,                  -- AES-GCM (kernel PiiCipher, context donor.id_number)
    id_number_masked text,
    credit_code      text,                  -- companies: 统一社会信用代码, checksum-validated
    contact          text,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK ((kind = 'COMPANY') = (credit_code IS NOT NULL)),
    CHECK (kind = 'INDIVIDUAL' OR id_number_cipher IS NULL),
    CHECK ((id_number_cipher IS NULL) = (id_number_masked IS NULL))
);
CREATE UNIQUE INDEX donation_donor_credit_code_idx ON donation_donor (tenant_id, credit_code)
    WHERE credit_code IS NOT NULL;

CREATE TABLE donation (
    tenant_id          text        NOT NULL REFERENCES organization (id),
    id                 text        NOT NULL,
    donor_id           text        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('CASH', 'IN_KIND', 'PLEDGE')),
    status             text        NOT NULL CHECK (status IN ('RECEIVED', 'PLEDGED', 'FULFILLED')),
    amount_fen         bigint      NOT NULL CHECK (amount_fen > 0),
    received_fen       bigint      NOT NULL DEFAULT 0 CHECK (received_fen >= 0),
    donated_on         date        NOT NULL,
    fund_id            text,                  -- restricted: the fund it is given to
    purpose            text,
    channel            text CHECK (channel IN ('BANK', 'WECHAT', 'ALIPAY', 'CASH')),
    reference          text,                  -- bank / WeChat / Alipay reference, as text
    item_name          text,                  -- in kind
    item_unit          text,
    quantity           numeric(18, 4),
    unit_value_fen     bigint,
    valuation_basis    text CHECK (valuation_basis IN
                           ('EX_FACTORY_PRICE', 'SALES_PRICE', 'GOVERNMENT_GUIDE_PRICE', 'PLATFORM_PRICE')),
    valuation_evidence text,
    due_on             date,                  -- pledges
    pledge_id          text,                  -- a payment of a pledge
    benefit_in_return  boolean     NOT NULL DEFAULT false,   -- sponsorship: no receipt
    voucher_id         text,                  -- the system voucher it posted (null for pledges)
    public_token       text        NOT NULL,  -- the donor's unguessable fund-use link
    remark             text,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    version            bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, public_token),
    FOREIGN KEY (tenant_id, donor_id) REFERENCES donation_donor (tenant_id, id),
    FOREIGN KEY (tenant_id, pledge_id) REFERENCES donation (tenant_id, id),
    CHECK (received_fen <= amount_fen),
    CHECK ((kind = 'PLEDGE') = (due_on IS NOT NULL)),
    CHECK ((kind = 'PLEDGE') = (voucher_id IS NULL)),
    CHECK (kind <> 'CASH' OR channel IS NOT NULL),
    CHECK (kind <> 'IN_KIND' OR (item_name IS NOT NULL AND valuation_basis IS NOT NULL
                                 AND quantity > 0 AND unit_value_fen > 0))
);
CREATE INDEX donation_date_idx ON donation (tenant_id, donated_on, id);
CREATE INDEX donation_donor_idx ON donation (tenant_id, donor_id, id);
CREATE INDEX donation_fund_idx ON donation (tenant_id, fund_id, id);

-- A registered stock of receipt numbers (票据代码 + 号码 range). next_no moves only forward, in the
-- same transaction as the receipt that takes the number, so numbers are used without gaps or reuse.
CREATE TABLE receipt_series (
    tenant_id     text        NOT NULL REFERENCES organization (id),
    id            text        NOT NULL,
    receipt_code  text        NOT NULL CHECK (receipt_code ~ '^[0-9]{8}$'),
    first_no      bigint      NOT NULL CHECK (first_no >= 1 AND first_no <= 9999999999),
    last_no       bigint      NOT NULL CHECK (last_no <= 9999999999),
    next_no       bigint      NOT NULL,
    registered_at timestamptz NOT NULL,
    registered_by text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (first_no <= last_no),
    CHECK (next_no BETWEEN first_no AND last_no + 1)
);
CREATE INDEX receipt_series_code_idx ON receipt_series (tenant_id, receipt_code, first_no);

CREATE TABLE receipt (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    id               text        NOT NULL,
    series_id        text        NOT NULL,
    receipt_code     text        NOT NULL,   -- 票据代码
    receipt_no       bigint      NOT NULL,   -- 票据号码
    check_code       text        NOT NULL,   -- 校验码
    donation_id      text        NOT NULL,
    payer_name       text        NOT NULL,   -- 交款人
    payer_code       text,                   -- 交款人统一社会信用代码
    issued_on        date        NOT NULL,   -- 开票日期
    project_code     text        NOT NULL,   -- 项目编码
    project_name     text        NOT NULL,   -- 项目名称
    item_unit        text,                   -- 单位
    quantity         numeric(18, 4) NOT NULL,-- 数量
    standard_fen     bigint      NOT NULL,   -- 标准
    amount_fen       bigint      NOT NULL CHECK (amount_fen > 0),   -- 金额
    remark           text,                   -- 备注
    status           text        NOT NULL CHECK (status IN ('ISSUED', 'VOID')),
    issued_at        timestamptz NOT NULL,
    issued_by        text        NOT NULL,
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, receipt_code, receipt_no),
    FOREIGN KEY (tenant_id, series_id) REFERENCES receipt_series (tenant_id, id),
    FOREIGN KEY (tenant_id, donation_id) REFERENCES donation (tenant_id, id),
    CHECK ((status = 'VOID') = (voided_at IS NOT NULL AND void_reason IS NOT NULL))
);
-- At most one valid receipt per donation; a voided one may be replaced by a new number.
CREATE UNIQUE INDEX receipt_one_valid_idx ON receipt (tenant_id, donation_id) WHERE status = 'ISSUED';
CREATE INDEX receipt_issued_idx ON receipt (tenant_id, issued_on, id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['donation_donor', 'donation', 'receipt_series', 'receipt'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON donation_donor, donation, receipt_series, receipt TO ${appRole};
