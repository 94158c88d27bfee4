-- Acceptance and sampling of government service purchase (ADR 0015, part B): the buyer's monthly
-- random sample of a contract's completed orders, check results per sampled order (append-only),
-- and rectification requests (整改通知) that the provider answers.
--
-- Samples and check results are the buyer's own records (the provider's copy of a contract holds
-- none). A rectification is held by both sides: the buyer's copy is made here, the provider's
-- follows through purchase_rectification_follow (below), the pattern of V61/V62.

-- The sampling rate the buyer's org admin set for a contract (no row: the configured default).
CREATE TABLE purchase_sample_setting (
    tenant_id     text        NOT NULL,
    contract_id   text        NOT NULL,
    rate_percent  int         NOT NULL CHECK (rate_percent BETWEEN 1 AND 100),
    updated_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contract_id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id)
);

-- A draw: the rate, the seed and the population's digest are kept so that anyone can draw again
-- and get the same orders. At most one ACTIVE draw per contract and month.
CREATE TABLE purchase_sample (
    tenant_id          text        NOT NULL,
    id                 text        NOT NULL,
    contract_id        text        NOT NULL,
    buyer_org          text        NOT NULL,
    provider_org       text        NOT NULL,
    month              date        NOT NULL CHECK (extract(day FROM month) = 1),
    rate_percent       int         NOT NULL CHECK (rate_percent BETWEEN 1 AND 100),
    seed               text        NOT NULL CHECK (seed ~ '^[0-9a-f]{16}$'),
    algorithm          text        NOT NULL,
    population_size    int         NOT NULL CHECK (population_size >= 1),
    sample_size        int         NOT NULL CHECK (sample_size BETWEEN 1 AND population_size),
    population_digest  text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'DISCARDED')),
    drawn_by           text,
    drawn_actor        text        NOT NULL,
    drawn_at           timestamptz NOT NULL,
    discarded_actor    text,
    discarded_at       timestamptz,
    discard_reason     text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id),
    CHECK (tenant_id = buyer_org),
    CHECK ((status = 'DISCARDED') = (discarded_at IS NOT NULL AND discard_reason IS NOT NULL))
);
CREATE UNIQUE INDEX purchase_sample_active_idx
    ON purchase_sample (tenant_id, contract_id, month) WHERE status = 'ACTIVE';
CREATE INDEX purchase_sample_list_idx ON purchase_sample (tenant_id, contract_id, month DESC, id);

-- The population of a draw, each order with whether it was drawn and its place in the sample.
CREATE TABLE purchase_sample_member (
    tenant_id   text    NOT NULL,
    sample_id   text    NOT NULL,
    order_id    text    NOT NULL,
    contract_id text    NOT NULL,
    position    int     CHECK (position >= 1),
    PRIMARY KEY (tenant_id, sample_id, order_id),
    UNIQUE (tenant_id, sample_id, position),
    FOREIGN KEY (tenant_id, sample_id) REFERENCES purchase_sample (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id)
);

-- Check results of a sampled order, append-only: a change is a new entry with a reason; the entry
-- with the highest seq is the order's result.
CREATE TABLE purchase_sample_check (
    tenant_id          text        NOT NULL,
    sample_id          text        NOT NULL,
    order_id           text        NOT NULL,
    seq                int         NOT NULL CHECK (seq >= 1),
    contract_id        text        NOT NULL,
    result             text        NOT NULL CHECK (result IN ('PASSED', 'FAILED', 'RECTIFY')),
    note               text,
    reason             text,
    rectification_id   text,
    checked_by         text,
    checked_actor      text        NOT NULL,
    checked_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, sample_id, order_id, seq),
    FOREIGN KEY (tenant_id, sample_id, order_id)
        REFERENCES purchase_sample_member (tenant_id, sample_id, order_id),
    CHECK (seq = 1 OR reason IS NOT NULL)
);

