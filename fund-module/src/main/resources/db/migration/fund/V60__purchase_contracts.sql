-- Government service purchase (政府购买服务), part A: contracts between a buyer tenant (a
-- GOVERNMENT_BUYER) and a provider tenant, the buyer's roster of residents, service orders with
-- their transitions and a hash-chained evidence log per contract. See ADR 0015.
--
-- Each side keeps its own copy of what it may see (as the time-bank clearing of V12 in the volunteer
-- module does): rows always carry the owning tenant in tenant_id, buyer_org and provider_org name the
-- parties. Copies cross tenants only through the SECURITY DEFINER functions below, which read the
-- caller's own row and write the counterparty's under a transaction-local app.purchase_peer policy.
-- tenant_id leads every key. V60-V79 are reserved for purchase (part B: settlement, anomalies,
-- sampling takes V65 on).

CREATE TABLE purchase_contract (
    tenant_id            text        NOT NULL,
    id                   text        NOT NULL,
    side                 text        NOT NULL CHECK (side IN ('BUYER', 'PROVIDER')),
    buyer_org            text        NOT NULL,
    provider_org         text        NOT NULL,
    buyer_name           text        NOT NULL,
    provider_name        text        NOT NULL,
    number               text        NOT NULL,
    title                text        NOT NULL,
    budget_line          text        NOT NULL,
    recurring            boolean     NOT NULL,
    term_start           date        NOT NULL,
    term_end             date        NOT NULL,
    total_amount         bigint      NOT NULL CHECK (total_amount > 0),
    settlement_method    text        NOT NULL CHECK (settlement_method IN ('MONTHLY_BY_UNITS')),
    performance_targets  text        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('DRAFT', 'PROPOSED', 'ACTIVE', 'DECLINED', 'TERMINATED')),
    current_version      int         NOT NULL CHECK (current_version >= 1),
    published            boolean     NOT NULL DEFAULT false,
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    proposed_at          timestamptz,
    decided_by           text,
    decided_at           timestamptz,
    decline_reason       text,
    terminated_by        text,
    terminated_at        timestamptz,
    terminated_on        date,
    termination_reason   text,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, buyer_org, number),
    CHECK (buyer_org <> provider_org),
    CHECK ((side = 'BUYER' AND tenant_id = buyer_org) OR (side = 'PROVIDER' AND tenant_id = provider_org)),
    CHECK (term_end >= term_start),
    CHECK ((status = 'TERMINATED') = (terminated_at IS NOT NULL))
);
CREATE INDEX purchase_contract_list_idx ON purchase_contract (tenant_id, created_at DESC, id);

-- Amendments are new versions; version 1 is the signed contract. The items of a version are its
-- whole catalogue (a version never edits another).
CREATE TABLE purchase_contract_version (
    tenant_id       text        NOT NULL,
    contract_id     text        NOT NULL,
    version         int         NOT NULL CHECK (version >= 1),
    buyer_org       text        NOT NULL,
    provider_org    text        NOT NULL,
    effective_from  date        NOT NULL,
    term_end        date        NOT NULL,
    total_amount    bigint      NOT NULL CHECK (total_amount > 0),
    note            text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, version),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id)
);

CREATE TABLE purchase_contract_item (
    tenant_id        text    NOT NULL,
    contract_id      text    NOT NULL,
    version          int     NOT NULL,
    code             text    NOT NULL,
    buyer_org        text    NOT NULL,
    provider_org     text    NOT NULL,
    name             text    NOT NULL,
    unit             text    NOT NULL CHECK (unit IN ('VISIT', 'HOUR', 'MEAL')),
    unit_price       bigint  NOT NULL CHECK (unit_price > 0),
    quantity         int     NOT NULL CHECK (quantity > 0),
    min_minutes      int     NOT NULL CHECK (min_minutes >= 0 AND min_minutes <= 1440),
    eligible_groups  text    NOT NULL,
    position         int     NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, version, code),
    FOREIGN KEY (tenant_id, contract_id, version)
        REFERENCES purchase_contract_version (tenant_id, contract_id, version)
);

-- The buyer's roster (服务对象). person_id is the platform-wide person (ID encrypted there); the
-- masked number is copied for display.
CREATE TABLE purchase_resident (
    tenant_id        text          NOT NULL,
    id               text          NOT NULL,
    person_id        text          NOT NULL,
    name             text          NOT NULL,
    id_masked        text          NOT NULL,
    phone_masked     text,
    address          text          NOT NULL,
    latitude         numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude        numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    category         text          NOT NULL CHECK (category IN ('DIBAO', 'TEKUN', 'LOW_INCOME', 'ELDERLY', 'DISABLED')),
    level            text,
    eligible_from    date          NOT NULL,
    eligible_to      date,
    status           text          NOT NULL CHECK (status IN ('ACTIVE', 'DECEASED', 'MOVED_AWAY')),
    status_on        date,
    created_by       text          NOT NULL,
    created_at       timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, person_id),
    CHECK (eligible_to IS NULL OR eligible_to >= eligible_from),
    CHECK ((status = 'ACTIVE') = (status_on IS NULL))
);
CREATE INDEX purchase_resident_list_idx ON purchase_resident (tenant_id, created_at DESC, id);

CREATE TABLE purchase_resident_status_change (
    tenant_id     text        NOT NULL,
    resident_id   text        NOT NULL,
    seq           int         NOT NULL,
    status        text        NOT NULL CHECK (status IN ('ACTIVE', 'DECEASED', 'MOVED_AWAY')),
    effective_on  date        NOT NULL,
    note          text,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, resident_id, seq),
    FOREIGN KEY (tenant_id, resident_id) REFERENCES purchase_resident (tenant_id, id)
);

