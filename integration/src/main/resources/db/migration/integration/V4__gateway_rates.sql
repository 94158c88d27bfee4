-- Agreed request rates per gateway and tenant (issue 21; docs/decisions/0016-integration-camel.md,
-- "Throttling"). One row per (tenant, gateway) holds the gateway's theoretical arrival time (GCRA):
-- a request is admitted when that time is not further ahead than its tolerance, and pushes it on by
-- one interval, in one UPDATE. Every node admits through the same row, so the agreed rate holds for
-- the cluster, not per node. Outbound: the relay waits for its slot before it sends (gateways of the
-- receiving systems); inbound: the province gateway's pushes beyond the rate are answered 429.
-- An organization may set its own rate per outbound flow (NULL: the platform's default).
-- sent_by: which relay (node and route) delivered an event, for operations and the proof that two
-- relays on one database never deliver an event twice.

CREATE TABLE integration_rate_slot (
    tenant_id  text        NOT NULL,
    gateway    text        NOT NULL CHECK (gateway ~ '^[a-z0-9-]{1,40}$'),
    tat        timestamptz NOT NULL,   -- theoretical arrival time of the next request
    PRIMARY KEY (tenant_id, gateway)
);
ALTER TABLE integration_rate_slot ENABLE ROW LEVEL SECURITY;
ALTER TABLE integration_rate_slot FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON integration_rate_slot
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON integration_rate_slot TO ${appRole};

ALTER TABLE integration_flow_setting ADD COLUMN rate_per_minute integer
    CHECK (rate_per_minute BETWEEN 1 AND 60000);

ALTER TABLE integration_outbox ADD COLUMN sent_by text;
