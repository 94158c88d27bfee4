-- The buyer's dashboard, faster (issue 20): monthly rollups above the V65 daily ones, so that the
-- summary over a year reads a few thousand rows instead of tens of thousands of daily ones.
--
-- Grain: one row per (tenant, contract, month, item, status, satisfaction) with the number of
-- orders, and per (tenant, contract, month, rule, status) with the number of flags; month is the
-- first day of the service day's month. Money is not kept here: the dashboard prices a month by
-- the contract version in force on its first day, and falls back to the daily rollup for the
-- (rare) contract months in which an amendment takes effect on a day other than the 1st, so the
-- figures stay exactly those of the daily path (PurchaseDashboardIT proves the equality).
--
-- Maintenance: row triggers on the daily rollups themselves, which the V65 triggers change in the
-- transaction of each order or flag change; the month row moves by the day row's change
-- (NEW - OLD), so both rollups always agree. The same two policies as the daily rollups.

CREATE TABLE purchase_order_month (
    tenant_id     text    NOT NULL,
    contract_id   text    NOT NULL,
    month         date    NOT NULL CHECK (extract(day FROM month) = 1),
    item_code     text    NOT NULL,
    status        text    NOT NULL,
    satisfaction  int     NOT NULL CHECK (satisfaction BETWEEN 0 AND 5), -- 0: not rated
    buyer_org     text    NOT NULL,
    provider_org  text    NOT NULL,
    orders        bigint  NOT NULL, -- no CHECK (orders >= 0): see V65
    PRIMARY KEY (tenant_id, contract_id, month, item_code, status, satisfaction)
);

CREATE TABLE purchase_flag_month (
    tenant_id     text    NOT NULL,
    contract_id   text    NOT NULL,
    month         date    NOT NULL CHECK (extract(day FROM month) = 1),
    rule          text    NOT NULL,
    status        text    NOT NULL,
    buyer_org     text    NOT NULL,
    provider_org  text    NOT NULL,
    flags         bigint  NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, month, rule, status)
);

ALTER TABLE purchase_order_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_month FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_month FORCE ROW LEVEL SECURITY;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['purchase_order_month', 'purchase_flag_month'] LOOP
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

GRANT SELECT, INSERT, UPDATE ON purchase_order_month, purchase_flag_month TO ${appRole};

-- The daily rows only ever change by INSERT .. ON CONFLICT DO UPDATE (V65): an insert adds its
-- orders, an update the difference. A day row never changes its key.
CREATE FUNCTION purchase_order_month_track() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    delta bigint := NEW.orders - CASE WHEN TG_OP = 'UPDATE' THEN OLD.orders ELSE 0 END;
BEGIN
    IF delta = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO purchase_order_month AS m (tenant_id, contract_id, month, item_code, status,
                                           satisfaction, buyer_org, provider_org, orders)
    VALUES (NEW.tenant_id, NEW.contract_id, date_trunc('month', NEW.service_date)::date,
            NEW.item_code, NEW.status, NEW.satisfaction, NEW.buyer_org, NEW.provider_org, delta)
    ON CONFLICT (tenant_id, contract_id, month, item_code, status, satisfaction)
    DO UPDATE SET orders = m.orders + EXCLUDED.orders;
    RETURN NULL;
END $$;

CREATE TRIGGER purchase_order_month_track
    AFTER INSERT OR UPDATE OF orders ON purchase_order_day
    FOR EACH ROW EXECUTE FUNCTION purchase_order_month_track();

CREATE FUNCTION purchase_flag_month_track() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    delta bigint := NEW.flags - CASE WHEN TG_OP = 'UPDATE' THEN OLD.flags ELSE 0 END;
BEGIN
    IF delta = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO purchase_flag_month AS m (tenant_id, contract_id, month, rule, status, buyer_org,
                                          provider_org, flags)
    VALUES (NEW.tenant_id, NEW.contract_id, date_trunc('month', NEW.service_date)::date, NEW.rule,
            NEW.status, NEW.buyer_org, NEW.provider_org, delta)
    ON CONFLICT (tenant_id, contract_id, month, rule, status)
    DO UPDATE SET flags = m.flags + EXCLUDED.flags;
    RETURN NULL;
END $$;

CREATE TRIGGER purchase_flag_month_track
    AFTER INSERT OR UPDATE OF flags ON purchase_flag_day
    FOR EACH ROW EXECUTE FUNCTION purchase_flag_month_track();

-- Backfill from the daily rollups (the owner reads all tenants in this transaction only, as V65).
ALTER TABLE purchase_order_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_month NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_month NO FORCE ROW LEVEL SECURITY;

INSERT INTO purchase_order_month (tenant_id, contract_id, month, item_code, status, satisfaction,
                                  buyer_org, provider_org, orders)
SELECT tenant_id, contract_id, date_trunc('month', service_date)::date, item_code, status,
       satisfaction, buyer_org, provider_org, sum(orders)
FROM purchase_order_day
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO purchase_flag_month (tenant_id, contract_id, month, rule, status, buyer_org,
                                 provider_org, flags)
SELECT tenant_id, contract_id, date_trunc('month', service_date)::date, rule, status, buyer_org,
       provider_org, sum(flags)
FROM purchase_flag_day
GROUP BY 1, 2, 3, 4, 5, 6, 7;

ALTER TABLE purchase_order_day FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_day FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_month FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_flag_month FORCE ROW LEVEL SECURITY;
