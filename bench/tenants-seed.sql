-- Many organizations at once (bench/tenants.sh, issue 22): copies of template organizations,
-- every tenant table's rows copied under a new tenant id, people referenced by them copied as new
-- people (their ids suffixed), so that per-person data (/me) keeps its real size.
--   psql -v n=9990 -v big=20 -v run=X -v small="'sunshine-sw','heart-assoc'" -v large="'bench-a-X',..."
-- Run as a superuser: row level security does not apply, and session_replication_role = replica
-- skips the foreign key checks and triggers (the copies are consistent by construction: every key
-- of a tenant table holds tenant_id, and the copied rows only point at rows copied with them or at
-- platform-wide rows).
\set ON_ERROR_STOP 1
SET session_replication_role = replica;
SET synchronous_commit = off;

-- Which template each new organization copies: the first :big copy the big ones, the rest the small.
CREATE TEMP TABLE copy_map AS
SELECT format('t%s-%s', lpad(g::text, 5, '0'), :'run') AS new_id, g::text AS suffix,
       CASE WHEN g <= :big THEN (ARRAY[:large])[1 + (g % cardinality(ARRAY[:large]))]
            ELSE (ARRAY[:small])[1 + (g % cardinality(ARRAY[:small]))] END AS template
FROM generate_series(1, :n) AS g;
CREATE INDEX ON copy_map (template);
ANALYZE copy_map;

INSERT INTO organization (id, name, type, credit_code, region_code, contact_name, contact_phone,
                          contact_phone_masked, contact_email, status, created_at, updated_at, version)
SELECT m.new_id, o.name || ' ' || m.suffix, o.type, 'Y9' || lpad(m.suffix, 16, '0'), o.region_code,
       o.contact_name, o.contact_phone, o.contact_phone_masked, o.contact_email, o.status,
       o.created_at, o.updated_at, 1
FROM copy_map m JOIN organization o ON o.id = m.template
ON CONFLICT DO NOTHING; -- a run resumed after a failure (BENCH_RESUME=1) has them already

-- The columns of tenant tables that reference person (id).
CREATE TEMP TABLE person_fk AS
SELECT c.conrelid AS relid, a.attname
FROM pg_constraint c
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass;

-- The tenant tables to copy: every table with a tenant_id except queues and request records (a
-- copied outbox message would be sent again; idempotency records and job runs are per request/day;
-- a clearing agreement or a purchase contract names its own organization, so a copy would be a
-- broken one; a table whose checks refuse the copy otherwise is skipped with a notice).
CREATE TEMP TABLE tenant_tables AS
SELECT c.oid AS relid, c.relname
FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND c.relname <> 'organization'
  AND c.relname !~ '(outbox|dead_letter|idempotency|job_run|inbound_file|^clearing_|^purchase_)'
  AND EXISTS (SELECT 1 FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped);

-- People: each template person referenced by a template's rows, once per copy.
CREATE TEMP TABLE template_person (template text, person_id text);
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT t.relname, f.attname FROM person_fk f JOIN tenant_tables t ON t.relid = f.relid LOOP
        EXECUTE format('INSERT INTO template_person SELECT DISTINCT tenant_id, %I FROM %I '
                       'WHERE %I IS NOT NULL AND tenant_id IN (SELECT DISTINCT template FROM copy_map)',
                       r.attname, r.relname, r.attname);
    END LOOP;
END $$;
DO $$
DECLARE cols text; sel text; n bigint;
BEGIN
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
           string_agg(CASE WHEN a.attname IN ('id', 'id_key') THEN format('p.%I || ''~'' || m.suffix', a.attname)
                           WHEN a.attname = 'keycloak_user_id' THEN 'NULL'
                           ELSE 'p.' || quote_ident(a.attname) END, ', ' ORDER BY a.attnum)
      INTO cols, sel
    FROM pg_attribute a
    WHERE a.attrelid = 'person'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    EXECUTE format('INSERT INTO person (%s) SELECT %s FROM (SELECT DISTINCT template, person_id FROM template_person) tp '
                   'JOIN person p ON p.id = tp.person_id JOIN copy_map m ON m.template = tp.template ON CONFLICT DO NOTHING', cols, sel);
    GET DIAGNOSTICS n = ROW_COUNT;
    RAISE NOTICE 'person: % rows', n;
END $$;

-- Every tenant table: tenant_id becomes the copy's, person references the copied people's.
DO $$
DECLARE r record; cols text; sel text; n bigint;
BEGIN
    FOR r IN SELECT relid, relname FROM tenant_tables ORDER BY relname LOOP
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
               string_agg(CASE WHEN a.attname = 'tenant_id' THEN 'm.new_id'
                               WHEN f.attname IS NOT NULL THEN format('t.%I || ''~'' || m.suffix', a.attname)
                               ELSE 't.' || quote_ident(a.attname) END, ', ' ORDER BY a.attnum)
          INTO cols, sel
        FROM pg_attribute a
        LEFT JOIN person_fk f ON f.relid = a.attrelid AND f.attname = a.attname
        WHERE a.attrelid = r.relid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
        BEGIN
            EXECUTE format('INSERT INTO %I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %I t '
                           'JOIN copy_map m ON m.template = t.tenant_id', r.relname, cols, sel, r.relname);
            GET DIAGNOSTICS n = ROW_COUNT;
        EXCEPTION WHEN check_violation OR unique_violation THEN
            RAISE NOTICE '%: skipped (%)', r.relname, SQLERRM;
            n := 0;
        END;
        IF n > 0 THEN
            RAISE NOTICE '%: % rows', r.relname, n;
        END IF;
    END LOOP;
END $$;
