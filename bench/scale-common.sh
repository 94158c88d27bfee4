# Shared by bench/tenants.sh, bench/soak.sh and bench/idempotency.sh (issue 22): the platform under
# test (started on its own state directory, database and ports, or an already running one with
# BENCH_REUSE=1), organizations seeded over HTTP by LoadDriver's `seed`, pending records by SQL.
# Sourced, not run. The caller sets BENCH_NAME (state directory .bench-$BENCH_NAME) first.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINLI="$ROOT/liberty-config/bin/linli"
RESULTS="$ROOT/bench/results"

export LINLI_STATE_DIR="${LINLI_STATE_DIR:-$ROOT/.bench-$BENCH_NAME}"
export LINLI_DB_NAME="${LINLI_DB_NAME:-linli_bench_$BENCH_NAME}"
# Ports apart from bench/run.sh's (19580, 18580, 2625/2680) and a developer's `linli run`.
export LINLI_HTTP_PORT="${LINLI_HTTP_PORT:-19780}"
export LINLI_KC_PORT="${LINLI_KC_PORT:-18780}"
export LINLI_MAIL_SMTP_PORT="${LINLI_MAIL_SMTP_PORT:-2725}"
export LINLI_MAIL_API_PORT="${LINLI_MAIL_API_PORT:-2780}"
export LINLI_SIM_PORT="${LINLI_SIM_PORT:-19740}"
export LINLI_KC_START_TIMEOUT="${LINLI_KC_START_TIMEOUT:-900}"
DB_HOST="${LINLI_DB_HOST:-127.0.0.1}"
DB_PORT="${LINLI_DB_PORT:-5432}"
PG_SUPERUSER="${LINLI_PG_SUPERUSER:-postgres}"
OWNER_ROLE="${LINLI_DB_OWNER_USER:-linli_owner}"

BASE="http://127.0.0.1:$LINLI_HTTP_PORT"
KC="http://127.0.0.1:$LINLI_KC_PORT"
RUN_ID="${BENCH_RUN_ID:-$(date +%H%M%S)}"
WORK="$LINLI_STATE_DIR/bench-$BENCH_NAME-$RUN_ID"
T0=$SECONDS

log() { echo "bench-$BENCH_NAME: [$((SECONDS - T0))s] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
psql_super() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$@"; }
# A random start of the ID-number sequence: people are keyed by ID number, and a reused platform
# holds the people of earlier seeds.
seed_driver() { java -Xmx512m -Dbench.idSeq="$(( (RANDOM * 32768 + RANDOM) % 13000 ))" "$ROOT/bench/LoadDriver.java" "$@"; }
# ScaleDriver extends LoadDriver (its HTTP, JSON and token helpers): compiled together, once.
scale_driver() {
  local classes="$ROOT/bench/target/scale-driver"
  if [ ! -f "$classes/ScaleDriver.class" ] || [ "$ROOT/bench/ScaleDriver.java" -nt "$classes/ScaleDriver.class" ] \
    || [ "$ROOT/bench/LoadDriver.java" -nt "$classes/ScaleDriver.class" ]; then
    mkdir -p "$classes" && javac -nowarn -d "$classes" "$ROOT/bench/LoadDriver.java" "$ROOT/bench/ScaleDriver.java"
  fi
  java -Xmx768m -cp "$classes" ScaleDriver "$@"
}

scale_cleanup() {
  local rc=$?
  if [ "${BENCH_REUSE:-}" = 1 ] || [ "${BENCH_KEEP:-}" = 1 ]; then
    log "platform left running at $BASE (stop: LINLI_STATE_DIR=$LINLI_STATE_DIR LINLI_KC_PORT=$LINLI_KC_PORT $LINLI stop)"
  else
    log "stopping the platform"
    "$LINLI" stop >"$WORK/stop.log" 2>&1 || log "linli stop failed: see $WORK/stop.log"
  fi
  [ $rc = 0 ] || log "failed (exit $rc); logs in $WORK"
  exit $rc
}

# A clean platform of its own, or (BENCH_REUSE=1) the one running on LINLI_STATE_DIR's ports: the
# organizations this run seeds carry the run id, so a reused platform needs no reset.
scale_platform() {
  mkdir -p "$WORK"
  trap scale_cleanup EXIT
  if [ "${BENCH_REUSE:-}" = 1 ]; then
    curl -sf -o /dev/null -m 5 "$BASE/health/ready" || die "BENCH_REUSE=1 but nothing ready at $BASE"
    log "reusing the platform at $BASE"
  else
    if [ -f "$LINLI_STATE_DIR/keycloak.pid" ] || curl -s -o /dev/null -m 2 "$BASE/health/live"; then
      "$LINLI" stop >"$WORK/stop-before.log" 2>&1 || true
    fi
    psql_super -d postgres -c "DROP DATABASE IF EXISTS \"$LINLI_DB_NAME\" WITH (FORCE)" >/dev/null
    rm -rf "$LINLI_STATE_DIR/keycloak/data/h2"
    log "starting the platform (Keycloak :$LINLI_KC_PORT, Liberty :$LINLI_HTTP_PORT); log: $WORK/run.log"
    "$LINLI" run --detach >"$WORK/run.log" 2>&1 || { tail -n 40 "$WORK/run.log" >&2; die "linli run failed"; }
  fi
  set -a
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/app.env"
  # shellcheck disable=SC1091
  . "$LINLI_STATE_DIR/keycloak.env"
  set +a
  if [ -f "$WORK/password" ]; then # a resumed run (BENCH_RUN_ID): its people's password
    BENCH_PASSWORD="$(cat "$WORK/password")"
  else
    BENCH_PASSWORD="Bench-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')-pw1"
    (umask 077 && echo "$BENCH_PASSWORD" >"$WORK/password")
  fi
}

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
  seed_driver seed base="$BASE" kc="$KC" password="$BENCH_PASSWORD" runId="$RUN_ID" \
    kcBootstrapPassword="$LINLI_KC_BOOTSTRAP_PASSWORD" \
    platformAdminPassword="$LINLI_PLATFORM_ADMIN_PASSWORD" \
    orgs="$1" volunteers="$2" logins="$3" out="$WORK/seed.txt" >"$WORK/seed.log" 2>&1 ||
    { tail -n 20 "$WORK/seed.log" >&2; die "seeding failed"; }
}

# seed_records N: N pending CHECK_IN records by SQL, spread over the seeded organizations, as
# bench/run.sh does (each record of a volunteer in its own hour, going back from BENCH_RECORDS_FROM,
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

# The process id of the Liberty server of this state directory (for jcmd).
liberty_pid() {
  local state base name
  state="$(cd "$LINLI_STATE_DIR" && pwd -P)"
  base="$(basename "$state" | tr -c 'A-Za-z0-9_\n' '-' | sed 's/^-*//' | cut -c1-24)"
  # The name liberty-config/bin/linli gives this state directory's server (server_name).
  name="linli-${base:+$base-}$(printf %s "$state" | sha1sum | cut -c1-8)"
  cat "$ROOT/platform-ear/linli-ear/target/liberty/wlp/usr/servers/.pid/$name.pid" 2>/dev/null
}
