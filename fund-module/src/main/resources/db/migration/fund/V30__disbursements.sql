-- Disbursements (救助/项目支出) against a fund and the emergency fast lane (先行救助). Money moves only
-- through the books (accounting seam, V10): a payment is one system voucher 510102 / 1002 charged to
-- the fund. These tables hold the documents: request, approvals, rejection, payment, backfill and
-- recovery. tenant_id leads every key. V30-V39 are reserved for disbursements and compliance.

-- The organization's disbursement rules, append-only by version (an update names the version it
-- read, so two concurrent edits cannot both win). Amounts in fen.
CREATE TABLE disbursement_settings (
    tenant_id                   text        NOT NULL,
    version                     bigint      NOT NULL CHECK (version >= 1),
    single_approver_limit       bigint      NOT NULL CHECK (single_approver_limit >= 0),
    fast_fund_id                text,
    fast_case_cap               bigint CHECK (fast_case_cap IS NULL OR fast_case_cap > 0),
    fast_yearly_limit           bigint CHECK (fast_yearly_limit IS NULL OR fast_yearly_limit > 0),
    backfill_working_days       int         NOT NULL CHECK (backfill_working_days BETWEEN 1 AND 30),
    updated_by                  text        NOT NULL,
    updated_at                  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, version),
    FOREIGN KEY (tenant_id, fast_fund_id) REFERENCES accounting_fund (tenant_id, id),
    CHECK ((fast_fund_id IS NULL) = (fast_case_cap IS NULL) AND (fast_fund_id IS NULL) = (fast_yearly_limit IS NULL))
);

CREATE TABLE disbursement (
    tenant_id             text        NOT NULL,
    id                    text        NOT NULL,
    lane                  text        NOT NULL CHECK (lane IN ('STANDARD', 'FAST')),
    fund_id               text        NOT NULL,
    beneficiary_kind      text        NOT NULL CHECK (beneficiary_kind IN ('PERSON', 'ORGANIZATION')),
    beneficiary_name      text        NOT NULL,
    beneficiary_id_type   text,
    beneficiary_id_masked text,
    beneficiary_id_cipher text,
    -- HMAC of the person's document (or the organization's credit code): the per-person limit's key.
    beneficiary_key       text        NOT NULL,
    beneficiary_credit_code text,
    purpose               text        NOT NULL,
    cause                 text,
    amount                bigint      NOT NULL CHECK (amount > 0),
    evidence              text        NOT NULL DEFAULT '[]',
    status                text        NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'PAID')),
    required_approvals    int         NOT NULL CHECK (required_approvals BETWEEN 1 AND 2),
    requested_by          text        NOT NULL,
    requested_by_name     text        NOT NULL,
    requested_at          timestamptz NOT NULL,
    created_at            timestamptz NOT NULL,
    rejected_by           text,
    rejection_reason      text,
    rejected_at           timestamptz,
    paid_by               text,
    paid_at               timestamptz,
    paid_on               date,
    bank_reference        text,
    voucher_id            text,
    voucher_number        text,
    backfill_status       text CHECK (backfill_status IN ('PENDING', 'APPROVED', 'REJECTED')),
    backfill_due          date,
    backfill_due_estimated boolean,
    backfill_by           text,
    backfill_at           timestamptz,
    backfill_reason       text,
    backfill_escalated_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, fund_id) REFERENCES accounting_fund (tenant_id, id),
    FOREIGN KEY (tenant_id, voucher_id) REFERENCES accounting_voucher (tenant_id, id),
    CHECK ((status = 'PAID') = (voucher_id IS NOT NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((lane = 'FAST') = (backfill_status IS NOT NULL))
);
CREATE INDEX disbursement_list_idx ON disbursement (tenant_id, created_at DESC, id);
CREATE INDEX disbursement_backfill_idx ON disbursement (tenant_id, backfill_due) WHERE backfill_status = 'PENDING';
CREATE INDEX disbursement_person_idx ON disbursement (tenant_id, beneficiary_key, cause) WHERE lane = 'FAST';

-- One row per approver: the key stops one person approving twice, even in a race.
CREATE TABLE disbursement_approval (
    tenant_id       text        NOT NULL,
    disbursement_id text        NOT NULL,
    approver_id     text        NOT NULL,
    approver_name   text        NOT NULL,
    approved_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, disbursement_id, approver_id),
    FOREIGN KEY (tenant_id, disbursement_id) REFERENCES disbursement (tenant_id, id)
);

-- A fast-lane payment whose backfill was rejected: the money is to be recovered.
CREATE TABLE disbursement_recovery (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,
    disbursement_id text        NOT NULL,
    amount          bigint      NOT NULL CHECK (amount > 0),
    reason          text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'RECOVERED', 'WRITTEN_OFF')),
    opened_by       text        NOT NULL,
    opened_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, disbursement_id),
    FOREIGN KEY (tenant_id, disbursement_id) REFERENCES disbursement (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['disbursement_settings', 'disbursement', 'disbursement_approval',
                             'disbursement_recovery'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON disbursement_settings, disbursement_approval TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON disbursement, disbursement_recovery TO ${appRole};
