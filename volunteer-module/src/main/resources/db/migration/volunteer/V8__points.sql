-- Points (积分): earning rules per organization, lots (what was earned when, and until when it is
-- valid), the points shop (donated items, redemptions) and leaderboard opt-outs. Balances live in
-- the fund module's ledger (unit POINT); these tables only say where the points came from and where
-- they went, so FIFO expiry and corrections can be decided. Tenant tables as everywhere: tenant_id
-- leads every key, RLS ENABLE + FORCE on app.tenant_id.

-- Versioned rules: a posting uses the version in force on its date (highest version wins a tie).
CREATE TABLE points_rule (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    version          int         NOT NULL CHECK (version > 0),
    effective_from   date        NOT NULL,
    points_per_hour  int         NOT NULL CHECK (points_per_hour >= 0),
    category_weights text        NOT NULL,   -- JSON object: service category -> decimal weight >= 0
    expiry_policy    text        NOT NULL CHECK (expiry_policy IN ('END_OF_NEXT_YEAR', 'MONTHS', 'NEVER')),
    expiry_months    int         CHECK (expiry_months BETWEEN 1 AND 120),
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, version),
    CHECK ((expiry_policy = 'MONTHS') = (expiry_months IS NOT NULL))
);

CREATE TABLE points_activity_bonus (
    tenant_id    text        NOT NULL,
    activity_id  text        NOT NULL,
    bonus_points int         NOT NULL CHECK (bonus_points >= 0),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, activity_id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES activity (tenant_id, id)
);

-- One lot per credit to a volunteer's points account. remaining = points - consumed - expired -
-- clawed_back always equals what of the lot is still in the account.
CREATE TABLE points_lot (
    tenant_id    text        NOT NULL,
    id           text        NOT NULL,
    volunteer_id text        NOT NULL,
    source       text        NOT NULL CHECK (source IN ('EARNING', 'ADJUSTMENT')),
    record_id    text,
    earned_on    date        NOT NULL,
    expires_on   date,                    -- last valid day; null: never expires
    points       bigint      NOT NULL CHECK (points > 0),
    consumed     bigint      NOT NULL DEFAULT 0 CHECK (consumed >= 0),
    expired      bigint      NOT NULL DEFAULT 0 CHECK (expired >= 0),
    clawed_back  bigint      NOT NULL DEFAULT 0 CHECK (clawed_back >= 0),
    memo         text,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK (consumed + expired + clawed_back <= points)
);
CREATE INDEX points_lot_volunteer_idx ON points_lot (tenant_id, volunteer_id, expires_on, earned_on, id);
CREATE UNIQUE INDEX points_lot_record_idx ON points_lot (tenant_id, record_id) WHERE record_id IS NOT NULL;

CREATE TABLE points_item (
    tenant_id        text        NOT NULL REFERENCES organization (id),
    id               text        NOT NULL,
    name             text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    donor            text        NOT NULL,
    stock            int         NOT NULL CHECK (stock >= 0),   -- moved only by guarded updates
    price_points     bigint      NOT NULL CHECK (price_points > 0),
    per_person_limit int         NOT NULL CHECK (per_person_limit > 0),
    active           boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE points_redemption (
    tenant_id    text        NOT NULL,
    id           text        NOT NULL,
    item_id      text        NOT NULL,
    volunteer_id text        NOT NULL,
    quantity     int         NOT NULL CHECK (quantity > 0),
    points       bigint      NOT NULL CHECK (points > 0),
    pickup_code  text        NOT NULL CHECK (pickup_code ~ '^[0-9]{8}$'),
    status       text        NOT NULL CHECK (status IN ('RESERVED', 'PICKED_UP', 'CANCELLED')),
    created_at   timestamptz NOT NULL,
    resolved_at  timestamptz,
    resolved_by  text,
    version      bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, pickup_code),
    FOREIGN KEY (tenant_id, item_id) REFERENCES points_item (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id)
);
CREATE INDEX points_redemption_item_idx ON points_redemption (tenant_id, item_id, volunteer_id);
CREATE INDEX points_redemption_volunteer_idx ON points_redemption (tenant_id, volunteer_id, id);

