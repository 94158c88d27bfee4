-- Time bank rules, versioned per organization with effective dates: a posting uses the version in
-- force on its effective date (the latest effective_from on or before it). Versions are insert-only.
CREATE TABLE time_bank_rules (
    tenant_id                            text        NOT NULL REFERENCES organization (id),
    effective_from                       date        NOT NULL,
    cap_minutes                          bigint      NOT NULL CHECK (cap_minutes >= 0),
    category_weights                     text        NOT NULL,   -- JSON object: category -> weight
    redeem_from_age                      int         NOT NULL CHECK (redeem_from_age BETWEEN 0 AND 120),
    family_min_age                       int         NOT NULL CHECK (family_min_age BETWEEN 0 AND 120),
    family_transfer_max_minutes_per_year bigint      NOT NULL CHECK (family_transfer_max_minutes_per_year >= 0),
    group_activity_donate_only           boolean     NOT NULL,
    dormancy_days                        int         NOT NULL CHECK (dormancy_days BETWEEN 30 AND 3650),
    deceased_balance                     text        NOT NULL CHECK (deceased_balance IN ('HEIR_OR_POOL', 'POOL')),
    created_by                           text        NOT NULL,
    created_at                           timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, effective_from)
);

ALTER TABLE time_bank_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_bank_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON time_bank_rules
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT ON time_bank_rules TO ${appRole};
