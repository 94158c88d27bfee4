-- A volunteer's own certificates, sign-ups and points lots in every organization
-- (GET /api/v1/me/certificates, /me/signups with attendance, /me/points/lots), read like the person's other /me
-- views (V2, V5, V7, V8): through SECURITY DEFINER functions that return only that person's rows.
-- The policies are read-only, for the owner running the functions, and match nothing unless the
-- function has set app.me_person (transaction-local) to the person asking.

CREATE POLICY me_person ON volunteer FOR SELECT TO CURRENT_USER
    USING (current_setting('app.me_person', true) = person_id);

CREATE POLICY me_person ON certificate FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM volunteer v
                   WHERE v.tenant_id = certificate.tenant_id AND v.id = certificate.volunteer_id
                     AND v.person_id = current_setting('app.me_person', true)));

CREATE POLICY me_person ON shift_signup FOR SELECT TO CURRENT_USER
    USING (current_setting('app.me_person', true) = person_id);

-- The shifts and activities the person signed up for (their own sign-ups, visible above).
CREATE POLICY me_person ON shift FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM shift_signup s
                   WHERE s.tenant_id = shift.tenant_id AND s.shift_id = shift.id
                     AND s.person_id = current_setting('app.me_person', true)));

CREATE POLICY me_person ON activity FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM shift sh
                   JOIN shift_signup s ON s.tenant_id = sh.tenant_id AND s.shift_id = sh.id
                   WHERE sh.tenant_id = activity.tenant_id AND sh.activity_id = activity.id
                     AND s.person_id = current_setting('app.me_person', true)));

CREATE POLICY me_person ON attendance FOR SELECT TO CURRENT_USER
    USING (current_setting('app.me_person', true) = person_id);

CREATE POLICY me_person ON points_lot FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM volunteer v
                   WHERE v.tenant_id = points_lot.tenant_id AND v.id = points_lot.volunteer_id
                     AND v.person_id = current_setting('app.me_person', true)));

-- Certificates as signed (the facts text is parsed by the application for the hours covered).
CREATE FUNCTION certificates_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, certificate_no text, facts text,
                   digest text, status text, issued_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.me_person', p_person_id, true);
    RETURN QUERY SELECT c.tenant_id, o.name, c.id, c.certificate_no, c.facts, c.digest, c.status,
                        c.issued_at
                 FROM certificate c
                 JOIN volunteer v ON v.tenant_id = c.tenant_id AND v.id = c.volunteer_id
                 JOIN organization o ON o.id = c.tenant_id
                 WHERE v.person_id = p_person_id
                 ORDER BY c.issued_at DESC, c.tenant_id, c.id;
    PERFORM set_config('app.me_person', '', true);
END $$;

-- Live sign-ups (confirmed or waitlisted), with the person's check-in and check-out at the shift;
-- cancelled ones are gone from the person's list.
CREATE FUNCTION signups_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, shift_id text, activity_id text,
                   activity_title text, address text, starts_at timestamptz, ends_at timestamptz,
                   status text, waitlist_seq bigint, created_at timestamptz,
                   checked_in_at timestamptz, checked_out_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.me_person', p_person_id, true);
    RETURN QUERY SELECT s.tenant_id, o.name, s.id, s.shift_id, a.id, a.title, a.address,
                        sh.starts_at, sh.ends_at, s.status, s.waitlist_seq, s.created_at,
                        att.checked_in_at, att.checked_out_at
                 FROM shift_signup s
                 JOIN shift sh ON sh.tenant_id = s.tenant_id AND sh.id = s.shift_id
                 JOIN activity a ON a.tenant_id = sh.tenant_id AND a.id = sh.activity_id
                 JOIN organization o ON o.id = s.tenant_id
                 LEFT JOIN attendance att ON att.tenant_id = s.tenant_id
                      AND att.shift_id = s.shift_id AND att.volunteer_id = s.volunteer_id
                 WHERE s.person_id = p_person_id AND s.status <> 'CANCELLED'
                 ORDER BY sh.starts_at, s.tenant_id, s.id;
    PERFORM set_config('app.me_person', '', true);
END $$;

-- Lots with points left that have not expired (China's date: a lot is valid through expires_on).
CREATE FUNCTION point_lots_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, id text, earned_on date, expires_on date,
                   points bigint, remaining bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.me_person', p_person_id, true);
    RETURN QUERY SELECT l.tenant_id, o.name, l.id, l.earned_on, l.expires_on, l.points,
                        l.points - l.consumed - l.expired - l.clawed_back
                 FROM points_lot l
                 JOIN volunteer v ON v.tenant_id = l.tenant_id AND v.id = l.volunteer_id
                 JOIN organization o ON o.id = l.tenant_id
                 WHERE v.person_id = p_person_id
                   AND l.points - l.consumed - l.expired - l.clawed_back > 0
                   AND (l.expires_on IS NULL
                        OR l.expires_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
                 ORDER BY l.expires_on NULLS LAST, l.earned_on, l.tenant_id, l.id;
    PERFORM set_config('app.me_person', '', true);
END $$;

REVOKE ALL ON FUNCTION certificates_of_person(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION signups_of_person(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION point_lots_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION certificates_of_person(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION signups_of_person(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION point_lots_of_person(text) TO ${appRole};
