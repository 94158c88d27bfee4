#!/usr/bin/env bash
# Local Keycloak for Linli development and tests (dev mode, H2 database).
#
#   keycloak.sh start    fetch + unpack the dist if needed, render the realm, start, wait until ready
#   keycloak.sh stop     stop the server started by 'start' (safe if not running)
#   keycloak.sh status   exit 0 if running and the linli realm answers
#   keycloak.sh env      print 'export VAR=value' lines:  eval "$(keycloak.sh env)"
#
# Variables (all optional):
#   LINLI_STATE_DIR                 state directory (default: <repo>/.run)
#   LINLI_KC_PORT                   HTTP port on 127.0.0.1 (default: 18080)
#   LINLI_KC_START_TIMEOUT          seconds to wait for the realm (default: 240)
#   LINLI_KC_HEAP                   JVM heap options (default: -Xms64m -Xmx512m)
#   LINLI_KC_DIST_ZIP               use this local dist zip instead of fetching it with Maven
#   LINLI_KC_ADMIN_CLIENT_SECRET    secret of client linli-admin          } generated when unset and
#   LINLI_PLATFORM_ADMIN_PASSWORD   password of user platform.admin        } kept in $LINLI_STATE_DIR/keycloak.env;
#   LINLI_KC_BOOTSTRAP_PASSWORD     password of master-realm user 'admin'  } used only at the first (import) start
#   LINLI_SMTP_HOST                 mail server Keycloak sends invitation e-mails through; when set, every
#                                   start writes LINLI_SMTP_* into the realm's smtpServer (admin REST API);
#                                   unset leaves the realm's mail settings as they are
#   LINLI_SMTP_PORT (25), LINLI_SMTP_FROM (noreply@linli.local), LINLI_SMTP_FROM_NAME (邻里 Linli),
#   LINLI_SMTP_USER / LINLI_SMTP_PASSWORD (login, only if the server wants one; never written to disk),
#   LINLI_SMTP_STARTTLS, LINLI_SMTP_SSL (true/false, default false)
#
# The realm is imported only when Keycloak's database has no realm 'linli' yet (first start in a
# fresh state dir). To re-import after editing the template, stop and delete
# $LINLI_STATE_DIR/keycloak/data/h2 (or the whole state dir).
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
# Pinned plugin version: the Maven default for a pom-less call is old; 3.8.1 resolves here.
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
TEMPLATE="$REPO_ROOT/liberty-config/keycloak/linli-realm.template.json"

STATE_DIR="${LINLI_STATE_DIR:-$REPO_ROOT/.run}"
# Absolute, symlink-free path: it is matched against the command line of the running process.
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd -P)"
PORT="${LINLI_KC_PORT:-18080}"
START_TIMEOUT="${LINLI_KC_START_TIMEOUT:-240}"
HEAP="${LINLI_KC_HEAP:--Xms64m -Xmx512m}"
REALM=linli

KC_HOME="$STATE_DIR/keycloak"
DOWNLOADS="$STATE_DIR/downloads"
ENV_FILE="$STATE_DIR/keycloak.env"
PID_FILE="$STATE_DIR/keycloak.pid"
LOG_FILE="$STATE_DIR/keycloak.log"
KC_URL="http://127.0.0.1:$PORT"
READY_URL="$KC_URL/realms/$REALM/.well-known/openid-configuration"

SECRET_VARS=(LINLI_KC_ADMIN_CLIENT_SECRET LINLI_PLATFORM_ADMIN_PASSWORD LINLI_KC_BOOTSTRAP_PASSWORD)

