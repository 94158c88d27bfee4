-- Attendance: check-in and check-out of a volunteer on a shift. A closed attendance produces a
-- service record; an open one left after the shift is flagged and capped at the shift's end.

CREATE TABLE attendance (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,
    shift_id        text        NOT NULL,
    volunteer_id    text        NOT NULL,
    person_id       text        NOT NULL REFERENCES person (id),
    method          text        NOT NULL CHECK (method IN ('CODE', 'MANUAL')),
    manual_reason   text,
    checked_in_at   timestamptz NOT NULL,
    checked_out_at  timestamptz,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'MISSING_CHECKOUT')),
    record_id       text,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, shift_id) REFERENCES shift (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    CHECK (method = 'CODE' OR manual_reason IS NOT NULL),
    CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
-- At most one attendance per volunteer and shift.
CREATE UNIQUE INDEX attendance_once_idx ON attendance (tenant_id, shift_id, volunteer_id);

ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON attendance
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON attendance TO ${appRole};