-- Which lots a redemption consumed, so a cancellation gives each lot back exactly what it took.
CREATE TABLE points_redemption_lot (
    tenant_id     text   NOT NULL,
    redemption_id text   NOT NULL,
    lot_id        text   NOT NULL,
    points        bigint NOT NULL CHECK (points > 0),
    PRIMARY KEY (tenant_id, redemption_id, lot_id),
    FOREIGN KEY (tenant_id, redemption_id) REFERENCES points_redemption (tenant_id, id),
    FOREIGN KEY (tenant_id, lot_id) REFERENCES points_lot (tenant_id, id)
);

-- A row means the volunteer does not appear on the leaderboard.
CREATE TABLE points_leaderboard_opt_out (
    tenant_id    text        NOT NULL,
    volunteer_id text        NOT NULL,
    opted_out_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, volunteer_id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['points_rule', 'points_activity_bonus', 'points_lot', 'points_item',
                             'points_redemption', 'points_redemption_lot',
                             'points_leaderboard_opt_out'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON points_rule, points_redemption_lot TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON points_activity_bonus, points_lot, points_item, points_redemption TO ${appRole};
GRANT SELECT, INSERT, DELETE ON points_leaderboard_opt_out TO ${appRole};

-- GET /api/v1/me/points: one person's points accounts and redemptions in every organization, through
-- functions that return only that person's rows (no tenant is bound for /me requests). The
-- policies are read-only, for the owner running the functions, and match nothing unless the
-- function has set app.points_person (transaction-local) to the person asking.
CREATE POLICY points_person ON volunteer FOR SELECT TO CURRENT_USER
    USING (current_setting('app.points_person', true) = person_id);

CREATE POLICY points_person ON ledger_account FOR SELECT TO CURRENT_USER
    USING (kind = 'POINTS' AND owner_type = 'VOLUNTEER'
           AND EXISTS (SELECT 1 FROM volunteer v
                       WHERE v.tenant_id = ledger_account.tenant_id AND v.id = ledger_account.owner_id
                         AND v.person_id = current_setting('app.points_person', true)));

CREATE POLICY points_person ON points_redemption FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM volunteer v
                   WHERE v.tenant_id = points_redemption.tenant_id AND v.id = points_redemption.volunteer_id
                     AND v.person_id = current_setting('app.points_person', true)));

CREATE POLICY points_person ON points_item FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM points_redemption r JOIN volunteer v
                       ON v.tenant_id = r.tenant_id AND v.id = r.volunteer_id
                   WHERE r.tenant_id = points_item.tenant_id AND r.item_id = points_item.id
                     AND v.person_id = current_setting('app.points_person', true)));

CREATE FUNCTION points_accounts_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, volunteer_id text, balance bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.points_person', p_person_id, true);
    RETURN QUERY SELECT a.tenant_id, o.name, v.id, a.balance
                 FROM ledger_account a
                 JOIN volunteer v ON v.tenant_id = a.tenant_id AND v.id = a.owner_id
                 JOIN organization o ON o.id = a.tenant_id
                 WHERE a.kind = 'POINTS' AND a.owner_type = 'VOLUNTEER'
                   AND v.person_id = p_person_id
                 ORDER BY a.tenant_id, a.id;
    PERFORM set_config('app.points_person', '', true);
END $$;

CREATE FUNCTION points_redemptions_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, item_name text, quantity int,
                   points bigint, pickup_code text, status text, created_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.points_person', p_person_id, true);
    RETURN QUERY SELECT r.tenant_id, o.name, r.id, i.name, r.quantity, r.points, r.pickup_code,
                        r.status, r.created_at
                 FROM points_redemption r
                 JOIN volunteer v ON v.tenant_id = r.tenant_id AND v.id = r.volunteer_id
                 JOIN points_item i ON i.tenant_id = r.tenant_id AND i.id = r.item_id
                 JOIN organization o ON o.id = r.tenant_id
                 WHERE v.person_id = p_person_id
                 ORDER BY r.created_at DESC, r.id
                 LIMIT 200;
    PERFORM set_config('app.points_person', '', true);
END $$;

REVOKE ALL ON FUNCTION points_accounts_of_person(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION points_redemptions_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION points_accounts_of_person(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION points_redemptions_of_person(text) TO ${appRole};
