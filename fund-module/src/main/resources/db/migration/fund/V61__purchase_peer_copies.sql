-- The only ways a purchase row reaches the counterparty's tenant (ADR 0015). Each function reads the
-- caller's own row (the tenant bound to the transaction), checks what that side may pass on, and
-- writes the counterparty's copy under the transaction-local app.purchase_peer policy of V60.

-- The buyer's proposed contract (with its versions and items) becomes the provider's proposal.
CREATE FUNCTION purchase_contract_offer(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me  text := current_setting('app.tenant_id', true);
    own purchase_contract%ROWTYPE;
    n   int;
BEGIN
    SELECT * INTO own FROM purchase_contract c
    WHERE c.tenant_id = me AND c.id = p_id AND c.side = 'BUYER' AND c.status = 'PROPOSED';
    IF NOT FOUND THEN
        RETURN 'NOT_PROPOSED';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = own.provider_org AND o.status = 'ACTIVE'
                   AND o.type <> 'GOVERNMENT_BUYER') THEN
        RETURN 'PROVIDER_NOT_FOUND';
    END IF;
    PERFORM set_config('app.purchase_peer', own.provider_org, true);
    INSERT INTO purchase_contract (tenant_id, id, side, buyer_org, provider_org, buyer_name, provider_name,
        number, title, budget_line, recurring, term_start, term_end, total_amount, settlement_method,
        performance_targets, status, current_version, published, created_by, created_at, proposed_at)
    VALUES (own.provider_org, own.id, 'PROVIDER', own.buyer_org, own.provider_org, own.buyer_name,
        own.provider_name, own.number, own.title, own.budget_line, own.recurring, own.term_start,
        own.term_end, own.total_amount, own.settlement_method, own.performance_targets, 'PROPOSED',
        own.current_version, own.published, own.created_by, own.created_at, own.proposed_at)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 1 THEN
        PERFORM purchase_copy_versions(me, own.provider_org, p_id);
    END IF;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'EXISTS' END;
END $$;

