-- A volunteer's request to correct one of their service records (Art. 12-13). Staff resolve it
-- by correcting the record (a new record) or by declining with an explanation.

CREATE TABLE correction_request (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,
    record_id       text        NOT NULL,
    volunteer_id    text        NOT NULL,
    message         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'CORRECTED', 'DECLINED')),
    resolution      text,
    corrected_by_id text,
    resolved_by     text,
    resolved_at     timestamptz,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, record_id) REFERENCES service_record (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, corrected_by_id) REFERENCES service_record (tenant_id, id)
);
CREATE UNIQUE INDEX correction_request_open_idx ON correction_request (tenant_id, record_id)
    WHERE status = 'OPEN';

ALTER TABLE correction_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE correction_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON correction_request
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON correction_request TO ${appRole};
