-- The outbound flows beyond MZ/T 061 (issue 21, part B; docs/decisions/0016-integration-camel.md):
-- volunteer certificates, donation receipts' data, contract settlements and the monthly home-care
-- statistics go through the same outbox. A dedupe key makes an event that must exist once per
-- (tenant, flow, key) -- a month's statistics, a settlement -- cluster-safe: several nodes may try,
-- the unique index lets one row in. Per-tenant flow settings (enabled, endpoint, credential kept
-- encrypted and never returned). V3 is this part's number.

ALTER TABLE integration_outbox DROP CONSTRAINT integration_outbox_flow_check;
ALTER TABLE integration_outbox ADD CONSTRAINT integration_outbox_flow_check
    CHECK (flow IN ('MZT061_SERVICE_RECORD', 'VOLUNTEER_CERTIFICATE', 'DONATION_RECEIPT',
                    'CONTRACT_SETTLEMENT', 'HOME_CARE_MONTHLY_STATS'));
ALTER TABLE integration_outbox ADD COLUMN dedupe_key text;
CREATE UNIQUE INDEX integration_outbox_dedupe_idx ON integration_outbox (tenant_id, flow, dedupe_key)
    WHERE dedupe_key IS NOT NULL;
CREATE INDEX integration_outbox_flow_idx ON integration_outbox (tenant_id, flow, status, created_at DESC, id);

CREATE TABLE integration_flow_setting (
    tenant_id        text        NOT NULL,
    flow             text        NOT NULL CHECK (flow IN ('MZT061_SERVICE_RECORD', 'VOLUNTEER_CERTIFICATE',
                                     'DONATION_RECEIPT', 'CONTRACT_SETTLEMENT', 'HOME_CARE_MONTHLY_STATS')),
    enabled          boolean     NOT NULL,
    endpoint         text,                  -- NULL: the platform's endpoint for the flow
    credential       text,                  -- encrypted (PiiCipher token); never returned by the API
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, flow),
    CHECK (endpoint IS NULL OR endpoint ~ '^https?://')
);
ALTER TABLE integration_flow_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE integration_flow_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON integration_flow_setting
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON integration_flow_setting TO ${appRole};

-- Platform-wide totals per flow for /health and the metrics: counts and ages only.
CREATE FUNCTION integration_flow_totals()
    RETURNS TABLE (flow text, pending bigint, sent bigint, open_dead_letters bigint,
                   oldest_pending_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT f.flow,
           (SELECT count(*) FROM integration_outbox o WHERE o.flow = f.flow AND o.status = 'PENDING'),
           (SELECT count(*) FROM integration_outbox o WHERE o.flow = f.flow AND o.status = 'SENT'),
           (SELECT count(*) FROM integration_dead_letter d WHERE d.flow = f.flow AND d.status = 'OPEN'),
           (SELECT min(o.created_at) FROM integration_outbox o WHERE o.flow = f.flow AND o.status = 'PENDING')
    FROM unnest(ARRAY['MZT061_SERVICE_RECORD', 'VOLUNTEER_CERTIFICATE', 'DONATION_RECEIPT',
                      'CONTRACT_SETTLEMENT', 'HOME_CARE_MONTHLY_STATS']) AS f(flow)
$$;
REVOKE ALL ON FUNCTION integration_flow_totals() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION integration_flow_totals() TO ${appRole};
