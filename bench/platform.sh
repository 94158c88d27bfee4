# The platform under test, shared by the benchmarks (run.sh, fund-statements.sh, the purchase
# benches, integration-relay.sh and, through scale-common.sh, tenants/soak/idempotency). Sourced,
# not run.
#
#   BENCH_NAME=fund                                # log prefix
#   . "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
#   bench_platform .bench-fund-run linli_fund_bench 19680 18680 19625 19626 [SIM_PORT]
#   ...
#   bench_start                                    # after the knobs; sets the EXIT trap
#
# bench_platform gives the defaults of LINLI_STATE_DIR (under the checkout), LINLI_DB_NAME and the
# ports (Liberty, Keycloak, mail SMTP, mail API, simulator): each benchmark has its own, so it never
# touches the developer's `linli run` (.run/, 9080) nor another benchmark. Every one of them can be
# set from outside. bench_start starts a clean platform (database dropped, realm re-imported), or,
# with BENCH_REUSE=1, uses the one already ready on those ports; it stops what it started when the
# script ends unless BENCH_KEEP=1. A script may define bench_after_cleanup for more clean-up.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINLI="$ROOT/liberty-config/bin/linli"
RESULTS="$ROOT/bench/results"
T0=$SECONDS
STARTED=false

bench_platform() { # STATE_DIR_NAME DB HTTP KC MAIL_SMTP MAIL_API [SIM]
  export LINLI_STATE_DIR="${LINLI_STATE_DIR:-$ROOT/$1}"
  export LINLI_DB_NAME="${LINLI_DB_NAME:-$2}"
  export LINLI_HTTP_PORT="${LINLI_HTTP_PORT:-$3}"
  export LINLI_KC_PORT="${LINLI_KC_PORT:-$4}"
  export LINLI_MAIL_SMTP_PORT="${LINLI_MAIL_SMTP_PORT:-$5}"
  export LINLI_MAIL_API_PORT="${LINLI_MAIL_API_PORT:-$6}"
  [ -z "${7:-}" ] || export LINLI_SIM_PORT="${LINLI_SIM_PORT:-$7}"
  # A first Keycloak start (unpack + Quarkus build) on a busy 2-core machine can take many minutes.
  export LINLI_KC_START_TIMEOUT="${LINLI_KC_START_TIMEOUT:-900}"
  DB_HOST="${LINLI_DB_HOST:-127.0.0.1}"
  DB_PORT="${LINLI_DB_PORT:-5432}"
  PG_SUPERUSER="${LINLI_PG_SUPERUSER:-postgres}"
  OWNER_ROLE="${LINLI_DB_OWNER_USER:-linli_owner}"
  BASE="http://127.0.0.1:$LINLI_HTTP_PORT"
  KC="http://127.0.0.1:$LINLI_KC_PORT"
  WORK="${WORK:-$LINLI_STATE_DIR/bench}"
}

