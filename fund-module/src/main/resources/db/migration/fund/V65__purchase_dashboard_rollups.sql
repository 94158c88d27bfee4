-- The buyer's dashboard (issue 20, ADR 0015 part B): exact daily rollups of service orders and of
-- anomaly flags, so that the summary over a million orders reads a few tens of thousands of rows.
--
-- Grain: one row per (tenant, contract, service day, item, status, satisfaction) with the number of
-- orders. The day, not the month, is kept because an amendment may change the version in force
-- (and so the unit price) from any day on: the dashboard prices each day's deliveries with the
-- version in force on that day, as ServiceOrders.itemOn does, and stays exact after an amendment.
--
-- Maintenance: row triggers on purchase_order and purchase_order_flag, in the transaction of the
-- change itself (order transitions, follow-ups, the peer copies written by the V61/V62 functions),
-- so a rollup never disagrees with its orders. Both sides' copies are rolled up in their own
-- tenant, under the same two policies as the orders (tenant_isolation, purchase_peer).
-- Concurrency: each change adds -1/+1 through one INSERT .. ON CONFLICT DO UPDATE whose rows are
-- sorted, so two transactions lock shared rollup rows in the same order (no deadlock), and the
-- row lock serializes the increments (exact).

CREATE TABLE purchase_order_day (
    tenant_id     text    NOT NULL,
    contract_id   text    NOT NULL,
    service_date  date    NOT NULL,
    item_code     text    NOT NULL,
    status        text    NOT NULL,
    satisfaction  int     NOT NULL CHECK (satisfaction BETWEEN 0 AND 5), -- 0: not rated
    buyer_org     text    NOT NULL,
    provider_org  text    NOT NULL,
    -- No CHECK (orders >= 0): PostgreSQL checks the proposed row of INSERT .. ON CONFLICT before
    -- the conflict, and a transition proposes -1 for the row it leaves.
    orders        bigint  NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, service_date, item_code, status, satisfaction)
);
CREATE INDEX purchase_order_day_date_idx ON purchase_order_day (tenant_id, service_date);

CREATE TABLE purchase_flag_day (
    tenant_id     text    NOT NULL,
    contract_id   text    NOT NULL,
    service_date  date    NOT NULL,
    rule          text    NOT NULL,
    status        text    NOT NULL,
    buyer_org     text    NOT NULL,
    provider_org  text    NOT NULL,
    flags         bigint  NOT NULL, -- no CHECK, as above
    PRIMARY KEY (tenant_id, contract_id, service_date, rule, status)
);

-- The dashboard's order drill-down lists by contract and day.
-- V63 (settlement) made this index without the id; the id makes it serve keyset pages too.
DROP INDEX purchase_order_contract_day_idx;
CREATE INDEX purchase_order_contract_day_idx
    ON purchase_order (tenant_id, contract_id, service_date, id);

ALTER TABLE purchase_order_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_day FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day FORCE ROW LEVEL SECURITY;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['purchase_order_day', 'purchase_flag_day'] LOOP
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
        EXECUTE format('CREATE POLICY purchase_peer ON %I TO CURRENT_USER'
                       ' USING (tenant_id = current_setting(''app.purchase_peer'', true)'
                       '        AND current_setting(''app.tenant_id'', true) IN (buyer_org, provider_org))'
                       ' WITH CHECK (tenant_id = current_setting(''app.purchase_peer'', true)'
                       '        AND current_setting(''app.tenant_id'', true) IN (buyer_org, provider_org))', t);
    END LOOP;
END $$;

-- The triggers run as whoever changes the order: the app role on its own tenant, or the owner in
-- a peer function (under purchase_peer). Hence the grants.
GRANT SELECT, INSERT, UPDATE ON purchase_order_day, purchase_flag_day TO ${appRole};

