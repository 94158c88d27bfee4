-- 慈善法 compliance: the organization's profile (type, public-fundraising status, three-year
-- averages) for the spending and management-cost ratios, and disclosure records for the calendar of
-- 《慈善组织信息公开办法》. The meter itself reads the books (V10); nothing of it is stored.
-- tenant_id leads every key.

-- Append-only by version: an update names the version it read.
CREATE TABLE compliance_profile (
    tenant_id          text        NOT NULL,
    version            bigint      NOT NULL CHECK (version >= 1),
    org_type           text        NOT NULL CHECK (org_type IN ('FOUNDATION', 'SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY')),
    public_fundraising boolean     NOT NULL,
    three_year_average boolean     NOT NULL,
    updated_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

-- Registered disclosures (major transactions) and the disclosure of derived items (annual
-- reports, project leftovers), keyed by the item's stable key.
CREATE TABLE compliance_disclosure (
    tenant_id     text        NOT NULL,
    item_key      text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('ANNUAL_REPORT', 'MAJOR_TRANSACTION', 'PROJECT_LEFTOVER')),
    title         text        NOT NULL,
    arose_on      date        NOT NULL,
    disclosed_on  date,
    reference     text,
    disclosed_by  text,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, item_key),
    CHECK ((disclosed_on IS NULL) = (disclosed_by IS NULL))
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['compliance_profile', 'compliance_disclosure'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON compliance_profile TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON compliance_disclosure TO ${appRole};
