-- 通存通兑: hours deposited with organization A pay for a service at organization B, settled
-- through clearing accounts (docs/decisions/0007, "通存通兑 clearing"). Every organization keeps
-- its own rows and its own ledger; a row of the other organization is written only by the narrow
-- SECURITY DEFINER functions below. Each does one checked thing, derives what it writes from the
-- caller's own rows (never from free arguments), and only touches rows that name the caller's
-- organization as counterparty.

-- A trust line between two organizations: one row per side, the same id on both.
CREATE TABLE clearing_agreement (
    tenant_id     text        NOT NULL REFERENCES organization (id),
    id            text        NOT NULL,
    counterparty  text        NOT NULL REFERENCES organization (id),
    proposed_by   text        NOT NULL,
    limit_minutes bigint      NOT NULL CHECK (limit_minutes > 0),
    status        text        NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED')),
    created_at    timestamptz NOT NULL,
    accepted_at   timestamptz,
    suspended_at  timestamptz,
    suspended_by  text,
    version       bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    CHECK (counterparty <> tenant_id),
    CHECK (proposed_by IN (tenant_id, counterparty))
);
-- At most one live agreement per pair and side; a suspended one may be followed by a new proposal.
CREATE UNIQUE INDEX clearing_agreement_live ON clearing_agreement (tenant_id, counterparty)
    WHERE status <> 'SUSPENDED';

-- A's side of a cross-organization redemption: A's volunteer's hours are held in A's clearing
-- account for B (ledger transaction 'tbx-hold:<id>').
CREATE TABLE clearing_outbound_request (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    id               text        NOT NULL,
    service_org      text        NOT NULL REFERENCES organization (id),
    volunteer_id     text        NOT NULL,
    service_category text        NOT NULL,
    description      text        NOT NULL,
    minutes          bigint      NOT NULL CHECK (minutes > 0),
    status           text        NOT NULL
        CHECK (status IN ('OPEN', 'SETTLED', 'CANCELLED', 'DECLINED', 'RELEASED')),
    decline_reason   text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    settled_at       timestamptz,
    declined_at      timestamptz,
    released_at      timestamptz,   -- hold reversed: on CANCELLED and RELEASED
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK (service_org <> tenant_id)
);
CREATE INDEX clearing_outbound_volunteer_idx ON clearing_outbound_request (tenant_id, volunteer_id);