CREATE FUNCTION purchase_order_day_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.contract_id = OLD.contract_id AND NEW.service_date = OLD.service_date
       AND NEW.item_code = OLD.item_code AND NEW.status = OLD.status
       AND NEW.satisfaction IS NOT DISTINCT FROM OLD.satisfaction THEN
        RETURN NULL;
    END IF;
    INSERT INTO purchase_order_day AS d (tenant_id, contract_id, service_date, item_code, status,
                                         satisfaction, buyer_org, provider_org, orders)
    SELECT c.tenant_id, c.contract_id, c.service_date, c.item_code, c.status, c.satisfaction,
           c.buyer_org, c.provider_org, sum(c.delta)
    FROM (SELECT OLD.tenant_id, OLD.contract_id, OLD.service_date, OLD.item_code, OLD.status,
                 coalesce(OLD.satisfaction, 0) AS satisfaction, OLD.buyer_org, OLD.provider_org,
                 -1 AS delta
          WHERE TG_OP IN ('UPDATE', 'DELETE')
          UNION ALL
          SELECT NEW.tenant_id, NEW.contract_id, NEW.service_date, NEW.item_code, NEW.status,
                 coalesce(NEW.satisfaction, 0), NEW.buyer_org, NEW.provider_org, 1
          WHERE TG_OP IN ('INSERT', 'UPDATE')) AS c(tenant_id, contract_id, service_date, item_code,
                                                  status, satisfaction, buyer_org, provider_org, delta)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (tenant_id, contract_id, service_date, item_code, status, satisfaction)
    DO UPDATE SET orders = d.orders + EXCLUDED.orders;
    RETURN NULL;
END $$;

CREATE TRIGGER purchase_order_day_track
    AFTER INSERT OR UPDATE OR DELETE ON purchase_order
    FOR EACH ROW EXECUTE FUNCTION purchase_order_day_track();

-- A flag's day is its order's service date (the same tenant's copy of the order).
CREATE FUNCTION purchase_flag_day_track() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    day date;
    tid text := coalesce(NEW.tenant_id, OLD.tenant_id);
    oid text := coalesce(NEW.order_id, OLD.order_id);
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.rule = OLD.rule
       AND NEW.contract_id = OLD.contract_id THEN
        RETURN NULL;
    END IF;
    SELECT o.service_date INTO day FROM purchase_order o WHERE o.tenant_id = tid AND o.id = oid;
    INSERT INTO purchase_flag_day AS d (tenant_id, contract_id, service_date, rule, status,
                                        buyer_org, provider_org, flags)
    SELECT c.tenant_id, c.contract_id, day, c.rule, c.status, c.buyer_org, c.provider_org,
           sum(c.delta)
    FROM (SELECT OLD.tenant_id, OLD.contract_id, OLD.rule, OLD.status, OLD.buyer_org,
                 OLD.provider_org, -1 AS delta
          WHERE TG_OP IN ('UPDATE', 'DELETE')
          UNION ALL
          SELECT NEW.tenant_id, NEW.contract_id, NEW.rule, NEW.status, NEW.buyer_org,
                 NEW.provider_org, 1
          WHERE TG_OP IN ('INSERT', 'UPDATE')) AS c(tenant_id, contract_id, rule, status,
                                                  buyer_org, provider_org, delta)
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_id, contract_id, service_date, rule, status)
    DO UPDATE SET flags = d.flags + EXCLUDED.flags;
    RETURN NULL;
END $$;

CREATE TRIGGER purchase_flag_day_track
    AFTER INSERT OR UPDATE OR DELETE ON purchase_order_flag
    FOR EACH ROW EXECUTE FUNCTION purchase_flag_day_track();

-- Backfill what exists. The owner reads all tenants here (row level security is forced on it
-- otherwise), inside this migration's transaction only (the V45 pattern).
ALTER TABLE purchase_order NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_flag NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day NO FORCE ROW LEVEL SECURITY;

INSERT INTO purchase_order_day (tenant_id, contract_id, service_date, item_code, status,
                                satisfaction, buyer_org, provider_org, orders)
SELECT tenant_id, contract_id, service_date, item_code, status, coalesce(satisfaction, 0),
       buyer_org, provider_org, count(*)
FROM purchase_order
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO purchase_flag_day (tenant_id, contract_id, service_date, rule, status, buyer_org,
                               provider_org, flags)
SELECT f.tenant_id, f.contract_id, o.service_date, f.rule, f.status, f.buyer_org, f.provider_org,
       count(*)
FROM purchase_order_flag f
JOIN purchase_order o ON o.tenant_id = f.tenant_id AND o.id = f.order_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;

ALTER TABLE purchase_order FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_flag FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_day FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day FORCE ROW LEVEL SECURITY;
