-- Monthly settlement of government service purchase (ADR 0020): per contract and month, the
-- buyer drafts from its copy of the orders, accepts (the orders become SETTLED on both copies),
-- the provider invoices, the buyer records the payment. Each side holds its own copy; a draft never
-- leaves the buyer; the copies follow through purchase_settlement_follow (below), the V61 pattern.

ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_status_check;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_status_check
    CHECK (status IN ('PENDING_DISPATCH', 'DISPATCHED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'RATED',
                      'CANCELLED', 'NO_SHOW', 'SETTLED'));
-- The settlement's orders of a month, read by contract and service date.
CREATE INDEX purchase_order_contract_day_idx ON purchase_order (tenant_id, contract_id, service_date);

CREATE TABLE purchase_settlement (
    tenant_id          text        NOT NULL,
    id                 text        NOT NULL,
    side               text        NOT NULL CHECK (side IN ('BUYER', 'PROVIDER')),
    contract_id        text        NOT NULL,
    buyer_org          text        NOT NULL,
    provider_org       text        NOT NULL,
    contract_no        text        NOT NULL,
    month              text        NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'ACCEPTED', 'INVOICED', 'PAID')),
    version            int         NOT NULL CHECK (version >= 1),
    order_count        int         NOT NULL CHECK (order_count >= 0),
    gross_amount       bigint      NOT NULL CHECK (gross_amount >= 0),
    deduction_amount   bigint      NOT NULL CHECK (deduction_amount >= 0),
    amount_due         bigint      NOT NULL CHECK (amount_due >= 0),
    drafted_by         text        NOT NULL,
    drafted_at         timestamptz NOT NULL,
    accepted_by        text,
    accepted_at        timestamptz,
    invoice_no         text,
    invoice_amount     bigint,
    invoiced_by        text,
    invoiced_at        timestamptz,
    paid_on            date,
    payment_ref        text,
    paid_by            text,
    paid_at            timestamptz,
    -- Provider's copy only: the vouchers posted in its books (ADR 0020).
    accrual_voucher_id text,
    payment_voucher_id text,
    PRIMARY KEY (tenant_id, id),
    -- One settlement per contract and month: the draft becomes the accepted one.
    UNIQUE (tenant_id, contract_id, month),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id),
    CHECK ((side = 'BUYER' AND tenant_id = buyer_org) OR (side = 'PROVIDER' AND tenant_id = provider_org)),
    CHECK (side = 'BUYER' OR status <> 'DRAFT'),
    CHECK (amount_due = gross_amount - deduction_amount),
    CHECK ((status = 'DRAFT') = (accepted_at IS NULL)),
    CHECK ((status IN ('INVOICED', 'PAID')) = (invoice_no IS NOT NULL)),
    CHECK (invoice_amount IS NULL OR invoice_amount = amount_due),
    CHECK ((status = 'PAID') = (paid_on IS NOT NULL))
);
CREATE INDEX purchase_settlement_list_idx ON purchase_settlement (tenant_id, month DESC, id);

-- The figures per item and unit price (a mid-month amendment may price one item twice).
CREATE TABLE purchase_settlement_line (
    tenant_id        text   NOT NULL,
    settlement_id    text   NOT NULL,
    item_code        text   NOT NULL,
    unit_price       bigint NOT NULL CHECK (unit_price > 0),
    buyer_org        text   NOT NULL,
    provider_org     text   NOT NULL,
    name             text   NOT NULL,
    unit             text   NOT NULL,
    completed_count  int    NOT NULL,
    gross_amount     bigint NOT NULL,
    deducted_count   int    NOT NULL,
    deduction_amount bigint NOT NULL,
    settled_count    int    NOT NULL,
    amount_due       bigint NOT NULL,
    PRIMARY KEY (tenant_id, settlement_id, item_code, unit_price),
    FOREIGN KEY (tenant_id, settlement_id) REFERENCES purchase_settlement (tenant_id, id)
);

-- Every completed order of the month with its outcome: PAID, or DEDUCTED with the reason
-- (OPEN_FLAG, REJECTED_FLAG, FAILED_CHECK, ...) and its detail (e.g. the rules).
CREATE TABLE purchase_settlement_order (
    tenant_id      text   NOT NULL,
    settlement_id  text   NOT NULL,
    order_id       text   NOT NULL,
    buyer_org      text   NOT NULL,
    provider_org   text   NOT NULL,
    item_code      text   NOT NULL,
    unit_price     bigint NOT NULL,
    service_date   date   NOT NULL,
    outcome        text   NOT NULL CHECK (outcome IN ('PAID', 'DEDUCTED')),
    reason         text,
    detail         text,
    PRIMARY KEY (tenant_id, settlement_id, order_id),
    FOREIGN KEY (tenant_id, settlement_id) REFERENCES purchase_settlement (tenant_id, id),
    CHECK ((outcome = 'DEDUCTED') = (reason IS NOT NULL))
);