log() { echo "keycloak.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

random_secret() {
  if command -v openssl >/dev/null 2>&1; then
    openssl rand -hex 16
  else
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n'
  fi
}

# Secrets: environment > $ENV_FILE > freshly generated. Keycloak keeps the values of the first
# (import) start, so $ENV_FILE records those; an override given after the import is used for this
# call only, with a warning, and is not written back (the next run would otherwise fail to log in).
load_secrets() {
  local v env_val file_val changed=0 imported=0
  [[ -d "$KC_HOME/data/h2" ]] && imported=1
  for v in "${SECRET_VARS[@]}"; do printf -v "_ENV_$v" '%s' "${!v:-}"; done
  if [[ -f "$ENV_FILE" ]]; then
    # shellcheck disable=SC1090
    source "$ENV_FILE"
  fi
  for v in "${SECRET_VARS[@]}"; do
    env_val="_ENV_$v"; env_val="${!env_val}"
    file_val="${!v:-}"
    if [[ -n "$env_val" ]]; then
      if [[ -z "$file_val" ]] || (( ! imported )); then
        [[ "$file_val" == "$env_val" ]] || changed=1
      elif [[ "$file_val" != "$env_val" ]]; then
        log "WARNING: $v differs from $ENV_FILE, but the realm was imported with the value there;" \
            "the new value has no effect until $KC_HOME/data/h2 is deleted"
      fi
      printf -v "$v" '%s' "$env_val"
    elif [[ -z "$file_val" ]]; then
      printf -v "$v" '%s' "$(random_secret)"
      changed=1
    fi
  done
  if (( changed )) || [[ ! -f "$ENV_FILE" ]]; then
    ( umask 077
      { echo "# Written by keycloak.sh: the values the realm '$REALM' is (to be) imported with."
        for v in "${SECRET_VARS[@]}"; do printf '%s=%q\n' "$v" "${!v}"; done
      } >"$ENV_FILE.tmp" )
    mv -f "$ENV_FILE.tmp" "$ENV_FILE"
  fi
  chmod 600 "$ENV_FILE"
  for v in "${SECRET_VARS[@]}"; do export "${v?}"; done
}

# Escape a value for use inside a JSON string literal (backslash and double quote).
json_escape() {
  local s="$1"
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  printf '%s' "$s"
}

render_realm() {
  local out="$KC_HOME/data/import/linli-realm.json" content v
  [[ -f "$TEMPLATE" ]] || die "realm template not found: $TEMPLATE"
  for v in "${SECRET_VARS[@]}"; do
    [[ "${!v}" != *[[:cntrl:]]* ]] || die "$v contains control characters"
  done
  content="$(<"$TEMPLATE")"
  # Quoted replacements: no pattern/& interpretation of the values (bash 5.2 patsub_replacement).
  content="${content//__LINLI_ADMIN_CLIENT_SECRET__/"$(json_escape "$LINLI_KC_ADMIN_CLIENT_SECRET")"}"
  content="${content//__PLATFORM_ADMIN_PASSWORD__/"$(json_escape "$LINLI_PLATFORM_ADMIN_PASSWORD")"}"
  mkdir -p "$(dirname "$out")"
  ( umask 077; printf '%s\n' "$content" >"$out.tmp" )
  chmod 600 "$out.tmp"
  mv -f "$out.tmp" "$out"
}

# An access token of the master realm's bootstrap admin (password from stdin, not the command line).
admin_token() {
  local answer
  answer="$(printf '%s' "$LINLI_KC_BOOTSTRAP_PASSWORD" |
    curl -s -m 10 --data-urlencode 'password@-' -d grant_type=password -d client_id=admin-cli \
      -d username=admin "$KC_URL/realms/master/protocol/openid-connect/token")" || return 1
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$answer"
}

bool_setting() {
  case "${1,,}" in
    true | yes | 1) echo true ;;
    false | no | 0 | "") echo false ;;
    *) die "$2 must be true or false, not '$1'" ;;
  esac
}

# The realm's mail server, from LINLI_SMTP_*: written through the admin REST API on every start,
# so it also reaches a realm imported earlier (the import happens only once) and never lands in a
# file. Keycloak only connects when it sends, so the server need not be up yet.
configure_smtp() {
  [[ -n "${LINLI_SMTP_HOST:-}" ]] || return 0
  local v
  for v in LINLI_SMTP_HOST LINLI_SMTP_PORT LINLI_SMTP_FROM LINLI_SMTP_FROM_NAME LINLI_SMTP_USER LINLI_SMTP_PASSWORD; do
    [[ "${!v:-}" != *[[:cntrl:]]* ]] || die "$v contains control characters"
  done
  local port="${LINLI_SMTP_PORT:-25}"
  [[ "$port" =~ ^[0-9]+$ ]] || die "LINLI_SMTP_PORT must be a number, not '$port'"
  local ssl starttls auth=false
  ssl="$(bool_setting "${LINLI_SMTP_SSL:-}" LINLI_SMTP_SSL)"
  starttls="$(bool_setting "${LINLI_SMTP_STARTTLS:-}" LINLI_SMTP_STARTTLS)"
  [[ -n "${LINLI_SMTP_USER:-}" ]] && auth=true
  local body
  body="{\"smtpServer\":{\"host\":\"$(json_escape "$LINLI_SMTP_HOST")\",\"port\":\"$port\""
  body+=",\"from\":\"$(json_escape "${LINLI_SMTP_FROM:-noreply@linli.local}")\""
  body+=",\"fromDisplayName\":\"$(json_escape "${LINLI_SMTP_FROM_NAME:-邻里 Linli}")\""
  body+=",\"ssl\":\"$ssl\",\"starttls\":\"$starttls\",\"auth\":\"$auth\""
  if [[ "$auth" == true ]]; then
    body+=",\"user\":\"$(json_escape "$LINLI_SMTP_USER")\""
    body+=",\"password\":\"$(json_escape "${LINLI_SMTP_PASSWORD:-}")\""
  fi
  body+="}}"
  local token code
  token="$(admin_token)"
  [[ -n "$token" ]] || die "could not sign in as the bootstrap admin to configure the realm's mail server"
  code="$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X PUT -H @<(printf 'Authorization: Bearer %s\n' "$token") \
    -H 'Content-Type: application/json' --data-binary @- "$KC_URL/admin/realms/$REALM" <<<"$body")"
  [[ "$code" == 204 ]] || die "writing the realm's mail server failed (HTTP $code)"
  log "realm '$REALM' sends e-mail through $LINLI_SMTP_HOST:$port"
}

