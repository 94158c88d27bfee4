-- The transactional outbox and its dead letters (docs/decisions/0016-integration-camel.md).
-- An event is written in the same transaction as the domain change it reports; the relay (a Camel
-- route) claims due events per tenant with FOR UPDATE SKIP LOCKED, so several nodes never send the
-- same event at once. tenant_id leads every key. V1-V19 are reserved for the integration module.

CREATE TABLE integration_outbox (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,   -- the event id: the idempotency key at the receiver
    seq             bigint      GENERATED ALWAYS AS IDENTITY,
    flow            text        NOT NULL CHECK (flow IN ('MZT061_SERVICE_RECORD')),
    aggregate_id    text        NOT NULL,   -- events of one aggregate are sent in seq order
    payload         text        NOT NULL,   -- JSON; personal numbers only masked (resolved at send)
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    attempts        int         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    first_attempt_at timestamptz,
    last_attempt_at timestamptz,
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, seq),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX integration_outbox_due_idx ON integration_outbox (tenant_id, next_attempt_at, seq)
    WHERE status = 'PENDING';
CREATE INDEX integration_outbox_aggregate_idx ON integration_outbox (tenant_id, aggregate_id, seq)
    WHERE status = 'PENDING';

-- An event that failed for good (a permanent 4xx, or too many attempts). Staff replay it (the same
-- event id goes out again, so the receiver still deduplicates) or discard it with a reason.
CREATE TABLE integration_dead_letter (
    tenant_id        text        NOT NULL,
    id               text        NOT NULL,
    event_id         text        NOT NULL,
    flow             text        NOT NULL,
    aggregate_id     text        NOT NULL,
    payload          text        NOT NULL,
    last_error       text        NOT NULL,
    attempts         int         NOT NULL CHECK (attempts >= 1),
    first_attempt_at timestamptz NOT NULL,
    last_attempt_at  timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'REPLAYED', 'DISCARDED')),
    resolved_by      text,
    resolved_at      timestamptz,
    discard_reason   text,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES integration_outbox (tenant_id, id),
    CHECK ((status = 'OPEN') = (resolved_at IS NULL)),
    CHECK ((status = 'DISCARDED') = (discard_reason IS NOT NULL))
);
CREATE INDEX integration_dead_letter_list_idx ON integration_dead_letter (tenant_id, created_at DESC, id);
-- At most one open dead letter per event (a replayed event that fails again opens a new one).
CREATE UNIQUE INDEX integration_dead_letter_open_idx ON integration_dead_letter (tenant_id, event_id)
    WHERE status = 'OPEN';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['integration_outbox', 'integration_dead_letter'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
        -- Only the owner (i.e. the two functions below) reads across tenants, and only to read.
        EXECUTE format('CREATE POLICY integration_owner_reads ON %I FOR SELECT TO CURRENT_USER'
                       ' USING (true)', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON integration_outbox, integration_dead_letter TO ${appRole};

-- The tenants with events due now: the relay then works each tenant in its own bound transaction.
-- Reveals tenant ids only.
CREATE FUNCTION integration_due_tenants(p_limit int)
    RETURNS TABLE (tenant_id text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT o.tenant_id FROM integration_outbox o
    WHERE o.status = 'PENDING' AND o.next_attempt_at <= now()
    ORDER BY o.tenant_id LIMIT p_limit
$$;

-- Platform-wide totals for /health: counts only.
CREATE FUNCTION integration_totals()
    RETURNS TABLE (pending bigint, open_dead_letters bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (SELECT count(*) FROM integration_outbox WHERE status = 'PENDING'),
           (SELECT count(*) FROM integration_dead_letter WHERE status = 'OPEN')
$$;

REVOKE ALL ON FUNCTION integration_due_tenants(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION integration_totals() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION integration_due_tenants(int) TO ${appRole};
GRANT EXECUTE ON FUNCTION integration_totals() TO ${appRole};
