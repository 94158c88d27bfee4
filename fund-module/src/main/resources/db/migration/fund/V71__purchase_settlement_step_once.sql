-- The acceptance of a month's settlement writes its SETTLED step once, on the settlement, not once
-- per order (ADR 0020, amended): a month of 100,000 orders inserted 100,000 transition rows on each
-- copy (each with its foreign key check), about a quarter of the acceptance's time. The order's history
-- derives the step (JpaPurchaseRepository.transitions): an order SETTLED by an accepted settlement
-- of its contract and month (settled once) took the step at the settlement's acceptance, by its
-- acceptor, from its last recorded status, as step number `transitions` (still counted). Orders
-- settled before this keep their own SETTLED row and derive nothing.

-- Room on every page of the orders for a second version of each of its rows, so that moving a
-- month's orders to SETTLED (every order of a page, in one transaction: no version dies before the
-- commit) is a HOT update: a new tuple on the same page, no entry in any of the table's five
-- indexes (none holds status, transitions or updated_at). On full pages each of those updates
-- wrote five index entries: ~100 us an order at load 10-15, 60 % of the acceptance. The price: the
-- table takes about twice the pages. The earlier steps of an order's life (check-in, check-out,
-- rating) become HOT too. Existing pages keep their layout (no rewrite here: it would lock the
-- table); pages written from now on follow it.
ALTER TABLE purchase_order SET (fillfactor = 50);

-- Who accepted (the person id; accepted_by is the login): the step's actor_id.
ALTER TABLE purchase_settlement ADD COLUMN accepted_by_id text;

-- Who and when are now part of every settled order's history: frozen with the figures.
CREATE OR REPLACE FUNCTION purchase_settlement_frozen() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'purchase_settlement' THEN
        IF OLD.status <> 'DRAFT' AND (NEW.order_count, NEW.gross_amount, NEW.deduction_amount,
                NEW.amount_due, NEW.month, NEW.contract_id, NEW.accepted_at, NEW.accepted_by,
                NEW.accepted_by_id)
                IS DISTINCT FROM (OLD.order_count, OLD.gross_amount, OLD.deduction_amount,
                OLD.amount_due, OLD.month, OLD.contract_id, OLD.accepted_at, OLD.accepted_by,
                OLD.accepted_by_id) THEN
            RAISE EXCEPTION 'accepted settlement % is immutable', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' AND OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'accepted settlement % is immutable', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF EXISTS (SELECT 1 FROM purchase_settlement s WHERE s.tenant_id = OLD.tenant_id
               AND s.id = OLD.settlement_id AND s.status <> 'DRAFT') THEN
        RAISE EXCEPTION 'accepted settlement % is immutable', OLD.settlement_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- The follow-up of V70 with the acceptor's person id on the provider's copy, and no transition
-- rows: the provider's orders derive their SETTLED step from that copy, as the buyer's do.
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
            drafted_by, drafted_at, accepted_by, accepted_at, accepted_by_id)
        VALUES (peer, own.id, 'PROVIDER', own.contract_id, own.buyer_org, own.provider_org, own.contract_no,
            own.month, 'ACCEPTED', 1, own.order_count, own.gross_amount, own.deduction_amount,
            own.amount_due, own.drafted_by, own.drafted_at, own.accepted_by, own.accepted_at,
            own.accepted_by_id)
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

