-- One double-entry ledger engine for every unit: CNY in fen, HOUR in minutes, POINT (all bigint).
-- Posted transactions never change (corrections are reversals), so postings are insert-only.

CREATE TABLE ledger_account (
    tenant_id   text        NOT NULL,
    id          text        NOT NULL,
    unit        text        NOT NULL CHECK (unit IN ('CNY', 'HOUR', 'POINT')),
    kind        text        NOT NULL,
    owner_type  text,
    owner_id    text,
    name        text,
    no_negative boolean     NOT NULL,
    balance     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    -- Target of the posting foreign key, so the database itself keeps posting unit = account unit.
    UNIQUE (tenant_id, id, unit),
    CHECK (NOT no_negative OR balance >= 0),
    CHECK ((owner_type IS NULL) = (owner_id IS NULL))
);
CREATE INDEX ledger_account_kind_idx ON ledger_account (tenant_id, kind, id);

-- The client-supplied id is the idempotency key; content_hash tells a retry from a reuse.
CREATE TABLE ledger_transaction (
    tenant_id      text        NOT NULL,
    id             text        NOT NULL,
    kind           text        NOT NULL,
    memo           text,
    effective_date date        NOT NULL,
    reverses_id    text,
    content_hash   text        NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, reverses_id) REFERENCES ledger_transaction (tenant_id, id),
    -- A transaction is reversed at most once.
    UNIQUE (tenant_id, reverses_id)
);

CREATE TABLE ledger_posting (
    tenant_id      text   NOT NULL,
    transaction_id text   NOT NULL,
    line           int    NOT NULL,
    seq            bigint GENERATED ALWAYS AS IDENTITY,  -- statement order (assigned under the account lock)
    account_id     text   NOT NULL,
    unit           text   NOT NULL,
    amount         bigint NOT NULL CHECK (amount <> 0),
    effective_date date   NOT NULL,
    PRIMARY KEY (tenant_id, transaction_id, line),
    FOREIGN KEY (tenant_id, transaction_id) REFERENCES ledger_transaction (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id, unit) REFERENCES ledger_account (tenant_id, id, unit)
);
CREATE INDEX ledger_posting_account_idx ON ledger_posting (tenant_id, account_id, seq);

CREATE TABLE ledger_period (
    tenant_id text        NOT NULL,
    period    text        NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    closed_by text        NOT NULL,
    closed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, period)
);

-- Last line of defence behind the domain's balanced builder: checked at commit, once all postings
-- of the transaction are in, so an unbalanced transaction can never be committed.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_posting p
               WHERE p.tenant_id = NEW.tenant_id AND p.transaction_id = NEW.transaction_id
               GROUP BY p.unit HAVING sum(p.amount) <> 0) THEN
        RAISE EXCEPTION 'ledger transaction % is not balanced', NEW.transaction_id
            USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_posting_balanced AFTER INSERT ON ledger_posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ledger_account', 'ledger_transaction', 'ledger_posting', 'ledger_period'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
        -- Read-only, for the platform invariant function below only (the owner runs it).
        EXECUTE format('CREATE POLICY platform_invariants ON %I FOR SELECT TO CURRENT_USER'
                       ' USING (current_setting(''app.ledger_all_tenants'', true) = ''on'')', t);
    END LOOP;
END $$;

-- Platform-wide invariant check: aggregates across tenants and returns only per-tenant pass/fail
-- and counts, never a posting or an account.
CREATE FUNCTION ledger_invariants_all_tenants()
    RETURNS TABLE (tenant_id text, accounts bigint, postings bigint, unbalanced_units bigint,
                   mismatched_accounts bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.ledger_all_tenants', 'on', true);
    RETURN QUERY
        WITH sums AS (SELECT p.tenant_id, p.account_id, sum(p.amount) AS total, count(*) AS n
                      FROM ledger_posting p GROUP BY p.tenant_id, p.account_id),
             acc AS (SELECT a.tenant_id, count(*) AS accounts,
                            count(*) FILTER (WHERE a.balance <> coalesce(s.total, 0)) AS mismatched,
                            coalesce(sum(s.n), 0)::bigint AS postings
                     FROM ledger_account a
                     LEFT JOIN sums s ON s.tenant_id = a.tenant_id AND s.account_id = a.id
                     GROUP BY a.tenant_id),
             units AS (SELECT u.tenant_id, count(*) AS unbalanced
                       FROM (SELECT p.tenant_id, p.unit FROM ledger_posting p
                             GROUP BY p.tenant_id, p.unit HAVING sum(p.amount) <> 0) u
                       GROUP BY u.tenant_id)
        SELECT acc.tenant_id, acc.accounts, acc.postings, coalesce(units.unbalanced, 0)::bigint,
               acc.mismatched
        FROM acc LEFT JOIN units ON units.tenant_id = acc.tenant_id
        ORDER BY acc.tenant_id;
    PERFORM set_config('app.ledger_all_tenants', '', true);
END $$;

REVOKE ALL ON FUNCTION ledger_invariants_all_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ledger_invariants_all_tenants() TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON ledger_account TO ${appRole};
GRANT SELECT, INSERT ON ledger_transaction, ledger_posting, ledger_period TO ${appRole};
