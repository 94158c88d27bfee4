-- Time bank: group activities (their hours may be donate-only), the settlement of a deceased
-- holder's balance (once per volunteer), reminders for dormant balances, and the person's own view
-- of their time accounts extended with donate-only hours and the dormancy reminder.

ALTER TABLE activity ADD COLUMN group_activity boolean NOT NULL DEFAULT false;

-- One row per deceased volunteer: the primary key makes the settlement happen exactly once.
CREATE TABLE time_bank_deceased_settlement (
    tenant_id             text        NOT NULL,
    volunteer_id          text        NOT NULL,
    date_of_death         date        NOT NULL,
    evidence              text        NOT NULL,
    rule                  text        NOT NULL CHECK (rule IN ('HEIR_OR_POOL', 'POOL')),
    heir_volunteer_id     text,
    to_heir_minutes       bigint      NOT NULL CHECK (to_heir_minutes >= 0),
    to_pool_minutes       bigint      NOT NULL CHECK (to_pool_minutes >= 0),
    transaction_id        text,
    settled_by            text        NOT NULL,
    settled_at            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, volunteer_id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, heir_volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK (heir_volunteer_id IS NULL OR heir_volunteer_id <> volunteer_id)
);

-- A reminder per time account and "dormant since" date (the last posting's effective date), so a
-- second run for the same untouched balance adds nothing; a balance used again and then left
-- untouched again gets a new reminder.
CREATE TABLE time_bank_dormancy_reminder (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,
    account_id      text        NOT NULL,
    account_kind    text        NOT NULL,
    volunteer_id    text        NOT NULL,
    dormant_since   date        NOT NULL,
    last_posting_seq bigint     NOT NULL,   -- a later posting ends the quiet period
    balance_minutes bigint      NOT NULL CHECK (balance_minutes > 0),
    as_of           date        NOT NULL,
    reminded_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_id, dormant_since),
    FOREIGN KEY (tenant_id, account_id) REFERENCES ledger_account (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id)
);
CREATE INDEX time_bank_dormancy_reminder_volunteer_idx
    ON time_bank_dormancy_reminder (tenant_id, volunteer_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['time_bank_deceased_settlement', 'time_bank_dormancy_reminder'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
-- Both are insert-only: a settlement or a reminder is a fact, never edited.
GRANT SELECT, INSERT ON time_bank_deceased_settlement, time_bank_dormancy_reminder TO ${appRole};

-- The person's own view (V7) now also reads donate-only accounts, the postings of their time
-- accounts (for the last activity date) and their reminders; still only while the function below
-- has set app.time_person to the person asking.
ALTER POLICY time_person ON ledger_account
    USING (kind IN ('TIME_CREDIT', 'TIME_DONATE_ONLY') AND owner_type = 'VOLUNTEER'
           AND EXISTS (SELECT 1 FROM volunteer v
                       WHERE v.tenant_id = ledger_account.tenant_id AND v.id = ledger_account.owner_id
                         AND v.person_id = current_setting('app.time_person', true)));

CREATE POLICY time_person ON ledger_posting FOR SELECT TO CURRENT_USER
    USING (current_setting('app.time_person', true) <> ''
           AND EXISTS (SELECT 1 FROM ledger_account a
                       WHERE a.tenant_id = ledger_posting.tenant_id AND a.id = ledger_posting.account_id));

CREATE POLICY time_person ON time_bank_dormancy_reminder FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM volunteer v
                   WHERE v.tenant_id = time_bank_dormancy_reminder.tenant_id
                     AND v.id = time_bank_dormancy_reminder.volunteer_id
                     AND v.person_id = current_setting('app.time_person', true)));

-- The result gains columns, which CREATE OR REPLACE cannot do: drop and create again.
DROP FUNCTION time_accounts_of_person(text);

-- dormant: an account has a reminder and no posting since (its last posting is still the one the
-- reminder saw).
CREATE FUNCTION time_accounts_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, volunteer_id text, balance bigint,
                   donate_only_balance bigint, dormant boolean, dormant_since date,
                   reminded_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.time_person', p_person_id, true);
    RETURN QUERY
        WITH accounts AS (
                 SELECT a.tenant_id, a.owner_id AS volunteer_id, a.id, a.kind, a.balance,
                        (SELECT max(p.seq) FROM ledger_posting p
                         WHERE p.tenant_id = a.tenant_id AND p.account_id = a.id) AS last_seq
                 FROM ledger_account a
                 JOIN volunteer v ON v.tenant_id = a.tenant_id AND v.id = a.owner_id
                 WHERE a.kind IN ('TIME_CREDIT', 'TIME_DONATE_ONLY') AND a.owner_type = 'VOLUNTEER'
                   AND v.person_id = p_person_id),
             reminded AS (
                 SELECT ac.tenant_id, ac.volunteer_id, max(r.dormant_since) AS since,
                        max(r.reminded_at) AS at
                 FROM accounts ac
                 JOIN time_bank_dormancy_reminder r
                   ON r.tenant_id = ac.tenant_id AND r.account_id = ac.id
                  AND r.last_posting_seq = ac.last_seq
                 GROUP BY ac.tenant_id, ac.volunteer_id)
        SELECT ac.tenant_id, o.name, ac.volunteer_id,
               coalesce(sum(ac.balance) FILTER (WHERE ac.kind = 'TIME_CREDIT'), 0)::bigint,
               coalesce(sum(ac.balance) FILTER (WHERE ac.kind = 'TIME_DONATE_ONLY'), 0)::bigint,
               (min(rm.since) IS NOT NULL), min(rm.since), min(rm.at)
        FROM accounts ac
        JOIN organization o ON o.id = ac.tenant_id
        LEFT JOIN reminded rm ON rm.tenant_id = ac.tenant_id AND rm.volunteer_id = ac.volunteer_id
        GROUP BY ac.tenant_id, o.name, ac.volunteer_id
        ORDER BY ac.tenant_id, ac.volunteer_id;
    PERFORM set_config('app.time_person', '', true);
END $$;

REVOKE ALL ON FUNCTION time_accounts_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION time_accounts_of_person(text) TO ${appRole};