-- B's side of the same request (same id): to be served by one of B's volunteers.
CREATE TABLE clearing_inbound_request (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    id               text        NOT NULL,
    source_org       text        NOT NULL REFERENCES organization (id),
    requester_name   text        NOT NULL,
    service_category text        NOT NULL,
    description      text        NOT NULL,
    minutes          bigint      NOT NULL CHECK (minutes > 0),
    status           text        NOT NULL
        CHECK (status IN ('OPEN', 'ASSIGNED', 'SETTLED', 'CANCELLED', 'DECLINED')),
    provider_volunteer_id text,
    decline_reason   text,
    created_at       timestamptz NOT NULL,
    settled_at       timestamptz,
    closed_at        timestamptz,   -- cancelled by A or declined by B
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, provider_volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK (source_org <> tenant_id),
    CHECK (status NOT IN ('ASSIGNED', 'SETTLED') OR provider_volunteer_id IS NOT NULL)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['clearing_agreement', 'clearing_outbound_request',
                             'clearing_inbound_request'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO ${appRole}', t);
    END LOOP;
END $$;

-- For the owner running the functions below only: the counterparty's rows that name the calling
-- organization, and only while a function has set app.clearing_peer (transaction-local).
CREATE POLICY clearing_peer ON clearing_agreement TO CURRENT_USER
    USING (tenant_id = current_setting('app.clearing_peer', true)
           AND counterparty = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.clearing_peer', true)
                AND counterparty = current_setting('app.tenant_id', true));
CREATE POLICY clearing_peer ON clearing_outbound_request TO CURRENT_USER
    USING (tenant_id = current_setting('app.clearing_peer', true)
           AND service_org = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.clearing_peer', true)
                AND service_org = current_setting('app.tenant_id', true));
CREATE POLICY clearing_peer ON clearing_inbound_request TO CURRENT_USER
    USING (tenant_id = current_setting('app.clearing_peer', true)
           AND source_org = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.clearing_peer', true)
                AND source_org = current_setting('app.tenant_id', true));

-- The proposer's agreement row, mirrored as a proposal on the counterparty's side.
CREATE FUNCTION clearing_agreement_mirror(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me  text := current_setting('app.tenant_id', true);
    own clearing_agreement%ROWTYPE;
    n   int;
BEGIN
    SELECT * INTO own FROM clearing_agreement a
    WHERE a.tenant_id = me AND a.id = p_id AND a.status = 'PROPOSED' AND a.proposed_by = me;
    IF NOT FOUND THEN
        RETURN 'NOT_PROPOSED';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = own.counterparty AND o.status = 'ACTIVE') THEN
        RETURN 'COUNTERPARTY_NOT_FOUND';
    END IF;
    PERFORM set_config('app.clearing_peer', own.counterparty, true);
    INSERT INTO clearing_agreement (tenant_id, id, counterparty, proposed_by, limit_minutes, status,
                                    created_at)
    VALUES (own.counterparty, p_id, me, me, own.limit_minutes, 'PROPOSED', own.created_at)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'EXISTS' END;
END $$;

-- The caller's new agreement status (accepted or suspended), followed on the counterparty's side.
-- Only a proposal made by the counterparty can be accepted; only the caller's own suspension is
-- copied.
CREATE FUNCTION clearing_agreement_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me  text := current_setting('app.tenant_id', true);
    own clearing_agreement%ROWTYPE;
    n   int;
BEGIN
    SELECT * INTO own FROM clearing_agreement a WHERE a.tenant_id = me AND a.id = p_id;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    PERFORM set_config('app.clearing_peer', own.counterparty, true);
    UPDATE clearing_agreement p
       SET status = own.status, accepted_at = own.accepted_at, suspended_at = own.suspended_at,
           suspended_by = own.suspended_by, version = p.version + 1
     WHERE p.tenant_id = own.counterparty AND p.id = p_id AND p.counterparty = me
       AND p.proposed_by = own.proposed_by AND p.limit_minutes = own.limit_minutes
       AND ((p.status = 'PROPOSED' AND own.status = 'ACTIVE' AND own.proposed_by = own.counterparty)
            OR (p.status IN ('PROPOSED', 'ACTIVE') AND own.status = 'SUSPENDED'
                AND own.suspended_by = me));
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'PEER_MISMATCH' END;
END $$;

-- The service organization's inbound row for the caller's open outbound request, once its hours
-- are held in the caller's ledger and only under the service organization's ACTIVE agreement.
CREATE FUNCTION clearing_open_inbound(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me        text := current_setting('app.tenant_id', true);
    o         clearing_outbound_request%ROWTYPE;
    requester text;
BEGIN
    SELECT * INTO o FROM clearing_outbound_request r
    WHERE r.tenant_id = me AND r.id = p_id AND r.status = 'OPEN';
    IF NOT FOUND THEN
        RETURN 'NOT_OPEN';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ledger_transaction t
                   WHERE t.tenant_id = me AND t.id = 'tbx-hold:' || p_id) THEN
        RETURN 'NOT_HELD';
    END IF;
    SELECT v.name INTO requester FROM volunteer v WHERE v.tenant_id = me AND v.id = o.volunteer_id;
    PERFORM set_config('app.clearing_peer', o.service_org, true);
    -- FOR SHARE: a suspension on the other side waits for this request (or refuses it).
    PERFORM 1 FROM clearing_agreement a
    WHERE a.tenant_id = o.service_org AND a.counterparty = me AND a.status = 'ACTIVE' FOR SHARE;
    IF NOT FOUND THEN
        PERFORM set_config('app.clearing_peer', '', true);
        RETURN 'AGREEMENT_NOT_ACTIVE';
    END IF;
    INSERT INTO clearing_inbound_request (tenant_id, id, source_org, requester_name,
                                          service_category, description, minutes, status, created_at)
    VALUES (o.service_org, p_id, me, requester, o.service_category, o.description, o.minutes, 'OPEN',
            o.created_at);
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN 'OK';
END $$;

-- Cancels the service organization's inbound row for the caller's outbound request, under its row
-- lock, unless it is settled; returns the inbound status afterwards (SETTLED refuses the cancel).
-- Callers take this lock before their own outbound row, like the settle and decline paths do.
CREATE FUNCTION clearing_cancel_inbound(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    peer text;
    st   text;
BEGIN
    SELECT r.service_org INTO peer FROM clearing_outbound_request r
    WHERE r.tenant_id = me AND r.id = p_id;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    PERFORM set_config('app.clearing_peer', peer, true);
    SELECT i.status INTO st FROM clearing_inbound_request i
    WHERE i.tenant_id = peer AND i.id = p_id AND i.source_org = me FOR UPDATE;
    IF st IN ('OPEN', 'ASSIGNED') THEN
        UPDATE clearing_inbound_request i SET status = 'CANCELLED', closed_at = now(),
                                              version = i.version + 1
        WHERE i.tenant_id = peer AND i.id = p_id;
        st := 'CANCELLED';
    END IF;
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN coalesce(st, 'MISSING');
END $$;

-- The caller (service organization) settled its inbound request: the requester's outbound row
-- becomes SETTLED. Refused unless the settlement is posted in the caller's ledger.
CREATE FUNCTION clearing_settle_outbound(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me text := current_setting('app.tenant_id', true);
    i  clearing_inbound_request%ROWTYPE;
    n  int;
BEGIN
    SELECT * INTO i FROM clearing_inbound_request r
    WHERE r.tenant_id = me AND r.id = p_id AND r.status = 'SETTLED';
    IF NOT FOUND THEN
        RETURN 'NOT_SETTLED';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ledger_transaction t
                   WHERE t.tenant_id = me AND t.id = 'tbx-settle:' || p_id) THEN
        RETURN 'NOT_POSTED';
    END IF;
    PERFORM set_config('app.clearing_peer', i.source_org, true);
    UPDATE clearing_outbound_request o SET status = 'SETTLED', settled_at = i.settled_at,
                                           version = o.version + 1
    WHERE o.tenant_id = i.source_org AND o.id = p_id AND o.service_org = me AND o.status = 'OPEN'
      AND o.minutes = i.minutes;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'NOT_OPEN' END;
END $$;

-- The caller (service organization) declined its inbound request: the requester's outbound row
-- becomes DECLINED with the caller's reason; its hold stays until the requester releases it.
CREATE FUNCTION clearing_decline_outbound(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me text := current_setting('app.tenant_id', true);
    i  clearing_inbound_request%ROWTYPE;
    n  int;
BEGIN
    SELECT * INTO i FROM clearing_inbound_request r
    WHERE r.tenant_id = me AND r.id = p_id AND r.status = 'DECLINED';
    IF NOT FOUND THEN
        RETURN 'NOT_DECLINED';
    END IF;
    PERFORM set_config('app.clearing_peer', i.source_org, true);
    UPDATE clearing_outbound_request o SET status = 'DECLINED', decline_reason = i.decline_reason,
                                           declined_at = i.closed_at, version = o.version + 1
    WHERE o.tenant_id = i.source_org AND o.id = p_id AND o.service_org = me AND o.status = 'OPEN';
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('app.clearing_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'NOT_OPEN' END;
END $$;

DO $$
DECLARE f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['clearing_agreement_mirror(text)', 'clearing_agreement_follow(text)',
                             'clearing_open_inbound(text)', 'clearing_cancel_inbound(text)',
                             'clearing_settle_outbound(text)', 'clearing_decline_outbound(text)'] LOOP
        EXECUTE 'REVOKE ALL ON FUNCTION ' || f || ' FROM PUBLIC';
        EXECUTE 'GRANT EXECUTE ON FUNCTION ' || f || ' TO ${appRole}';
    END LOOP;
END $$;

-- Platform-wide mirror check: for every pair of organizations, A.clearing(B) + B.clearing(A)
-- equals the hours held for requests between them and not yet settled or released. Reads across
-- tenants (read-only policies for the owner, transaction-local switch) and returns only pass/fail.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['clearing_agreement', 'clearing_outbound_request',
                             'clearing_inbound_request'] LOOP
        EXECUTE format('CREATE POLICY clearing_all_tenants ON %I FOR SELECT TO CURRENT_USER'
                       ' USING (current_setting(''app.clearing_all_tenants'', true) = ''on'')', t);
    END LOOP;
END $$;

CREATE FUNCTION clearing_pairs_check() RETURNS TABLE (org_a text, org_b text, ok boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.ledger_all_tenants', 'on', true);
    PERFORM set_config('app.clearing_all_tenants', 'on', true);
    RETURN QUERY
        WITH bal AS (SELECT a.tenant_id AS org, a.owner_id AS cp, a.balance AS minutes
                     FROM ledger_account a
                     WHERE a.kind = 'TIME_CLEARING' AND a.owner_type = 'ORG'),
             held AS (SELECT o.tenant_id AS org, o.service_org AS cp, o.minutes
                      FROM clearing_outbound_request o WHERE o.status IN ('OPEN', 'DECLINED')),
             pairs AS (SELECT least(x.org, x.cp) AS p, greatest(x.org, x.cp) AS q
                       FROM (SELECT org, cp FROM bal UNION SELECT org, cp FROM held) x
                       GROUP BY 1, 2)
        SELECT pairs.p, pairs.q,
               coalesce((SELECT sum(b.minutes) FROM bal b
                         WHERE least(b.org, b.cp) = pairs.p AND greatest(b.org, b.cp) = pairs.q), 0)
             = coalesce((SELECT sum(h.minutes) FROM held h
                         WHERE least(h.org, h.cp) = pairs.p AND greatest(h.org, h.cp) = pairs.q), 0)
        FROM pairs ORDER BY 1, 2;
    PERFORM set_config('app.ledger_all_tenants', '', true);
    PERFORM set_config('app.clearing_all_tenants', '', true);
END $$;

REVOKE ALL ON FUNCTION clearing_pairs_check() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clearing_pairs_check() TO ${appRole};
