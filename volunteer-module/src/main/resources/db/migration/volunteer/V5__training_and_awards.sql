-- Training records (《志愿服务记录与证明出具办法》 Art. 8) and award/commendation records (Art. 9).
-- Append-only like service records: no deletes (no DELETE grant); a correction is a new row whose
-- corrects_id names the row it replaces, and a row can be corrected only once.

CREATE TABLE training_record (
    tenant_id         text        NOT NULL,
    id                text        NOT NULL,
    volunteer_id      text        NOT NULL,
    person_id         text        NOT NULL REFERENCES person (id),  -- for the person's own view
    course_name       text        NOT NULL,   -- 培训名称
    organizer         text        NOT NULL,   -- 培训组织单位
    training_date     date        NOT NULL,
    minutes           int         NOT NULL CHECK (minutes > 0),   -- 培训时长
    content           text        NOT NULL,   -- 培训内容
    outcome           text,                   -- 证书/考核结果, optional
    corrects_id       text,
    correction_reason text,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, corrects_id) REFERENCES training_record (tenant_id, id),
    UNIQUE (tenant_id, corrects_id),
    CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL)
);
CREATE INDEX training_record_volunteer_idx ON training_record (tenant_id, volunteer_id, training_date);
CREATE INDEX training_record_person_idx ON training_record (person_id);

CREATE TABLE award_record (
    tenant_id         text        NOT NULL,
    id                text        NOT NULL,
    volunteer_id      text        NOT NULL,
    person_id         text        NOT NULL REFERENCES person (id),
    award_name        text        NOT NULL,   -- 表彰奖励名称
    level             text        NOT NULL
        CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'ORGANIZATION')),
    awarding_body     text        NOT NULL,   -- 授予单位
    award_date        date        NOT NULL,
    description       text        NOT NULL DEFAULT '',
    corrects_id       text,
    correction_reason text,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id),
    FOREIGN KEY (tenant_id, corrects_id) REFERENCES award_record (tenant_id, id),
    UNIQUE (tenant_id, corrects_id),
    CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL)
);
CREATE INDEX award_record_volunteer_idx ON award_record (tenant_id, volunteer_id, award_date);
CREATE INDEX award_record_person_idx ON award_record (person_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['training_record', 'award_record'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- A person's own rows across organizations (GET /api/v1/me/trainings, /me/awards), readable only
-- inside the functions below, which set the person-scoped setting and clear it again.
CREATE POLICY person_scope ON training_record FOR SELECT TO CURRENT_USER
    USING (current_setting('app.training_person', true) = person_id);
CREATE POLICY person_scope ON award_record FOR SELECT TO CURRENT_USER
    USING (current_setting('app.award_person', true) = person_id);

CREATE FUNCTION training_records_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, course_name text, organizer text,
                   training_date date, minutes int, content text, outcome text, corrects_id text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.training_person', p_person_id, true);
    RETURN QUERY SELECT t.tenant_id, o.name, t.id, t.course_name, t.organizer, t.training_date,
                        t.minutes, t.content, t.outcome, t.corrects_id
                 FROM training_record t JOIN organization o ON o.id = t.tenant_id
                 WHERE t.person_id = p_person_id ORDER BY t.training_date DESC, t.id;
    PERFORM set_config('app.training_person', '', true);
END $$;

CREATE FUNCTION award_records_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, award_name text, level text,
                   awarding_body text, award_date date, description text, corrects_id text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.award_person', p_person_id, true);
    RETURN QUERY SELECT a.tenant_id, o.name, a.id, a.award_name, a.level, a.awarding_body,
                        a.award_date, a.description, a.corrects_id
                 FROM award_record a JOIN organization o ON o.id = a.tenant_id
                 WHERE a.person_id = p_person_id ORDER BY a.award_date DESC, a.id;
    PERFORM set_config('app.award_person', '', true);
END $$;

REVOKE ALL ON FUNCTION training_records_of_person(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION award_records_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION training_records_of_person(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION award_records_of_person(text) TO ${appRole};
-- No UPDATE or DELETE: the rows are never changed once written.
GRANT SELECT, INSERT ON training_record, award_record TO ${appRole};