-- An accepted settlement never changes: its figures, lines and orders are frozen here too, not only
-- in the application.
CREATE FUNCTION purchase_settlement_frozen() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'purchase_settlement' THEN
        IF OLD.status <> 'DRAFT' AND (NEW.order_count, NEW.gross_amount, NEW.deduction_amount,
                NEW.amount_due, NEW.month, NEW.contract_id, NEW.accepted_at)
                IS DISTINCT FROM (OLD.order_count, OLD.gross_amount, OLD.deduction_amount,
                OLD.amount_due, OLD.month, OLD.contract_id, OLD.accepted_at) THEN
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
CREATE TRIGGER purchase_settlement_frozen BEFORE UPDATE OR DELETE ON purchase_settlement
    FOR EACH ROW EXECUTE FUNCTION purchase_settlement_frozen();
CREATE TRIGGER purchase_settlement_line_frozen BEFORE UPDATE OR DELETE ON purchase_settlement_line
    FOR EACH ROW EXECUTE FUNCTION purchase_settlement_frozen();
CREATE TRIGGER purchase_settlement_order_frozen BEFORE UPDATE OR DELETE ON purchase_settlement_order
    FOR EACH ROW EXECUTE FUNCTION purchase_settlement_frozen();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['purchase_settlement', 'purchase_settlement_line', 'purchase_settlement_order'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
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

GRANT SELECT, INSERT, UPDATE ON purchase_settlement TO ${appRole};
-- DELETE only so a draft can be recomputed; the trigger refuses it once accepted.
GRANT SELECT, INSERT, DELETE ON purchase_settlement_line TO ${appRole};
-- UPDATE: a deduction source (failed sampling checks) marks its orders of a draft DEDUCTED.
GRANT SELECT, INSERT, UPDATE, DELETE ON purchase_settlement_order TO ${appRole};

-- The caller's settlement followed on the other side. The buyer passes on an acceptance (the
-- provider's copy appears, with its lines and orders, and the provider's copies of the paid orders
-- become SETTLED with the buyer's transition) and a payment; the provider passes on its invoice.
-- A draft never leaves the buyer; a copy never goes back to an earlier status.
CREATE FUNCTION purchase_settlement_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    own  purchase_settlement%ROWTYPE;
    peer text;
    n    int;
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
              FROM purchase_settlement_order so
              JOIN purchase_order b ON b.tenant_id = so.tenant_id AND b.id = so.order_id
             WHERE so.tenant_id = me AND so.settlement_id = p_id AND so.outcome = 'PAID'
               AND b.status = 'SETTLED'
               AND p.tenant_id = peer AND p.id = so.order_id AND p.transitions <= b.transitions;
            INSERT INTO purchase_order_transition (tenant_id, order_id, seq, buyer_org, provider_org,
                from_status, to_status, actor_id, actor, at)
            SELECT peer, t.order_id, t.seq, t.buyer_org, t.provider_org, t.from_status, t.to_status,
                   t.actor_id, t.actor, t.at
            FROM purchase_settlement_order so
            JOIN purchase_order_transition t ON t.tenant_id = so.tenant_id AND t.order_id = so.order_id
            WHERE so.tenant_id = me AND so.settlement_id = p_id AND so.outcome = 'PAID'
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

-- Whether the provider of the caller's contract has opened its books (the buyer cannot read them):
-- acceptance posts a receivable there, so the buyer is told before it accepts. The owner reads the
-- provider's books row only while the function has named that provider (transaction-local).
CREATE POLICY purchase_books_probe ON accounting_books FOR SELECT TO CURRENT_USER
    USING (tenant_id = current_setting('app.purchase_books_probe', true));

CREATE FUNCTION purchase_provider_books_open(p_contract text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    provider text;
    found    boolean;
BEGIN
    SELECT c.provider_org INTO provider FROM purchase_contract c
    WHERE c.tenant_id = current_setting('app.tenant_id', true) AND c.id = p_contract AND c.side = 'BUYER';
    IF provider IS NULL THEN
        RETURN false;
    END IF;
    PERFORM set_config('app.purchase_books_probe', provider, true);
    found := EXISTS (SELECT 1 FROM accounting_books b WHERE b.tenant_id = provider);
    PERFORM set_config('app.purchase_books_probe', '', true);
    RETURN found;
END $$;

REVOKE ALL ON FUNCTION purchase_settlement_follow(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION purchase_provider_books_open(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purchase_settlement_follow(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION purchase_provider_books_open(text) TO ${appRole};