-- 整改通知: issued by the buyer on a sampled order found FAILED or RECTIFY, answered by the
-- provider, closed by the buyer as PASSED or FAILED. version counts changes (stale never wins).
CREATE TABLE purchase_rectification (
    tenant_id        text        NOT NULL,
    id               text        NOT NULL,
    contract_id      text        NOT NULL,
    buyer_org        text        NOT NULL,
    provider_org     text        NOT NULL,
    sample_id        text        NOT NULL,
    order_id         text        NOT NULL,
    month            date        NOT NULL,
    request          text        NOT NULL,
    deadline         date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'PASSED', 'FAILED')),
    issued_by        text,
    issued_actor     text        NOT NULL,
    issued_at        timestamptz NOT NULL,
    answer           text,
    evidence_sha256  text CHECK (evidence_sha256 ~ '^[0-9a-f]{64}$'),
    answered_by      text,
    answered_actor   text,
    answered_at      timestamptz,
    closed_by        text,
    closed_actor     text,
    closed_at        timestamptz,
    close_note       text,
    version          int         NOT NULL CHECK (version >= 1),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id),
    CHECK (tenant_id IN (buyer_org, provider_org)),
    CHECK (status <> 'ANSWERED' OR answered_at IS NOT NULL),
    CHECK ((status IN ('PASSED', 'FAILED')) = (closed_at IS NOT NULL))
);
CREATE UNIQUE INDEX purchase_rectification_pending_idx
    ON purchase_rectification (tenant_id, order_id) WHERE status IN ('OPEN', 'ANSWERED');
CREATE INDEX purchase_rectification_list_idx
    ON purchase_rectification (tenant_id, contract_id, issued_at DESC, id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['purchase_sample_setting', 'purchase_sample', 'purchase_sample_member',
                             'purchase_sample_check', 'purchase_rectification'] LOOP
        EXECUTE 'ALTER TABLE ' || t || ' ENABLE ROW LEVEL SECURITY';
        EXECUTE 'ALTER TABLE ' || t || ' FORCE ROW LEVEL SECURITY';
        EXECUTE 'CREATE POLICY tenant_isolation ON ' || t
            || ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
            || ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))';
    END LOOP;
END $$;

CREATE POLICY purchase_peer ON purchase_rectification TO CURRENT_USER
    USING (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org))
    WITH CHECK (tenant_id = current_setting('app.purchase_peer', true)
           AND current_setting('app.tenant_id', true) IN (buyer_org, provider_org));

GRANT SELECT, INSERT, UPDATE ON purchase_sample_setting TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON purchase_sample TO ${appRole};
-- The population, the draw and the check history are never changed.
GRANT SELECT, INSERT ON purchase_sample_member TO ${appRole};
GRANT SELECT, INSERT ON purchase_sample_check TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON purchase_rectification TO ${appRole};

-- Copies the caller's rectification onto the other party's copy. The buyer passes on the whole
-- request (issued, closed); the provider passes on its answer only, and only onto an OPEN copy:
-- it can never close one, nor change the request or the deadline.
CREATE FUNCTION purchase_rectification_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    own  purchase_rectification%ROWTYPE;
    peer text;
    n    int;
BEGIN
    SELECT * INTO own FROM purchase_rectification r WHERE r.tenant_id = me AND r.id = p_id;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    peer := CASE WHEN me = own.buyer_org THEN own.provider_org ELSE own.buyer_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.tenant_id = peer AND o.id = own.order_id
                   AND o.contract_id = own.contract_id) THEN
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN 'NOT_FOUND';
    END IF;
    IF me = own.provider_org THEN
        UPDATE purchase_rectification t
           SET status = 'ANSWERED', answer = own.answer, evidence_sha256 = own.evidence_sha256,
               answered_by = own.answered_by, answered_actor = own.answered_actor,
               answered_at = own.answered_at, version = own.version
         WHERE t.tenant_id = peer AND t.id = p_id AND t.status = 'OPEN'
           AND own.status = 'ANSWERED' AND t.version < own.version;
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'STALE' END;
    END IF;
    INSERT INTO purchase_rectification AS t (tenant_id, id, contract_id, buyer_org, provider_org,
        sample_id, order_id, month, request, deadline, status, issued_by, issued_actor, issued_at,
        answer, evidence_sha256, answered_by, answered_actor, answered_at, closed_by, closed_actor,
        closed_at, close_note, version)
    VALUES (peer, own.id, own.contract_id, own.buyer_org, own.provider_org, own.sample_id,
        own.order_id, own.month, own.request, own.deadline, own.status, own.issued_by,
        own.issued_actor, own.issued_at, own.answer, own.evidence_sha256, own.answered_by,
        own.answered_actor, own.answered_at, own.closed_by, own.closed_actor, own.closed_at,
        own.close_note, own.version)
    ON CONFLICT (tenant_id, id) DO UPDATE
       SET status = EXCLUDED.status, closed_by = EXCLUDED.closed_by,
           closed_actor = EXCLUDED.closed_actor, closed_at = EXCLUDED.closed_at,
           close_note = EXCLUDED.close_note, version = EXCLUDED.version
     WHERE t.version < EXCLUDED.version;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

REVOKE ALL ON FUNCTION purchase_rectification_follow(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purchase_rectification_follow(text) TO ${appRole};
