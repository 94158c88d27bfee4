-- Service records (《志愿服务记录与证明出具办法》 Art. 7): one per piece of service, reviewed by staff.
-- Never deleted: rejected records stay, corrections are new records pointing at the old one.

CREATE TABLE service_record (
    tenant_id          text        NOT NULL,
    id                 text        NOT NULL,
    volunteer_id       text        NOT NULL,
    person_id          text        NOT NULL REFERENCES person (id),
    activity_id        text,
    shift_id           text,
    activity_name      text        NOT NULL,   -- 活动名称
    service_date       date        NOT NULL,   -- 日期
    location           text        NOT NULL,   -- 地点
    content            text        NOT NULL,   -- 服务内容
    started_at         timestamptz NOT NULL,
    ended_at           timestamptz NOT NULL,
    minutes            int         NOT NULL CHECK (minutes > 0),   -- 服务时间 (actual)
    organizer          text        NOT NULL,   -- 组织单位
    responsible_person text        NOT NULL,   -- 负责人
    source             text        NOT NULL CHECK (source IN ('CHECK_IN', 'STAFF')),
    entry_reason       text,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    corrects_id        text,
    review_note        text,
    reviewed_by        text,
    reviewed_at        timestamptz,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, corrects_id) REFERENCES service_record (tenant_id, id),
    CHECK (ended_at > started_at),
    CHECK (source = 'CHECK_IN' OR entry_reason IS NOT NULL)
);
CREATE INDEX service_record_person_time_idx ON service_record (person_id, started_at)
    WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX service_record_status_idx ON service_record (tenant_id, status, service_date);

ALTER TABLE service_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_record FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_record
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- Narrow cross-tenant reads for one person: overlap of credited time, and their own records.
CREATE POLICY person_scope ON service_record FOR SELECT TO CURRENT_USER
    USING (current_setting('app.record_person', true) = person_id);

CREATE FUNCTION person_has_overlapping_service(p_person_id text, p_starts timestamptz, p_ends timestamptz,
                                               p_except_id text)
    RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE found boolean;
BEGIN
    PERFORM set_config('app.record_person', p_person_id, true);
    SELECT EXISTS (SELECT 1 FROM service_record r
                   WHERE r.person_id = p_person_id AND r.status IN ('PENDING', 'APPROVED')
                     AND r.started_at < p_ends AND p_starts < r.ended_at
                     AND r.id IS DISTINCT FROM p_except_id)
      INTO found;
    PERFORM set_config('app.record_person', '', true);
    RETURN found;
END $$;

CREATE FUNCTION service_records_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, activity_name text, service_date date,
                   location text, content text, minutes int, organizer text, responsible_person text,
                   status text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.record_person', p_person_id, true);
    RETURN QUERY SELECT r.tenant_id, o.name, r.id, r.activity_name, r.service_date, r.location, r.content,
                        r.minutes, r.organizer, r.responsible_person, r.status
                 FROM service_record r JOIN organization o ON o.id = r.tenant_id
                 WHERE r.person_id = p_person_id ORDER BY r.service_date DESC, r.id;
    PERFORM set_config('app.record_person', '', true);
END $$;

REVOKE ALL ON FUNCTION person_has_overlapping_service(text, timestamptz, timestamptz, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION service_records_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_has_overlapping_service(text, timestamptz, timestamptz, text) TO ${appRole};
GRANT EXECUTE ON FUNCTION service_records_of_person(text) TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON service_record TO ${appRole};
