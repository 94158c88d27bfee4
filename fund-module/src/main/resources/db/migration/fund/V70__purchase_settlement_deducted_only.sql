-- Settlement stores per order only what needs it (ADR 0020, "Outcome per order", amended): the
-- deducted orders with their reason. The paid orders are derived: while a draft, the month's
-- completed orders less the deducted ones; once accepted, the month's orders the acceptance made
-- SETTLED (a contract's month is settled once). A month of 100,000 orders no longer writes 100,000
-- outcome rows, and the acceptance and its copy to the provider move the orders set-wise.
-- Re-drafting stays reproducible: the lines are computed from the same data; acceptance compares
-- the month's order set against the fingerprint the draft stored (orders_digest) and the flags.

ALTER TABLE purchase_settlement ADD COLUMN orders_digest text;

-- The owner changes every tenant's rows here, inside this migration's transaction only (the V45
-- pattern), and the frozen trigger is off meanwhile: the paid rows of accepted settlements go (the
-- SETTLED orders say the same), the figures stay.
ALTER TABLE purchase_settlement_order NO FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_settlement_order DISABLE TRIGGER purchase_settlement_order_frozen;
DELETE FROM purchase_settlement_order WHERE outcome = 'PAID';
-- A failed check's detail only repeated its reason's label (the reason says it all).
UPDATE purchase_settlement_order SET detail = NULL WHERE reason = 'FAILED_CHECK';
ALTER TABLE purchase_settlement_order ENABLE TRIGGER purchase_settlement_order_frozen;
ALTER TABLE purchase_settlement_order FORCE ROW LEVEL SECURITY;
ALTER TABLE purchase_settlement_order DROP CONSTRAINT purchase_settlement_order_outcome_check;
ALTER TABLE purchase_settlement_order ADD CONSTRAINT purchase_settlement_order_outcome_check
    CHECK (outcome = 'DEDUCTED');

-- The follow-up of V63 with the paid orders derived: the provider's copies of the buyer's orders
-- of the month that are SETTLED become SETTLED with the buyer's transition, in one statement each.
CREATE OR REPLACE FUNCTION purchase_settlement_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me    text := current_setting('app.tenant_id', true);
    own   purchase_settlement%ROWTYPE;
    peer  text;
    n     int;
    first date;
    last  date;
BEGIN
    SELECT * INTO own FROM purchase_settlement s WHERE s.tenant_id = me AND s.id = p_id;
    IF NOT FOUND OR own.status = 'DRAFT' THEN
        RETURN 'NOT_FOUND';
    END IF;
    peer := CASE WHEN own.side = 'BUYER' THEN own.provider_org ELSE own.buyer_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF NOT EXISTS (SELECT 1 FROM purchase_contract c WHERE c.tenant_id = peer AND c.id = own.contract_id) THEN
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN 'PEER_CONTRACT_NOT_FOUND';
    END IF;
    IF own.side = 'BUYER' THEN
        INSERT INTO purchase_settlement (tenant_id, id, side, contract_id, buyer_org, provider_org,
            contract_no, month, status, version, order_count, gross_amount, deduction_amount, amount_due,
            drafted_by, drafted_at, accepted_by, accepted_at)
        VALUES (peer, own.id, 'PROVIDER', own.contract_id, own.buyer_org, own.provider_org, own.contract_no,
            own.month, 'ACCEPTED', 1, own.order_count, own.gross_amount, own.deduction_amount,
            own.amount_due, own.drafted_by, own.drafted_at, own.accepted_by, own.accepted_at)
        ON CONFLICT (tenant_id, id) DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 1 THEN
            first := to_date(own.month || '-01', 'YYYY-MM-DD');
            last := (first + interval '1 month' - interval '1 day')::date;
            INSERT INTO purchase_settlement_line (tenant_id, settlement_id, item_code, unit_price, buyer_org,
                provider_org, name, unit, completed_count, gross_amount, deducted_count, deduction_amount,
                settled_count, amount_due)
            SELECT peer, l.settlement_id, l.item_code, l.unit_price, l.buyer_org, l.provider_org, l.name,
                   l.unit, l.completed_count, l.gross_amount, l.deducted_count, l.deduction_amount,
                   l.settled_count, l.amount_due
            FROM purchase_settlement_line l WHERE l.tenant_id = me AND l.settlement_id = p_id;
            INSERT INTO purchase_settlement_order (tenant_id, settlement_id, order_id, buyer_org,
                provider_org, item_code, unit_price, service_date, outcome, reason, detail)
            SELECT peer, so.settlement_id, so.order_id, so.buyer_org, so.provider_org, so.item_code,
                   so.unit_price, so.service_date, so.outcome, so.reason, so.detail
            FROM purchase_settlement_order so WHERE so.tenant_id = me AND so.settlement_id = p_id;
            UPDATE purchase_order p
               SET status = b.status, transitions = b.transitions, updated_at = b.updated_at
              FROM purchase_order b
             WHERE b.tenant_id = me AND b.contract_id = own.contract_id
               AND b.service_date BETWEEN first AND last AND b.status = 'SETTLED'
               AND p.tenant_id = peer AND p.id = b.id AND p.status <> 'SETTLED'
               AND p.transitions <= b.transitions;
            INSERT INTO purchase_order_transition (tenant_id, order_id, seq, buyer_org, provider_org,
                from_status, to_status, actor_id, actor, at)
            SELECT peer, t.order_id, t.seq, t.buyer_org, t.provider_org, t.from_status, t.to_status,
                   t.actor_id, t.actor, t.at
            FROM purchase_order b
            JOIN purchase_order_transition t ON t.tenant_id = b.tenant_id AND t.order_id = b.id
                 AND t.seq = b.transitions
            WHERE b.tenant_id = me AND b.contract_id = own.contract_id
              AND b.service_date BETWEEN first AND last AND b.status = 'SETTLED'
              AND t.to_status = 'SETTLED'
            ON CONFLICT DO NOTHING;
        END IF;
        IF own.status = 'PAID' THEN
            UPDATE purchase_settlement p
               SET status = 'PAID', paid_on = own.paid_on, payment_ref = own.payment_ref,
                   paid_by = own.paid_by, paid_at = own.paid_at, version = p.version + 1
             WHERE p.tenant_id = peer AND p.id = p_id AND p.status = 'INVOICED';
        END IF;
    ELSIF own.status = 'INVOICED' THEN
        UPDATE purchase_settlement p
           SET status = 'INVOICED', invoice_no = own.invoice_no, invoice_amount = own.invoice_amount,
               invoiced_by = own.invoiced_by, invoiced_at = own.invoiced_at, version = p.version + 1
         WHERE p.tenant_id = peer AND p.id = p_id AND p.status = 'ACCEPTED';
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 THEN
            PERFORM set_config('app.purchase_peer', '', true);
            RETURN 'PEER_MISMATCH';
        END IF;
    END IF;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

-- The dashboard's daily rollups (V65) follow the orders per statement instead of per row: the
-- acceptance moves a month's orders (100,000) in one UPDATE on each side, and a row trigger ran an
-- INSERT .. ON CONFLICT per order. The statement trigger sums the transition tables' -1/+1 per
-- rollup key and applies them in one INSERT .. ON CONFLICT DO UPDATE, rows sorted as before (two
-- transactions lock shared rollup rows in the same order), net zero keys left out: the same counts.
CREATE FUNCTION purchase_order_day_track_set() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO purchase_order_day AS d (tenant_id, contract_id, service_date, item_code, status,
                                             satisfaction, buyer_org, provider_org, orders)
        SELECT n.tenant_id, n.contract_id, n.service_date, n.item_code, n.status,
               coalesce(n.satisfaction, 0), n.buyer_org, n.provider_org, count(*)
        FROM new_rows n
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (tenant_id, contract_id, service_date, item_code, status, satisfaction)
        DO UPDATE SET orders = d.orders + EXCLUDED.orders;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO purchase_order_day AS d (tenant_id, contract_id, service_date, item_code, status,
                                             satisfaction, buyer_org, provider_org, orders)
        SELECT o.tenant_id, o.contract_id, o.service_date, o.item_code, o.status,
               coalesce(o.satisfaction, 0), o.buyer_org, o.provider_org, -count(*)
        FROM old_rows o
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (tenant_id, contract_id, service_date, item_code, status, satisfaction)
        DO UPDATE SET orders = d.orders + EXCLUDED.orders;
    ELSE
        INSERT INTO purchase_order_day AS d (tenant_id, contract_id, service_date, item_code, status,
                                             satisfaction, buyer_org, provider_org, orders)
        SELECT c.tenant_id, c.contract_id, c.service_date, c.item_code, c.status, c.satisfaction,
               c.buyer_org, c.provider_org, sum(c.delta)
        FROM (SELECT o.tenant_id, o.contract_id, o.service_date, o.item_code, o.status,
                     coalesce(o.satisfaction, 0) AS satisfaction, o.buyer_org, o.provider_org,
                     -1 AS delta
              FROM old_rows o
              UNION ALL
              SELECT n.tenant_id, n.contract_id, n.service_date, n.item_code, n.status,
                     coalesce(n.satisfaction, 0), n.buyer_org, n.provider_org, 1
              FROM new_rows n) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        HAVING sum(c.delta) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (tenant_id, contract_id, service_date, item_code, status, satisfaction)
        DO UPDATE SET orders = d.orders + EXCLUDED.orders;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER purchase_order_day_track ON purchase_order;
CREATE TRIGGER purchase_order_day_track_insert
    AFTER INSERT ON purchase_order REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION purchase_order_day_track_set();
CREATE TRIGGER purchase_order_day_track_update
    AFTER UPDATE ON purchase_order REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION purchase_order_day_track_set();
CREATE TRIGGER purchase_order_day_track_delete
    AFTER DELETE ON purchase_order REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION purchase_order_day_track_set();
DROP FUNCTION purchase_order_day_track();
