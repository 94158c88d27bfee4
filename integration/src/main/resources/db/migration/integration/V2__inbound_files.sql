-- Inbound lists from civil-affairs (docs/decisions/0021-inbound-rosters.md): every file or gateway
-- message received, once per (tenant, source, SHA-256 of its bytes). The unique key is the
-- idempotent consumer: a second delivery of the same bytes (another node, a re-sent file) finds the
-- row and applies nothing. Rows that fail validation are kept (masked) as the file's report.

CREATE TABLE integration_inbound_file (
    tenant_id     text        NOT NULL,
    id            text        NOT NULL,
    source        text        NOT NULL CHECK (source IN ('SFTP', 'GATEWAY')),
    kind          text        NOT NULL CHECK (kind IN ('ROSTER', 'DEATH')),
    name          text        NOT NULL,
    checksum      text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    period        date,
    status        text        NOT NULL CHECK (status IN ('PROCESSING', 'APPLIED', 'UNREADABLE')),
    rows_total    int         NOT NULL DEFAULT 0 CHECK (rows_total >= 0),
    rows_applied  int         NOT NULL DEFAULT 0 CHECK (rows_applied >= 0),
    rows_rejected int         NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0),
    added         int         NOT NULL DEFAULT 0,
    changed       int         NOT NULL DEFAULT 0,
    ended         int         NOT NULL DEFAULT 0,
    error         text,
    received_at   timestamptz NOT NULL,
    finished_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, source, checksum),
    CHECK ((status = 'PROCESSING') = (finished_at IS NULL))
);
CREATE INDEX integration_inbound_file_list_idx
    ON integration_inbound_file (tenant_id, received_at DESC, id);

CREATE TABLE integration_inbound_rejected_row (
    tenant_id text NOT NULL,
    file_id   text NOT NULL,
    line      int  NOT NULL CHECK (line >= 1),
    code      text NOT NULL,
    field     text,
    id_masked text,              -- never the full ID number
    PRIMARY KEY (tenant_id, file_id, line),
    FOREIGN KEY (tenant_id, file_id) REFERENCES integration_inbound_file (tenant_id, id)
);

-- Work for staff that the platform must not do by itself (e.g. a deceased volunteer's time-bank
-- balance: the time bank's deceased-holder rule is applied by a person, never automatically).
CREATE TABLE integration_staff_task (
    tenant_id    text        NOT NULL,
    id           text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('DECEASED_VOLUNTEER_BALANCE')),
    subject_id   text        NOT NULL,   -- the volunteer id
    file_id      text        NOT NULL,
    detail       text        NOT NULL,   -- JSON: name, masked ID, date of death, balance minutes
    status       text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, kind, subject_id),
    FOREIGN KEY (tenant_id, file_id) REFERENCES integration_inbound_file (tenant_id, id)
);

-- A wholly unreadable file is a dead letter too: it has no outbox event, it names its file.
ALTER TABLE integration_dead_letter ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE integration_dead_letter ADD COLUMN file_id text;
ALTER TABLE integration_dead_letter ADD FOREIGN KEY (tenant_id, file_id)
    REFERENCES integration_inbound_file (tenant_id, id);
ALTER TABLE integration_dead_letter ADD CHECK ((event_id IS NULL) <> (file_id IS NULL));

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['integration_inbound_file', 'integration_inbound_rejected_row',
                             'integration_staff_task'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON integration_inbound_file, integration_staff_task TO ${appRole};
GRANT SELECT, INSERT ON integration_inbound_rejected_row TO ${appRole};