-- Residents assigned to a contract, on both sides; the provider's copy holds only these minimal
-- fields (no person id, no phone).
CREATE TABLE purchase_contract_resident (
    tenant_id      text          NOT NULL,
    contract_id    text          NOT NULL,
    resident_id    text          NOT NULL,
    buyer_org      text          NOT NULL,
    provider_org   text          NOT NULL,
    name           text          NOT NULL,
    id_masked      text          NOT NULL,
    address        text          NOT NULL,
    latitude       numeric(9, 6),
    longitude      numeric(9, 6),
    category       text          NOT NULL,
    level          text,
    eligible_from  date          NOT NULL,
    eligible_to    date,
    status         text          NOT NULL,
    status_on      date,
    assigned_at    timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, resident_id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id)
);

CREATE TABLE purchase_order (
    tenant_id            text          NOT NULL,
    id                   text          NOT NULL,
    contract_id          text          NOT NULL,
    buyer_org            text          NOT NULL,
    provider_org         text          NOT NULL,
    resident_id          text          NOT NULL,
    item_code            text          NOT NULL,
    service_date         date          NOT NULL,
    note                 text,
    status               text          NOT NULL CHECK (status IN ('PENDING_DISPATCH', 'DISPATCHED', 'ACCEPTED',
                                         'IN_SERVICE', 'COMPLETED', 'RATED', 'CANCELLED', 'NO_SHOW')),
    worker_person_id     text,
    worker_name          text,
    check_in_at          timestamptz,
    check_in_lat         numeric(9, 6),
    check_in_lon         numeric(9, 6),
    check_in_distance_m  int,
    check_out_at         timestamptz,
    check_out_lat        numeric(9, 6),
    check_out_lon        numeric(9, 6),
    check_out_distance_m int,
    confirmation_hash    text          NOT NULL,
    confirmed_at         timestamptz,
    satisfaction         int CHECK (satisfaction BETWEEN 1 AND 5),
    follow_up_note       text,
    created_by           text          NOT NULL,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    transitions          int           NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES purchase_contract (tenant_id, id),
    FOREIGN KEY (tenant_id, contract_id, resident_id)
        REFERENCES purchase_contract_resident (tenant_id, contract_id, resident_id),
    CHECK (check_out_at IS NULL OR (check_in_at IS NOT NULL AND check_out_at >= check_in_at))
);
CREATE INDEX purchase_order_list_idx ON purchase_order (tenant_id, created_at DESC, id);
CREATE INDEX purchase_order_worker_idx ON purchase_order (tenant_id, worker_person_id, created_at DESC);

CREATE TABLE purchase_order_transition (
    tenant_id     text        NOT NULL,
    order_id      text        NOT NULL,
    seq           int         NOT NULL,
    buyer_org     text        NOT NULL,
    provider_org  text        NOT NULL,
    from_status   text,
    to_status     text        NOT NULL,
    actor_id      text,
    actor         text        NOT NULL,
    at            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, order_id, seq),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id)
);

-- Evidence, append-only and hash-chained per contract: hash = sha256(prev_hash || '\n' || body),
-- where body is the canonical JSON stored here. Both sides hold the same chain.
CREATE TABLE purchase_evidence (
    tenant_id     text        NOT NULL,
    contract_id   text        NOT NULL,
    seq           bigint      NOT NULL CHECK (seq >= 1),
    buyer_org     text        NOT NULL,
    provider_org  text        NOT NULL,
    order_id      text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('CHECK_IN', 'CHECK_OUT', 'PHOTO', 'CONFIRMATION', 'FOLLOW_UP')),
    body          text        NOT NULL,
    prev_hash     text        NOT NULL,
    hash          text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, seq),
    UNIQUE (tenant_id, hash),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id)
);
CREATE INDEX purchase_evidence_order_idx ON purchase_evidence (tenant_id, order_id, seq);

-- The photo bytes stay with the provider who took them; the evidence row carries the hash.
CREATE TABLE purchase_order_photo (
    tenant_id     text        NOT NULL,
    order_id      text        NOT NULL,
    sha256        text        NOT NULL,
    content_type  text        NOT NULL,
    size_bytes    int         NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    data          bytea       NOT NULL,
    uploaded_by   text        NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, order_id, sha256),
    FOREIGN KEY (tenant_id, order_id) REFERENCES purchase_order (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['purchase_contract', 'purchase_contract_version', 'purchase_contract_item',
                             'purchase_resident', 'purchase_resident_status_change',
                             'purchase_contract_resident', 'purchase_order', 'purchase_order_transition',
                             'purchase_evidence', 'purchase_order_photo'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
    -- For the owner running the functions below only: the counterparty's rows of a contract
    -- between the two, while a function has set app.purchase_peer (transaction-local).
    FOREACH t IN ARRAY ARRAY['purchase_contract', 'purchase_contract_version', 'purchase_contract_item',
                             'purchase_contract_resident', 'purchase_order', 'purchase_order_transition',
                             'purchase_evidence'] LOOP
        EXECUTE format('CREATE POLICY purchase_peer ON %I TO CURRENT_USER'
                       ' USING (tenant_id = current_setting(''app.purchase_peer'', true)'
                       '        AND current_setting(''app.tenant_id'', true) IN (buyer_org, provider_org))'
                       ' WITH CHECK (tenant_id = current_setting(''app.purchase_peer'', true)'
                       '        AND current_setting(''app.tenant_id'', true) IN (buyer_org, provider_org))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON purchase_contract, purchase_resident, purchase_contract_resident,
    purchase_order TO ${appRole};
GRANT SELECT, INSERT ON purchase_contract_version, purchase_contract_item,
    purchase_resident_status_change, purchase_order_transition, purchase_evidence,
    purchase_order_photo TO ${appRole};
