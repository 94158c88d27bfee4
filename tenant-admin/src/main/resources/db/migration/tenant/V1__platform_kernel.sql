-- Platform kernel: organizations (the tenant registry), people, memberships, settings, audit log,
-- idempotency records. Runs as the owner role; the application role (${appRole}) owns nothing.
--
-- Tenant tables: tenant_id leads every primary, unique and foreign key (Citus-ready) and row level
-- security is ENABLEd and FORCEd with a policy on the transaction-local setting app.tenant_id.
-- Without that setting a query sees no rows (fails closed).

CREATE TABLE organization (
    id               text PRIMARY KEY,
    name             text        NOT NULL,
    type             text        NOT NULL CHECK (type IN ('SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'GOVERNMENT_BUYER')),
    credit_code      text        NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    region_code      text        NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    contact_name     text        NOT NULL,
    contact_phone    text        NOT NULL, -- AES-GCM ciphertext
    contact_phone_masked text    NOT NULL,
    contact_email    text,
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX organization_name_idx ON organization (lower(name));

-- People are platform-wide, keyed by an HMAC of the ID number; ID and phone numbers are encrypted.
CREATE TABLE person (
    id               text PRIMARY KEY,
    id_key           text        NOT NULL UNIQUE, -- HMAC-SHA256 of the normalised ID number
    id_type          text        NOT NULL,
    id_number        text        NOT NULL,        -- AES-GCM ciphertext
    id_number_masked text        NOT NULL,
    name             text        NOT NULL,
    phone            text,                        -- AES-GCM ciphertext
    phone_masked     text,
    email            text,
    keycloak_user_id text UNIQUE,
    created_at       timestamptz NOT NULL
);

CREATE TABLE membership (
    tenant_id  text        NOT NULL REFERENCES organization (id),
    person_id  text        NOT NULL REFERENCES person (id),
    roles      text        NOT NULL DEFAULT '',  -- comma-separated org roles, sorted
    status     text        NOT NULL CHECK (status IN ('ACTIVE', 'REMOVED')),
    joined_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, person_id)
);
CREATE INDEX membership_person_idx ON membership (person_id);

-- Every version of an organization's settings is kept (append-only); the highest is in force.
CREATE TABLE org_settings (
    tenant_id  text        NOT NULL REFERENCES organization (id),
    version    bigint      NOT NULL CHECK (version >= 1),
    settings   text        NOT NULL CHECK (jsonb_typeof(settings::jsonb) = 'object'),
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

-- Append-only, hash-chained audit log per tenant. audit_head serialises appends per tenant.
CREATE TABLE audit_head (
    tenant_id text   NOT NULL REFERENCES organization (id),
    last_seq  bigint NOT NULL,
    last_hash text   NOT NULL,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE audit_record (
    tenant_id     text        NOT NULL,
    seq           bigint      NOT NULL,
    occurred_at   timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    entity_type   text        NOT NULL,
    entity_id     text        NOT NULL,
    before_digest text,
    after_digest  text,
    prev_hash     text        NOT NULL,
    hash          text        NOT NULL,
    PRIMARY KEY (tenant_id, seq),
    FOREIGN KEY (tenant_id) REFERENCES audit_head (tenant_id)
);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();

-- Idempotency-Key records. tenant_id '_platform' holds the keys of platform endpoints.
CREATE TABLE idempotency_record (
    tenant_id       text        NOT NULL,
    idem_key        text        NOT NULL,
    request_hash    text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status int,
    response_body   text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, idem_key)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['membership', 'org_settings', 'audit_head', 'audit_record', 'idempotency_record'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- A person's own memberships across organizations (GET /api/v1/me): the one narrow cross-tenant
-- read, through a function that returns only the given person's rows.
CREATE POLICY person_own_memberships ON membership FOR SELECT TO CURRENT_USER
    USING (current_setting('app.cross_tenant_person', true) = person_id);

CREATE FUNCTION memberships_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, roles text, status text, org_name text, org_status text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.cross_tenant_person', p_person_id, true);
    RETURN QUERY SELECT m.tenant_id, m.roles, m.status, o.name, o.status
                 FROM membership m JOIN organization o ON o.id = m.tenant_id
                 WHERE m.person_id = p_person_id ORDER BY m.tenant_id;
    PERFORM set_config('app.cross_tenant_person', '', true);
END $$;
REVOKE ALL ON FUNCTION memberships_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION memberships_of_person(text) TO ${appRole};

GRANT SELECT, INSERT, UPDATE ON organization, person, membership, audit_head TO ${appRole};
GRANT SELECT, INSERT ON org_settings TO ${appRole};
GRANT SELECT, INSERT ON audit_record TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_record TO ${appRole};