-- Versions and items the peer lacks (called with app.purchase_peer set).
CREATE FUNCTION purchase_copy_versions(p_from text, p_to text, p_id text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO purchase_contract_version (tenant_id, contract_id, version, buyer_org, provider_org,
        effective_from, term_end, total_amount, note, created_by, created_at)
    SELECT p_to, v.contract_id, v.version, v.buyer_org, v.provider_org, v.effective_from, v.term_end,
           v.total_amount, v.note, v.created_by, v.created_at
    FROM purchase_contract_version v WHERE v.tenant_id = p_from AND v.contract_id = p_id
    ON CONFLICT DO NOTHING;
    INSERT INTO purchase_contract_item (tenant_id, contract_id, version, code, buyer_org, provider_org,
        name, unit, unit_price, quantity, min_minutes, eligible_groups, position)
    SELECT p_to, i.contract_id, i.version, i.code, i.buyer_org, i.provider_org, i.name, i.unit,
           i.unit_price, i.quantity, i.min_minutes, i.eligible_groups, i.position
    FROM purchase_contract_item i WHERE i.tenant_id = p_from AND i.contract_id = p_id
    ON CONFLICT DO NOTHING;
$$;

-- The caller's new contract state followed on the other side: the provider passes on only its
-- decision on a proposal; the buyer passes on amendments, publication, withdrawal and termination,
-- never an acceptance.
CREATE FUNCTION purchase_contract_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    own  purchase_contract%ROWTYPE;
    peer text;
    n    int;
BEGIN
    SELECT * INTO own FROM purchase_contract c WHERE c.tenant_id = me AND c.id = p_id;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    peer := CASE WHEN own.side = 'BUYER' THEN own.provider_org ELSE own.buyer_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF own.side = 'BUYER' THEN
        PERFORM purchase_copy_versions(me, peer, p_id);
    END IF;
    UPDATE purchase_contract p
       SET status = own.status, current_version = own.current_version, published = own.published,
           term_end = own.term_end, total_amount = own.total_amount,
           decided_by = own.decided_by, decided_at = own.decided_at, decline_reason = own.decline_reason,
           terminated_by = own.terminated_by, terminated_at = own.terminated_at,
           terminated_on = own.terminated_on, termination_reason = own.termination_reason
     WHERE p.tenant_id = peer AND p.id = p_id AND p.buyer_org = own.buyer_org
       AND p.provider_org = own.provider_org
       AND ((own.side = 'PROVIDER' AND p.status = 'PROPOSED' AND own.status IN ('ACTIVE', 'DECLINED'))
            OR (own.side = 'BUYER' AND own.status IN ('ACTIVE', 'TERMINATED')
                AND (p.status = 'ACTIVE' OR (p.status = 'PROPOSED' AND own.status = 'TERMINATED'))));
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN CASE WHEN n = 1 THEN 'OK' ELSE 'PEER_MISMATCH' END;
END $$;

-- The buyer's residents of a contract, minimal fields, onto the provider's copy.
CREATE FUNCTION purchase_residents_follow(p_contract text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me  text := current_setting('app.tenant_id', true);
    own purchase_contract%ROWTYPE;
BEGIN
    SELECT * INTO own FROM purchase_contract c
    WHERE c.tenant_id = me AND c.id = p_contract AND c.side = 'BUYER' AND c.status = 'ACTIVE';
    IF NOT FOUND THEN
        RETURN 'NOT_ACTIVE';
    END IF;
    PERFORM set_config('app.purchase_peer', own.provider_org, true);
    INSERT INTO purchase_contract_resident (tenant_id, contract_id, resident_id, buyer_org, provider_org,
        name, id_masked, address, latitude, longitude, category, level, eligible_from, eligible_to,
        status, status_on, assigned_at)
    SELECT own.provider_org, r.contract_id, r.resident_id, r.buyer_org, r.provider_org, r.name,
           r.id_masked, r.address, r.latitude, r.longitude, r.category, r.level, r.eligible_from,
           r.eligible_to, r.status, r.status_on, r.assigned_at
    FROM purchase_contract_resident r WHERE r.tenant_id = me AND r.contract_id = p_contract
    ON CONFLICT (tenant_id, contract_id, resident_id) DO UPDATE
       SET name = EXCLUDED.name, address = EXCLUDED.address, latitude = EXCLUDED.latitude,
           longitude = EXCLUDED.longitude, category = EXCLUDED.category, level = EXCLUDED.level,
           eligible_from = EXCLUDED.eligible_from, eligible_to = EXCLUDED.eligible_to,
           status = EXCLUDED.status, status_on = EXCLUDED.status_on;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

-- An order's state, its transitions and the contract's evidence, onto the other party's copy. The
-- buyer creates orders (the provider's copy appears on the first call); either side passes on its
-- own changes; transitions and evidence are insert-only on both sides.
CREATE FUNCTION purchase_order_follow(p_id text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me   text := current_setting('app.tenant_id', true);
    own  purchase_order%ROWTYPE;
    peer text;
BEGIN
    SELECT * INTO own FROM purchase_order o WHERE o.tenant_id = me AND o.id = p_id;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    peer := CASE WHEN me = own.buyer_org THEN own.provider_org ELSE own.buyer_org END;
    PERFORM set_config('app.purchase_peer', peer, true);
    IF NOT EXISTS (SELECT 1 FROM purchase_contract c WHERE c.tenant_id = peer AND c.id = own.contract_id
                   AND c.status = 'ACTIVE') THEN
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN 'PEER_CONTRACT_NOT_ACTIVE';
    END IF;
    IF me = own.provider_org AND NOT EXISTS
        (SELECT 1 FROM purchase_order o WHERE o.tenant_id = peer AND o.id = p_id) THEN
        PERFORM set_config('app.purchase_peer', '', true);
        RETURN 'NOT_FOUND';
    END IF;
    INSERT INTO purchase_order (tenant_id, id, contract_id, buyer_org, provider_org, resident_id,
        item_code, service_date, note, status, worker_person_id, worker_name, check_in_at, check_in_lat,
        check_in_lon, check_in_distance_m, check_out_at, check_out_lat, check_out_lon,
        check_out_distance_m, confirmation_hash, confirmed_at, satisfaction, follow_up_note, created_by,
        created_at, updated_at, transitions)
    VALUES (peer, own.id, own.contract_id, own.buyer_org, own.provider_org, own.resident_id,
        own.item_code, own.service_date, own.note, own.status, own.worker_person_id, own.worker_name,
        own.check_in_at, own.check_in_lat, own.check_in_lon, own.check_in_distance_m, own.check_out_at,
        own.check_out_lat, own.check_out_lon, own.check_out_distance_m, own.confirmation_hash,
        own.confirmed_at, own.satisfaction, own.follow_up_note, own.created_by, own.created_at,
        own.updated_at, own.transitions)
    ON CONFLICT (tenant_id, id) DO UPDATE
       SET status = EXCLUDED.status, worker_person_id = EXCLUDED.worker_person_id,
           worker_name = EXCLUDED.worker_name, check_in_at = EXCLUDED.check_in_at,
           check_in_lat = EXCLUDED.check_in_lat, check_in_lon = EXCLUDED.check_in_lon,
           check_in_distance_m = EXCLUDED.check_in_distance_m, check_out_at = EXCLUDED.check_out_at,
           check_out_lat = EXCLUDED.check_out_lat, check_out_lon = EXCLUDED.check_out_lon,
           check_out_distance_m = EXCLUDED.check_out_distance_m, confirmed_at = EXCLUDED.confirmed_at,
           satisfaction = EXCLUDED.satisfaction, follow_up_note = EXCLUDED.follow_up_note,
           updated_at = EXCLUDED.updated_at, transitions = EXCLUDED.transitions
     -- A stale copy never overwrites a newer one.
     WHERE purchase_order.transitions <= EXCLUDED.transitions;
    INSERT INTO purchase_order_transition (tenant_id, order_id, seq, buyer_org, provider_org,
        from_status, to_status, actor_id, actor, at)
    SELECT peer, t.order_id, t.seq, t.buyer_org, t.provider_org, t.from_status, t.to_status, t.actor_id,
           t.actor, t.at
    FROM purchase_order_transition t WHERE t.tenant_id = me AND t.order_id = p_id
    ON CONFLICT DO NOTHING;
    INSERT INTO purchase_evidence (tenant_id, contract_id, seq, buyer_org, provider_org, order_id, kind,
        body, prev_hash, hash, recorded_at)
    SELECT peer, e.contract_id, e.seq, e.buyer_org, e.provider_org, e.order_id, e.kind, e.body,
           e.prev_hash, e.hash, e.recorded_at
    FROM purchase_evidence e WHERE e.tenant_id = me AND e.order_id = p_id
    ON CONFLICT DO NOTHING;
    PERFORM set_config('app.purchase_peer', '', true);
    RETURN 'OK';
END $$;

DO $$
DECLARE f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['purchase_contract_offer(text)', 'purchase_copy_versions(text, text, text)',
                             'purchase_contract_follow(text)', 'purchase_residents_follow(text)',
                             'purchase_order_follow(text)'] LOOP
        EXECUTE 'REVOKE ALL ON FUNCTION ' || f || ' FROM PUBLIC';
    END LOOP;
    FOREACH f IN ARRAY ARRAY['purchase_contract_offer(text)', 'purchase_contract_follow(text)',
                             'purchase_residents_follow(text)', 'purchase_order_follow(text)'] LOOP
        EXECUTE 'GRANT EXECUTE ON FUNCTION ' || f || ' TO ${appRole}';
    END LOOP;
END $$;
