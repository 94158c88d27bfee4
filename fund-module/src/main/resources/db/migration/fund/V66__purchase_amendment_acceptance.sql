-- Amendments need the provider's acceptance (issue 20): a version after the first, drafted by the
-- buyer, is PROPOSED until the provider's org admin accepts it (then it is in force from its
-- effective date and the contract's header moves to it) or refuses it with a reason (the version
-- stays as history and never applies). One row per amendment on each side's copy; a version
-- without a row (amended before this migration) counts as accepted. One open proposal at a time.

CREATE TABLE purchase_contract_amendment (
    tenant_id       text        NOT NULL,
    contract_id     text        NOT NULL,
    version         int         NOT NULL CHECK (version >= 2),
    buyer_org       text        NOT NULL,
    provider_org    text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('PROPOSED', 'ACCEPTED', 'REFUSED')),
    proposed_by     text        NOT NULL,
    proposed_at     timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    refusal_reason  text,
    PRIMARY KEY (tenant_id, contract_id, version),
    FOREIGN KEY (tenant_id, contract_id, version)
        REFERENCES purchase_contract_version (tenant_id, contract_id, version),
    CHECK ((state = 'PROPOSED') = (decided_at IS NULL)),
    CHECK ((state = 'REFUSED') = (refusal_reason IS NOT NULL))
);
CREATE UNIQUE INDEX purchase_contract_amendment_open_uq
    ON purchase_contract_amendment (tenant_id, contract_id) WHERE state = 'PROPOSED';

ALTER TABLE purchase_contract_amendment ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_contract_amendment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON purchase_contract_amendment
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY purchase_peer ON purchase_contract_amendment TO CURRENT_USER
    USING (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org))
    WITH CHECK (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org));

GRANT SELECT, INSERT, UPDATE ON purchase_contract_amendment TO ${appRole};

-- The caller's amendment row onto the other side's copy. The buyer passes on a new proposal
-- (inserted once, never over an existing row); the provider passes on only its decision on a
-- proposal, and an acceptance moves the buyer's header to the accepted version (its term end and
-- total). Returns OK, NOT_FOUND or PEER_MISMATCH.
CREATE FUNCTION purchase_amendment_follow(p_contract text, p_version int) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    con  purchase_contract%ROWTYPE;
    own  purchase_contract_amendment%ROWTYPE;
    ver  purchase_contract_version%ROWTYPE;
    peer text;
    n    int;
BEGIN
    SELECT * INTO con FROM purchase_contract c WHERE c.tenant_id = me AND c.id = p_contract;
    SELECT * INTO own FROM purchase_contract_amendment a
     WHERE a.tenant_id = me AND a.contract_id = p_contract AND a.version = p_version;
    IF con.id IS NULL OR own.contract_id IS NULL THEN
        RETURN 'NOT_FOUND';
    END IF;
    peer := CASE WHEN con.side = 'BUYER' THEN con.provider_org ELSE con.buyer_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF con.side = 'BUYER' THEN
        INSERT INTO purchase_contract_amendment (tenant_id, contract_id, version, buyer_org,
            provider_org, state, proposed_by, proposed_at)
        SELECT peer, own.contract_id, own.version, own.buyer_org, own.provider_org, 'PROPOSED',
               own.proposed_by, own.proposed_at
        WHERE own.state = 'PROPOSED'
          AND EXISTS (SELECT 1 FROM purchase_contract_version v WHERE v.tenant_id = peer
                      AND v.contract_id = p_contract AND v.version = p_version)
        ON CONFLICT DO NOTHING;
    ELSE
        UPDATE purchase_contract_amendment p
           SET state = own.state, decided_by = own.decided_by, decided_at = own.decided_at,
               refusal_reason = own.refusal_reason
         WHERE p.tenant_id = peer AND p.contract_id = p_contract AND p.version = p_version
           AND p.state = 'PROPOSED' AND own.state IN ('ACCEPTED', 'REFUSED');
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 1 AND own.state = 'ACCEPTED' THEN
            SELECT * INTO ver FROM purchase_contract_version v
             WHERE v.tenant_id = peer AND v.contract_id = p_contract AND v.version = p_version;
            UPDATE purchase_contract c
               SET current_version = ver.version, term_end = ver.term_end,
                   total_amount = ver.total_amount
             WHERE c.tenant_id = peer AND c.id = p_contract AND c.status = 'ACTIVE';
            GET DIAGNOSTICS n = ROW_COUNT;
        END IF;
        IF n <> 1 THEN
            PERFORM set_config('app.purchase_peer', '', true);
            RETURN 'PEER_MISMATCH';
        END IF;
    END IF;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

REVOKE ALL ON FUNCTION purchase_amendment_follow(text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purchase_amendment_follow(text, int) TO ${appRole};