# Fetch (Maven) and unpack the distribution into $KC_HOME, atomically: a half-done download or
# unzip never leaves a directory that a later run would take for a complete one.
ensure_dist() {
  if [[ -x "$KC_HOME/bin/kc.sh" && -f "$KC_HOME/lib/quarkus-run.jar" ]]; then
    local have
    have="$(sed -n 's/.*Version //p' "$KC_HOME/version.txt" 2>/dev/null || true)"
    [[ -z "$have" || "$have" == "$KC_VERSION" ]] ||
      die "$KC_HOME holds Keycloak $have, this script wants $KC_VERSION: delete $KC_HOME (its data too) and retry"
    return 0
  fi
  local zip="${LINLI_KC_DIST_ZIP:-$DOWNLOADS/keycloak-quarkus-dist-$KC_VERSION.zip}"
  if [[ ! -f "$zip" ]]; then
    command -v mvn >/dev/null 2>&1 || die "mvn not found (needed to fetch $KC_ARTIFACT)"
    log "fetching $KC_ARTIFACT with Maven (once; ~177 MB, cached in ~/.m2)"
    local partial="$DOWNLOADS/.partial.$$"
    rm -rf "$partial"; mkdir -p "$partial"
    # dependency:copy, not dependency:get: get also resolves transitive deps, which fails here.
    # Run from the download dir so that no project pom gets involved.
    # Maven's output goes to a file (shown on failure): keeps the script's stdout clean.
    ( cd "$partial" && mvn -q -B "$DEP_PLUGIN:copy" \
        -Dartifact="$KC_ARTIFACT" -DoutputDirectory="$partial" >"$partial.log" 2>&1 ) ||
      { cat "$partial.log" >&2; rm -rf "$partial" "$partial.log"; die "Maven could not fetch $KC_ARTIFACT"; }
    mv -f "$partial/keycloak-quarkus-dist-$KC_VERSION.zip" "$zip"
    rm -rf "$partial" "$partial.log"
  fi
  command -v unzip >/dev/null 2>&1 || die "unzip not found"
  log "unpacking $zip"
  local tmp="$STATE_DIR/.kc-unpack.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "unzip failed for $zip"; }
  [[ -f "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected zip layout in $zip"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  chmod +x "$KC_HOME"/bin/*.sh
}

# kill -0 alone is not enough: a child that died before we reaped it is a zombie and still "exists".
is_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [[ "$(ps -o stat= -p "$1" 2>/dev/null || true)" != Z* ]]
}

# PID from the pid file if that process is alive and really is our Keycloak (guards against a
# stale pid file whose number was reused by another process). Prints nothing otherwise.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid args
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  is_alive "$pid" || return 0
  args="$(ps -ww -o args= -p "$pid" 2>/dev/null || true)"
  [[ "$args" == *"$KC_HOME"* ]] && echo "$pid"
  return 0
}

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

# True if anything at all answers on the port (connection refused -> curl exit 7).
port_in_use() {
  local rc=0
  curl -s -o /dev/null -m 3 "$KC_URL/" 2>/dev/null || rc=$?
  [[ $rc -ne 7 ]]
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while (( SECONDS < deadline )); do
    [[ "$(http_code "$READY_URL")" == 200 ]] && return 0
    if ! is_alive "$pid"; then
      log "Keycloak (pid $pid) exited during startup; last log lines:"
      tail -n 50 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 1
  done
  log "Keycloak not ready after ${START_TIMEOUT}s ($READY_URL); last log lines:"
  tail -n 50 "$LOG_FILE" >&2 || true
  exit 1
}

cmd_start() {
  local pid t0=$SECONDS
  load_secrets
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    if [[ "$(http_code "$READY_URL")" == 200 ]]; then
      log "already running (pid $pid) at $KC_URL"
      configure_smtp
      return 0
    fi
    local running_port
    running_port="$(ps -ww -o args= -p "$pid" | sed -n 's/.*--http-port=\([0-9]*\).*/\1/p')"
    [[ -z "$running_port" || "$running_port" == "$PORT" ]] ||
      die "Keycloak from $STATE_DIR already runs on port $running_port, not $PORT: stop it first"
    # Alive but not answering yet: another start is in progress; wait for it.
    log "process $pid exists but $READY_URL does not answer yet; waiting"
    wait_ready "$pid"
    configure_smtp
    log "ready at $KC_URL"
    return 0
  fi
  rm -f "$PID_FILE"
  command -v curl >/dev/null 2>&1 || die "curl not found"
  port_in_use && die "port $PORT is already in use by another process (set LINLI_KC_PORT)"

  ensure_dist
  render_realm

  log "starting Keycloak $KC_VERSION on $KC_URL (log: $LOG_FILE)"
  # setsid: Keycloak gets its own process group (pgid == pid), so 'stop' can also reach the java
  # child of kc.sh if it must KILL. The hostname pins the token 'iss' to 127.0.0.1, whatever host
  # name a client uses. No health/metrics: those open the management port 9000, which may be taken.
  # Brute-force detection stays on (failures are counted and lock the account), but concurrent
  # logins with valid credentials are allowed: Keycloak 26 otherwise refuses every login of a user
  # while another is in flight (user_temporarily_disabled), which two browser tabs or two API
  # clients of one person hit (seen in the test suite as sporadic invalid_grant).
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  ( cd "$KC_HOME"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin
    export KC_BOOTSTRAP_ADMIN_PASSWORD="$LINLI_KC_BOOTSTRAP_PASSWORD"
    export JAVA_OPTS_KC_HEAP="$HEAP"
    unset JAVA_OPTS   # kc.sh ignores JAVA_OPTS_KC_HEAP (and its GC defaults) when JAVA_OPTS is set
    exec ${launcher[@]+"${launcher[@]}"} "$KC_HOME/bin/kc.sh" start-dev \
      --http-port="$PORT" --http-host=127.0.0.1 \
      --hostname="$KC_URL" \
      --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true \
      --import-realm \
      </dev/null >"$LOG_FILE" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_ready "$pid"
  configure_smtp
  log "ready at $KC_URL after $((SECONDS - t0))s (pid $pid)"
}

cmd_stop() {
  local pid pgid group=0
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  [[ "$pgid" == "$pid" ]] && group=1
  alive() { if (( group )); then kill -0 -- "-$pid" 2>/dev/null; else kill -0 "$pid" 2>/dev/null; fi; }
  # TERM to the leader only: kc.sh forwards it to java and waits, giving a clean shutdown.
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    alive || break
    sleep 0.5
  done
  if alive; then
    log "still running after 30s; sending KILL"
    if (( group )); then kill -KILL -- "-$pid" 2>/dev/null || true; else kill -KILL "$pid" 2>/dev/null || true; fi
    for ((i = 0; i < 20; i++)); do alive || break; sleep 0.25; done
  fi
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" && "$(http_code "$READY_URL")" == 200 ]]; then
    echo "running (pid $pid) at $KC_URL"
  elif [[ -n "$pid" ]]; then
    echo "process $pid alive, realm not answering at $KC_URL"; return 3
  else
    echo "not running"; return 3
  fi
}

cmd_env() {
  load_secrets
  printf 'export %s=%q\n' \
    LINLI_KC_URL "$KC_URL" \
    LINLI_KC_REALM "$REALM" \
    LINLI_KC_ADMIN_CLIENT_SECRET "$LINLI_KC_ADMIN_CLIENT_SECRET" \
    LINLI_PLATFORM_ADMIN_PASSWORD "$LINLI_PLATFORM_ADMIN_PASSWORD" \
    LINLI_KC_BOOTSTRAP_PASSWORD "$LINLI_KC_BOOTSTRAP_PASSWORD"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) echo "usage: $0 {start|stop|status|env}" >&2; exit 2 ;;
esac
