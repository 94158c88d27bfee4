-- Volunteers (per-organization profiles of platform people), activities, shifts and sign-ups.
-- Tenant tables: tenant_id leads every key; RLS as in the kernel (see tenant V1).

CREATE TABLE volunteer (
    tenant_id           text        NOT NULL REFERENCES organization (id),
    id                  text        NOT NULL,
    volunteer_no        text        NOT NULL,   -- 志愿者编号, the public identifier
    person_id           text        NOT NULL REFERENCES person (id),
    name                text        NOT NULL,
    gender              text        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date          date        NOT NULL,
    region_code         text        NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    skills              text        NOT NULL DEFAULT '',
    service_categories  text        NOT NULL DEFAULT '',
    emergency_contact   text        NOT NULL,   -- JSON: name, phone (encrypted), relation
    guardian_consent    text,                   -- JSON, required under 18 unless self-supporting
    privacy_version     text        NOT NULL,
    privacy_consented_at timestamptz NOT NULL,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'LEFT')),
    registered_by       text        NOT NULL CHECK (registered_by IN ('SELF', 'STAFF')),
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, person_id),
    UNIQUE (tenant_id, volunteer_no)
);

CREATE TABLE volunteer_counter (
    tenant_id text   NOT NULL REFERENCES organization (id),
    year      int    NOT NULL,
    last_no   bigint NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

CREATE TABLE activity (
    tenant_id          text        NOT NULL REFERENCES organization (id),
    id                 text        NOT NULL,
    title              text        NOT NULL,
    service_category   text        NOT NULL,
    description        text        NOT NULL DEFAULT '',
    organizer          text        NOT NULL,
    responsible_person text        NOT NULL,   -- 负责人
    address            text        NOT NULL,
    latitude           double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    checkin_radius_m   int         NOT NULL CHECK (checkin_radius_m BETWEEN 10 AND 5000),
    risk_disclosure    text        NOT NULL,
    insurance_arranged boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE shift (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL,
    activity_id     text        NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    capacity        int         NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    required_skills text        NOT NULL DEFAULT '',
    minimum_age     int         NOT NULL DEFAULT 14 CHECK (minimum_age BETWEEN 14 AND 100),
    confirmed_count int         NOT NULL DEFAULT 0 CHECK (confirmed_count BETWEEN 0 AND capacity),
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES activity (tenant_id, id),
    CHECK (ends_at > starts_at)
);

CREATE TABLE shift_signup (
    tenant_id    text        NOT NULL,
    id           text        NOT NULL,
    shift_id     text        NOT NULL,
    volunteer_id text        NOT NULL,
    person_id    text        NOT NULL REFERENCES person (id),
    starts_at    timestamptz NOT NULL,   -- copied from the shift for the platform-wide overlap check
    ends_at      timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    waitlist_seq bigint,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, shift_id) REFERENCES shift (tenant_id, id),
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteer (tenant_id, id)
);
-- One live sign-up per volunteer and shift.
CREATE UNIQUE INDEX shift_signup_live_idx ON shift_signup (tenant_id, shift_id, volunteer_id)
    WHERE status <> 'CANCELLED';
CREATE INDEX shift_signup_person_time_idx ON shift_signup (person_id, starts_at)
    WHERE status <> 'CANCELLED';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['volunteer', 'volunteer_counter', 'activity', 'shift', 'shift_signup'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- The platform-wide overlap check: does this person hold a live sign-up anywhere (any
-- organization) that overlaps [starts, ends)? Answers yes/no only, never which organization.
CREATE POLICY overlap_check ON shift_signup FOR SELECT TO CURRENT_USER
    USING (current_setting('app.overlap_person', true) = person_id);

CREATE FUNCTION person_has_overlapping_signup(p_person_id text, p_starts timestamptz, p_ends timestamptz,
                                              p_except_tenant text, p_except_shift text)
    RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE found boolean;
BEGIN
    PERFORM set_config('app.overlap_person', p_person_id, true);
    SELECT EXISTS (SELECT 1 FROM shift_signup s
                   WHERE s.person_id = p_person_id AND s.status <> 'CANCELLED'
                     AND s.starts_at < p_ends AND p_starts < s.ends_at
                     AND NOT (s.tenant_id = p_except_tenant AND s.shift_id = p_except_shift))
      INTO found;
    PERFORM set_config('app.overlap_person', '', true);
    RETURN found;
END $$;
REVOKE ALL ON FUNCTION person_has_overlapping_signup(text, timestamptz, timestamptz, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_has_overlapping_signup(text, timestamptz, timestamptz, text, text) TO ${appRole};

GRANT SELECT, INSERT, UPDATE ON volunteer, volunteer_counter, activity, shift, shift_signup TO ${appRole};
