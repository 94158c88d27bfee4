-- 服务捐赠 (donated services, 民间非营利组织会计制度 2024 revision): approved volunteer hours of a month
-- valued at the organization's fair rate and posted to the books as one system voucher
-- (Dr 510103 业务活动成本-服务捐赠 / Cr 410103 捐赠收入-服务捐赠). See ADR 0018.

-- The organization's rate and whether it recognises donated services; versioned (ETag), never
-- updated in place, so every rate that was ever used stays readable.
CREATE TABLE service_donation_settings (
    tenant_id          text        NOT NULL,
    version            bigint      NOT NULL CHECK (version > 0),
    rate_fen_per_hour  bigint      NOT NULL CHECK (rate_fen_per_hour > 0),
    recognised         boolean     NOT NULL,
    updated_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

-- One run of "record service donations for month YYYY-MM" that posted something.
CREATE TABLE service_donation_run (
    tenant_id          text        NOT NULL,
    id                 text        NOT NULL,
    month              text        NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    voucher_id         text,
    voucher_period     text,
    voucher_number     text,
    voucher_date       date,
    rate_fen_per_hour  bigint      NOT NULL CHECK (rate_fen_per_hour > 0),
    record_count       int         NOT NULL CHECK (record_count >= 0),
    minutes            bigint      NOT NULL CHECK (minutes >= 0),
    amount_fen         bigint      NOT NULL CHECK (amount_fen >= 0),
    reversed_count     int         NOT NULL CHECK (reversed_count >= 0),
    reversed_minutes   bigint      NOT NULL CHECK (reversed_minutes >= 0),
    reversed_fen       bigint      NOT NULL CHECK (reversed_fen >= 0),
    run_by             text        NOT NULL,
    run_at             timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX service_donation_run_month_idx ON service_donation_run (tenant_id, month, run_at);

-- Every service record ever valued, once: the key (tenant_id, record_id) is what makes a
-- re-run never count a record twice. A record superseded by a correction after booking is
-- reversed by a later run (reversed_run_id), and stays here so it is never valued again.
CREATE TABLE service_donation_entry (
    tenant_id          text        NOT NULL,
    record_id          text        NOT NULL,
    run_id             text        NOT NULL,
    service_month      text        NOT NULL,
    minutes            int         NOT NULL CHECK (minutes > 0),
    rate_fen_per_hour  bigint      NOT NULL CHECK (rate_fen_per_hour > 0),
    amount_fen         bigint      NOT NULL CHECK (amount_fen >= 0),
    reversed_run_id    text,
    PRIMARY KEY (tenant_id, record_id),
    FOREIGN KEY (tenant_id, record_id) REFERENCES service_record (tenant_id, id),
    FOREIGN KEY (tenant_id, run_id) REFERENCES service_donation_run (tenant_id, id),
    FOREIGN KEY (tenant_id, reversed_run_id) REFERENCES service_donation_run (tenant_id, id)
);
CREATE INDEX service_donation_entry_month_idx ON service_donation_entry (tenant_id, service_month)
    WHERE reversed_run_id IS NULL;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['service_donation_settings', 'service_donation_run',
                             'service_donation_entry'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON service_donation_settings, service_donation_run TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON service_donation_entry TO ${appRole};
