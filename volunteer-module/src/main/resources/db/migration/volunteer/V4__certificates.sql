-- Volunteer service certificates (志愿服务证明, 《志愿服务记录与证明出具办法（试行）》 Art. 15/17).
-- The facts are stored as the exact canonical text that was signed: text, not jsonb, because jsonb
-- re-orders and re-spaces members and the signature covers the bytes. Never deleted; revocation
-- only sets the status. Issued free of charge: there is no fee column on purpose.

CREATE TABLE certificate (
    tenant_id      text        NOT NULL REFERENCES organization (id),
    id             text        NOT NULL,
    certificate_no text        NOT NULL,   -- 证明编号, ZM-<year>-<seq>
    volunteer_id   text        NOT NULL,
    facts          text        NOT NULL,   -- canonical JSON (RFC 8785 subset), signed
    digest         text        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),   -- SHA-256 of facts
    signature      text        NOT NULL,   -- Ed25519 over facts, base64
    key_id         text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('VALID', 'REVOKED')),
    issued_at      timestamptz NOT NULL,
    issued_by      text        NOT NULL,
    revoked_at     timestamptz,
    revoked_by     text,
    revoke_reason  text,
    version        bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, certificate_no),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL AND revoke_reason IS NOT NULL))
);
CREATE INDEX certificate_volunteer_idx ON certificate (tenant_id, volunteer_id, issued_at);

CREATE TABLE certificate_counter (
    tenant_id text   NOT NULL REFERENCES organization (id),
    year      int    NOT NULL,
    last_no   bigint NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['certificate', 'certificate_counter'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON certificate, certificate_counter TO ${appRole};
