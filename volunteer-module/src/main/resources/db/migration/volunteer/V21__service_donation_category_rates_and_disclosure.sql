-- 服务捐赠, second step (ADR 0018): fair rates per service category, and a disclosure-only mode.
--
-- The boolean "recognised" becomes a mode: OFF (runs refused), RECOGNISE (posted to the books, as
-- before) or DISCLOSE (valued and remembered for the notes to the statements; nothing posted).
ALTER TABLE service_donation_settings ADD COLUMN mode text;
UPDATE service_donation_settings SET mode = CASE WHEN recognised THEN 'RECOGNISE' ELSE 'OFF' END;
ALTER TABLE service_donation_settings ALTER COLUMN mode SET NOT NULL;
ALTER TABLE service_donation_settings
    ADD CONSTRAINT service_donation_settings_mode_check CHECK (mode IN ('OFF', 'RECOGNISE', 'DISCLOSE'));
ALTER TABLE service_donation_settings DROP COLUMN recognised;

-- Rates per service category of one settings version (the version's rate_fen_per_hour is the
-- default for any other category and for records without an activity).
CREATE TABLE service_donation_category_rate (
    tenant_id          text    NOT NULL,
    version            bigint  NOT NULL,
    position           int     NOT NULL CHECK (position BETWEEN 0 AND 49),
    category           text    NOT NULL CHECK (length(category) BETWEEN 1 AND 30),
    rate_fen_per_hour  bigint  NOT NULL CHECK (rate_fen_per_hour > 0),
    PRIMARY KEY (tenant_id, version, position),
    UNIQUE (tenant_id, version, category),
    FOREIGN KEY (tenant_id, version) REFERENCES service_donation_settings (tenant_id, version)
);
ALTER TABLE service_donation_category_rate ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_donation_category_rate FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_donation_category_rate
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT ON service_donation_category_rate TO ${appRole};

-- Runs and entries remember their mode; entries remember the category they were valued for (the
-- rate was already kept per entry). Everything before this step was recognised.
ALTER TABLE service_donation_run ADD COLUMN mode text NOT NULL DEFAULT 'RECOGNISE'
    CHECK (mode IN ('RECOGNISE', 'DISCLOSE'));
ALTER TABLE service_donation_run ALTER COLUMN mode DROP DEFAULT;
ALTER TABLE service_donation_entry ADD COLUMN mode text NOT NULL DEFAULT 'RECOGNISE'
    CHECK (mode IN ('RECOGNISE', 'DISCLOSE'));
ALTER TABLE service_donation_entry ALTER COLUMN mode DROP DEFAULT;
ALTER TABLE service_donation_entry ADD COLUMN category text;