log() { echo "${BENCH_NAME:-bench}: [$((SECONDS - T0))s] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
psql_super() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$@"; }
# As the tables' owner: FORCE ROW LEVEL SECURITY holds for it too, so a statement names its tenant
# (set_config('app.tenant_id', …)) like the application does; :org is ORG when the script has one.
psql_owner() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$OWNER_ROLE" -d "$LINLI_DB_NAME" -v org="${ORG:-}" "$@"; }

# PostgreSQL's autovacuum keeps the planner's statistics and the hot rows (an organization's
# issuing accounts, the audit chain head) in shape. This machine's PostgreSQL runs with it off
# (conf.d/90-ci.conf); a deployment never does. Without it every table the benchmark grows keeps
# the statistics of when it was nearly empty: lookups by key then scan the tenant's rows
# (ledger_transaction's primary key lost to another tenant_id index, 5,022 rows filtered per
# approval after 10,000 approvals; bench/README.md), and the figures measure the machine's setting,
# not the platform. So a benchmark turns it on for its run (ALTER SYSTEM + reload) and puts the
# setting back at its end; BENCH_AUTOVACUUM=keep leaves PostgreSQL as it is.
AUTOVACUUM_TURNED_ON=false
bench_autovacuum_on() {
  [ "${BENCH_AUTOVACUUM:-on}" != keep ] || return 0
  [ "$(psql_super -d postgres -c "SHOW autovacuum")" = off ] || return 0
  psql_super -d postgres -c "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" >/dev/null
  AUTOVACUUM_TURNED_ON=true
  log "PostgreSQL's autovacuum was off: on for this run (ALTER SYSTEM), put back at its end"
}
bench_autovacuum_restore() {
  $AUTOVACUUM_TURNED_ON || return 0
  if [ "${BENCH_KEEP:-}" = 1 ]; then
    log "autovacuum left on for the kept platform; put back with:"
    log "  psql -h $DB_HOST -U $PG_SUPERUSER -c 'ALTER SYSTEM RESET autovacuum' -c 'SELECT pg_reload_conf()'"
    return 0
  fi
  psql_super -d postgres -c "ALTER SYSTEM RESET autovacuum" -c "SELECT pg_reload_conf()" >/dev/null ||
    log "could not put autovacuum back: ALTER SYSTEM RESET autovacuum by hand"
}

bench_cleanup() {
  local rc=$?
  bench_autovacuum_restore
  if $STARTED && [ "${BENCH_KEEP:-}" != 1 ]; then
    log "stopping the platform"
    "$LINLI" stop >"$WORK/stop.log" 2>&1 || log "linli stop failed: see $WORK/stop.log"
  elif $STARTED || [ "${BENCH_REUSE:-}" = 1 ]; then
    log "platform left running at $BASE; stop it with:"
    log "  LINLI_STATE_DIR=$LINLI_STATE_DIR LINLI_KC_PORT=$LINLI_KC_PORT $LINLI stop"
  fi
  ! declare -F bench_after_cleanup >/dev/null || bench_after_cleanup
  [ $rc = 0 ] || log "failed (exit $rc); logs in $WORK"
  exit $rc
}

bench_start() { # [linli run options, e.g. --nodes 2]
  mkdir -p "$WORK" "$RESULTS"
  trap bench_cleanup EXIT
  bench_autovacuum_on
  if [ "${BENCH_REUSE:-}" = 1 ]; then
    curl -sf -o /dev/null -m 5 "$BASE/health/ready" || die "BENCH_REUSE=1 but nothing is ready at $BASE"
    log "reusing the platform at $BASE (database $LINLI_DB_NAME)"
  else
    # A run left running before (BENCH_KEEP=1) goes first: database and realm are made anew (the
    # Keycloak download and the generated secrets in the state directory are kept).
    if [ -f "$LINLI_STATE_DIR/keycloak.pid" ] || curl -s -o /dev/null -m 2 "$BASE/health/live"; then
      "$LINLI" stop >"$WORK/stop-before.log" 2>&1 || true
    fi
    psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$LINLI_DB_NAME\" WITH (FORCE)" >/dev/null
    rm -rf "$LINLI_STATE_DIR/keycloak/data/h2"
    STARTED=true
    log "starting the platform $* (Keycloak :$LINLI_KC_PORT, Liberty :$LINLI_HTTP_PORT); log: $WORK/run.log"
    "$LINLI" run --detach "$@" >"$WORK/run.log" 2>&1 || { tail -n 40 "$WORK/run.log" >&2; die "linli run failed"; }
  fi
  # The secrets `linli run` generated (or reused) in the state directory.
  set -a
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/app.env"
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/keycloak.env"
  set +a
  log "platform ready at $BASE"
}

# A password for the people a run seeds, kept in $WORK for running a driver by hand afterwards; a
# resumed run (same WORK) keeps its people's.
bench_password() {
  if [ -f "$WORK/password" ]; then
    BENCH_PASSWORD="$(cat "$WORK/password")"
  else
    BENCH_PASSWORD="Bench-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')-pw1"
    (umask 077 && echo "$BENCH_PASSWORD" >"$WORK/password")
  fi
}

# LoadDriver from source. A random start of its ID-number sequence: people are keyed by ID number,
# and a reused platform holds the people of earlier seeds.
driver() { java -Xmx512m -Dbench.idSeq="$(( (RANDOM * 32768 + RANDOM) % 13000 ))" "$ROOT/bench/LoadDriver.java" "$@"; }

# seed_orgs ORGS VOLUNTEERS LOGINS: organizations (each with an admin, a staff member, a published
# activity with a past shift) and active volunteers through the API; lines in $WORK/seed.txt.
seed_orgs() {
  if [ -n "${BENCH_SEED_FILE:-}" ]; then # organizations an earlier run seeded on this platform
    cp "$BENCH_SEED_FILE" "$WORK/seed.txt"
    BENCH_PASSWORD="$(cat "$(dirname "$BENCH_SEED_FILE")/password")" # its people's password
    log "using the organizations of $BENCH_SEED_FILE ($(grep -c '^org ' "$WORK/seed.txt"))"
    return
  fi
  log "seeding $1 organizations x $2 volunteers ($3 with a login) over HTTP"
  driver seed base="$BASE" kc="$KC" password="$BENCH_PASSWORD" runId="$RUN_ID" \
    kcBootstrapPassword="$LINLI_KC_BOOTSTRAP_PASSWORD" \
    platformAdminPassword="$LINLI_PLATFORM_ADMIN_PASSWORD" \
    orgs="$1" volunteers="$2" logins="$3" out="$WORK/seed.txt" >"$WORK/seed.log" 2>&1 ||
    { tail -n 20 "$WORK/seed.log" >&2; die "seeding failed"; }
}

# seed_records N: N pending CHECK_IN records by SQL, spread over the seeded organizations, that
# the approvals need (each record of a volunteer in its own hour, going back from BENCH_RECORDS_FROM,
# "1 day" ago by default: another run on the same volunteers starts further back); "org id" lines in
# $WORK/records.txt.
seed_records() {
  local orgs per_org org activity shift
  orgs=$(grep -c '^activity ' "$WORK/seed.txt")
  per_org=$(( ($1 + orgs - 1) / orgs ))
  : >"$WORK/records.txt"
  while read -r _ org activity shift; do
    psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$OWNER_ROLE" -d "$LINLI_DB_NAME" \
      -v org="$org" -v activity="$activity" -v shift="$shift" -v n="$per_org" \
      -v from="${BENCH_RECORDS_FROM:-1 day}" >>"$WORK/records.txt" <<'SQL'
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
WITH vol AS (
       SELECT id, person_id, (row_number() OVER (ORDER BY id)) - 1 AS k,
              count(*) OVER () AS total
       FROM volunteer WHERE tenant_id = :'org' AND status = 'ACTIVE'),
     slot AS (
       SELECT g, date_trunc('hour', now()) - :'from'::interval
                 - (g / (SELECT count(*) FROM vol)) * interval '2 hours' AS starts
       FROM generate_series(0, :n - 1) AS g)
INSERT INTO service_record (tenant_id, id, volunteer_id, person_id, activity_id, shift_id,
                            activity_name, service_date, location, content, started_at, ended_at,
                            minutes, organizer, responsible_person, source, status, created_by,
                            created_at)
SELECT :'org', gen_random_uuid()::text, vol.id, vol.person_id, :'activity', :'shift',
       '社区助老服务', (slot.starts AT TIME ZONE 'Asia/Shanghai')::date, '南京市鼓楼区湖南路1号',
       '陪伴老人、整理物资', slot.starts, slot.starts + interval '60 minutes', 60, '压测社工', '李强',
       'CHECK_IN', 'PENDING', vol.person_id, now()
FROM slot JOIN vol ON vol.k = slot.g % vol.total
RETURNING tenant_id || ' ' || id;
SQL
  done < <(grep '^activity ' "$WORK/seed.txt")
  psql_super -d "$LINLI_DB_NAME" -c "ANALYZE" >/dev/null
  log "seeded $(wc -l <"$WORK/records.txt") pending CHECK_IN records by SQL"
}

