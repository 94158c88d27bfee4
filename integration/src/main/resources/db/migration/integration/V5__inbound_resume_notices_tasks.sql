-- Inbound lists, continued (docs/decisions/0021-inbound-rosters.md, "Resume", "Notices as files",
-- "Staff tasks").
--
-- Resume: a file whose node died mid-apply stays PROCESSING. Its claim is a lease: the worker
-- renews lease_at with every chunk it commits, and every chunk commits the line it reached
-- (last_line) with the file's counters. A consumer that meets the same bytes again after the lease
-- went stale takes the file over (attempt + 1, one winner by a guarded UPDATE) and goes on after
-- last_line, so no row is counted twice. A chunk commits only while its worker still holds the
-- attempt it started with: a worker that lost the lease cannot add to the counters.
ALTER TABLE integration_inbound_file ADD COLUMN lease_at timestamptz;
ALTER TABLE integration_inbound_file ADD COLUMN attempt int NOT NULL DEFAULT 1 CHECK (attempt >= 1);
ALTER TABLE integration_inbound_file ADD COLUMN last_line int NOT NULL DEFAULT 0 CHECK (last_line >= 0);

-- Move-away notices (迁出) come in like death notices, as files over SFTP too.
ALTER TABLE integration_inbound_file DROP CONSTRAINT integration_inbound_file_kind_check;
ALTER TABLE integration_inbound_file ADD CONSTRAINT integration_inbound_file_kind_check
    CHECK (kind IN ('ROSTER', 'DEATH', 'MOVE'));

-- Staff tasks: resolved by a person with a note. A death notice received by one organization (the
-- buyer) opens the task in the organization where the deceased holds time (each in a transaction
-- of its own tenant), so the task no longer points at a file of its own tenant.
ALTER TABLE integration_staff_task DROP CONSTRAINT integration_staff_task_tenant_id_file_id_fkey;
ALTER TABLE integration_staff_task ALTER COLUMN file_id DROP NOT NULL;
ALTER TABLE integration_staff_task ADD COLUMN resolved_at timestamptz;
ALTER TABLE integration_staff_task ADD COLUMN resolved_by text;
ALTER TABLE integration_staff_task ADD COLUMN note text CHECK (char_length(note) <= 1000);
ALTER TABLE integration_staff_task ADD CONSTRAINT integration_staff_task_resolved_check
    CHECK ((status = 'DONE') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL
                                AND note IS NOT NULL));
CREATE INDEX integration_staff_task_list_idx
    ON integration_staff_task (tenant_id, created_at DESC, id);
