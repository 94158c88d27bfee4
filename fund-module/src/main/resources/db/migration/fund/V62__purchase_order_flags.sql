-- Anomaly flags of government service purchase (ADR 0015, part B): each a named rule raised on a
-- completed order with the figures that explain it. The buyer accepts or rejects an open flag with
-- a reason; an open flag keeps the order out of settlement. Each side holds its own copy; the
-- provider's copy follows through purchase_flags_follow (below), the pattern of V61.
CREATE TABLE purchase_order_flag (
    tenant_id      text        NOT NULL,
    order_id       text        NOT NULL,
    rule           text        NOT NULL CHECK (rule IN ('RESIDENT_NOT_ELIGIBLE', 'RESIDENT_GONE',
                                   'OUTSIDE_GEOFENCE', 'SHORT_VISIT', 'WORKER_OVERLAP', 'DUPLICATE_PHOTO',
                                   'DUPLICATE_ORDER', 'OVER_QUANTITY', 'IMPOSSIBLE_TRAVEL')),
    contract_id    text        NOT NULL,
    buyer_org      text        NOT NULL,
    provider_org   text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED', 'CLEARED')),
    args           text        NOT NULL,
    raised_at      timestamptz NOT NULL,
    evaluated_at   timestamptz NOT NULL,
    resolved_by    text,
    resolved_actor text,
    resolved_at    timestamptz,
    reason         text,
    version        int         NOT NULL CHECK (version >= 1),
    PRIMARY KEY (tenant_id, order_id, rule),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id),
    CHECK ((status IN ('ACCEPTED', 'REJECTED')) = (resolved_at IS NOT NULL AND reason IS NOT NULL))
);
CREATE INDEX purchase_order_flag_contract_idx
    ON purchase_order_flag (tenant_id, contract_id, status, raised_at DESC, order_id, rule);

ALTER TABLE purchase_order_flag ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_order_flag FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON purchase_order_flag
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY purchase_peer ON purchase_order_flag TO CURRENT_USER
    USING (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org))
    WITH CHECK (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org));

GRANT SELECT, INSERT, UPDATE ON purchase_order_flag TO ${appRole};

-- Copies the caller's flags of an order onto the other party's copy of that order. A newer copy
-- is never overwritten by an older one (version). The provider passes on what its evaluation
-- raised or cleared, never a decision: a flag the buyer accepted or rejected stays as the buyer
-- left it.
CREATE FUNCTION purchase_flags_follow(p_order text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    own  purchase_order%ROWTYPE;
    peer text;
    from_provider boolean;
BEGIN
    SELECT * INTO own FROM purchase_order o WHERE o.tenant_id = me AND o.id = p_order;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    from_provider := me = own.provider_org;
    peer := CASE WHEN from_provider THEN own.buyer_org ELSE own.provider_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.tenant_id = peer AND o.id = p_order) THEN
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN 'NOT_FOUND';
    END IF;
    INSERT INTO purchase_order_flag AS t (tenant_id, order_id, rule, contract_id, buyer_org, provider_org,
        status, args, raised_at, evaluated_at, resolved_by, resolved_actor, resolved_at, reason, version)
    SELECT peer, f.order_id, f.rule, f.contract_id, f.buyer_org, f.provider_org, f.status, f.args,
           f.raised_at, f.evaluated_at, f.resolved_by, f.resolved_actor, f.resolved_at, f.reason, f.version
    FROM purchase_order_flag f
    WHERE f.tenant_id = me AND f.order_id = p_order
      AND NOT (from_provider AND f.status IN ('ACCEPTED', 'REJECTED'))
    ON CONFLICT (tenant_id, order_id, rule) DO UPDATE
       SET status = EXCLUDED.status, args = EXCLUDED.args, raised_at = EXCLUDED.raised_at,
           evaluated_at = EXCLUDED.evaluated_at, resolved_by = EXCLUDED.resolved_by,
           resolved_actor = EXCLUDED.resolved_actor, resolved_at = EXCLUDED.resolved_at,
           reason = EXCLUDED.reason, version = EXCLUDED.version
     WHERE t.version < EXCLUDED.version
       AND NOT (from_provider AND t.status IN ('ACCEPTED', 'REJECTED'));
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

REVOKE ALL ON FUNCTION purchase_flags_follow(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purchase_flags_follow(text) TO ${appRole};
