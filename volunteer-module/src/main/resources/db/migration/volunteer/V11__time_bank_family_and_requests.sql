-- Time bank withdrawals: family beneficiaries of a volunteer, transfers to them, and service
-- requests that hold the requester's hours until staff confirm the delivery. Balances live in the
-- ledger (TIME_CREDIT accounts owned by ('BENEFICIARY', id), the org's TIME_HELD account); these
-- tables only keep the facts the ledger does not: who is related to whom, and a request's state.

-- A volunteer's spouse or lineal relative (直系亲属), verified by staff. Their ID and phone live
-- encrypted on the platform person; the beneficiary row holds no identifying number.
CREATE TABLE time_beneficiary (
    tenant_id     text        NOT NULL REFERENCES organization (id),
    id            text        NOT NULL,
    volunteer_id  text        NOT NULL,
    person_id     text        NOT NULL REFERENCES person (id),
    relation      text        NOT NULL
        CHECK (relation IN ('SPOUSE', 'PARENT', 'CHILD', 'GRANDPARENT', 'GRANDCHILD')),
    name          text        NOT NULL,
    birth_date    date        NOT NULL,
    evidence      text        NOT NULL,
    registered_by text        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    -- One registration per volunteer and person (the insert uses ON CONFLICT on it: 409, no 500).
    UNIQUE (tenant_id, volunteer_id, person_id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id)
);

-- One transfer of hours from a volunteer to a beneficiary; the yearly limit sums these rows
-- under the lock of the volunteer's time account.
CREATE TABLE time_family_transfer (
    tenant_id      text        NOT NULL REFERENCES organization (id),
    id             text        NOT NULL,
    volunteer_id   text        NOT NULL,
    beneficiary_id text        NOT NULL,
    minutes        bigint      NOT NULL CHECK (minutes > 0),
    effective_date date        NOT NULL,
    transaction_id text        NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, transaction_id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, beneficiary_id) REFERENCES time_beneficiary (tenant_id, id)
);
CREATE INDEX time_family_transfer_year_idx
    ON time_family_transfer (tenant_id, volunteer_id, effective_date);

-- A withdrawal: the requester (a volunteer or a beneficiary) asks for a service; the hours are
-- held on creation and settled to the provider (or released) exactly once.
CREATE TABLE time_service_request (
    tenant_id                text        NOT NULL REFERENCES organization (id),
    id                       text        NOT NULL,
    requester_volunteer_id   text,
    requester_beneficiary_id text,
    service_category         text        NOT NULL,
    description              text        NOT NULL,
    held_minutes             bigint      NOT NULL CHECK (held_minutes > 0),
    scheduled_for            timestamptz,
    status                   text        NOT NULL
        CHECK (status IN ('OPEN', 'ASSIGNED', 'CONFIRMED', 'CANCELLED')),
    provider_volunteer_id    text,
    delivered_minutes        bigint      CHECK (delivered_minutes > 0),
    created_by               text        NOT NULL,
    created_at               timestamptz NOT NULL,
    assigned_by              text,
    assigned_at              timestamptz,
    closed_by                text,
    closed_at                timestamptz,
    version                  bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    CHECK ((requester_volunteer_id IS NULL) <> (requester_beneficiary_id IS NULL)),
    CHECK (status NOT IN ('ASSIGNED', 'CONFIRMED') OR provider_volunteer_id IS NOT NULL),
    CHECK ((status = 'CONFIRMED') = (delivered_minutes IS NOT NULL)),
    CHECK (delivered_minutes IS NULL OR delivered_minutes <= held_minutes),
    FOREIGN KEY (tenant_id, requester_volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, requester_beneficiary_id) REFERENCES time_beneficiary (tenant_id, id),
    FOREIGN KEY (tenant_id, provider_volunteer_id) REFERENCES volunteer (tenant_id, id)
);
CREATE INDEX time_service_request_requester_idx
    ON time_service_request (tenant_id, requester_volunteer_id);
CREATE INDEX time_service_request_provider_idx
    ON time_service_request (tenant_id, provider_volunteer_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['time_beneficiary', 'time_family_transfer', 'time_service_request'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON time_beneficiary, time_family_transfer TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON time_service_request TO ${appRole};
