#!/usr/bin/env bash
# EXPLAIN ANALYZE of the tenant-count benchmark's hot queries (bench/tenants.sh runs it after the
# 10,000 organizations are in): as the application role, under row level security, for one
# measured organization and one of its volunteers; the cross-tenant /me functions with their
# nested statements (auto_explain to this session). Then a catalog check: indexes of tenant tables
# that do not lead with tenant_id, and the policies.   bash bench/tenants-explain.sh WORKDIR
set -euo pipefail
WORK="$1"
DB="${LINLI_DB_NAME:?}"
APP_ROLE="${LINLI_DB_APP_USER:-linli_app}"
ORG="$(awk '$1 == "org" { print $2; exit }' "$WORK/seed.txt")"
px() { PGOPTIONS="-c client_min_messages=log" psql -X -v ON_ERROR_STOP=1 -h "${LINLI_DB_HOST:-127.0.0.1}" -p "${LINLI_DB_PORT:-5432}" -U "${LINLI_PG_SUPERUSER:-postgres}" -d "$DB" "$@"; }
PERSON="$(px -qtA -c "SELECT v.person_id FROM volunteer v JOIN person p ON p.id = v.person_id WHERE v.tenant_id = '$ORG' AND p.keycloak_user_id IS NOT NULL LIMIT 1")"
VOL="$(px -qtA -c "SELECT id FROM volunteer WHERE tenant_id = '$ORG' AND person_id = '$PERSON'")"
REC="$(px -qtA -c "SELECT id FROM service_record WHERE tenant_id = '$ORG' AND status = 'PENDING' LIMIT 1")"
echo "organization $ORG, person $PERSON, volunteer $VOL, record $REC; $(px -qtA -c 'SELECT count(*) FROM organization') organizations"
px -e <<SQL
BEGIN;
SET LOCAL ROLE $APP_ROLE;
SELECT set_config('app.tenant_id', '$ORG', true);
-- Approvals: the record, its volunteer, the audit chain head, the accounts and lots it touches.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM service_record WHERE id = '$REC';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM volunteer WHERE id = '$VOL';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM audit_head;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ledger_account WHERE kind = 'TIME_BANK_ISSUED' ORDER BY id LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ledger_account ORDER BY id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM points_lot WHERE volunteer_id = '$VOL' ORDER BY expires_on, earned_on, id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM org_settings ORDER BY version DESC LIMIT 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM membership WHERE person_id = '$PERSON';
-- The list endpoints (cursor pages ordered by id).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM volunteer ORDER BY id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM service_record WHERE status = 'PENDING' ORDER BY id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM service_record WHERE status = 'APPROVED' ORDER BY id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM activity ORDER BY id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM membership ORDER BY person_id LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM points_redemption WHERE volunteer_id = '$VOL' ORDER BY id LIMIT 21;
ROLLBACK;
-- The /me views: the SECURITY DEFINER functions and the statements inside them.
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 0;
SET auto_explain.log_nested_statements = on;
SET auto_explain.log_analyze = on;
SET auto_explain.log_buffers = on;
SET auto_explain.log_timing = off;
BEGIN;
SET LOCAL ROLE $APP_ROLE;
SELECT count(*) AS memberships FROM memberships_of_person('$PERSON');
SELECT count(*) AS records FROM service_records_of_person('$PERSON');
SELECT count(*) AS time_accounts FROM time_accounts_of_person('$PERSON');
SELECT count(*) AS points_accounts FROM points_accounts_of_person('$PERSON');
SELECT count(*) AS signups FROM signups_of_person('$PERSON');
SELECT count(*) AS lots FROM point_lots_of_person('$PERSON');
SELECT count(*) AS certificates FROM certificates_of_person('$PERSON');
SELECT person_has_overlapping_service('$PERSON', now() - interval '1 hour', now(), NULL);
ROLLBACK;
SQL
echo "== indexes of tenant tables whose first column is not tenant_id (with the table's size)"
px -qtA -F ' | ' <<'SQL'
SELECT c.relname, i.relname, pg_get_indexdef(i.oid), t.n_live_tup
FROM pg_index x
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
LEFT JOIN pg_stat_user_tables t ON t.relid = c.oid
WHERE EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
  AND (x.indkey[0] = 0 OR (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = x.indkey[0]) <> 'tenant_id')
ORDER BY 1, 2;
SQL
echo "== tenant tables with row level security off or without a policy on tenant_id"
px -qtA -F ' | ' <<'SQL'
SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
       (SELECT string_agg(p.polname || ': ' || pg_get_expr(p.polqual, p.polrelid), '; ') FROM pg_policy p WHERE p.polrelid = c.oid)
FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
WHERE c.relkind IN ('r', 'p') AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
  AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
       OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id%'))
ORDER BY 1;
SQL
