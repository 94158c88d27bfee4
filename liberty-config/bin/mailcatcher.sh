#!/usr/bin/env bash
# A local mail catcher for the demo (GreenMail standalone from Maven Central): an SMTP server on
# 127.0.0.1 that keeps every message it receives in memory, and an HTTP API to read them. Keycloak
# sends the invitation e-mails there when `linli run` starts it; nothing leaves the machine.
#
#   mailcatcher.sh start          fetch the jar if needed, start, wait until it answers
#   mailcatcher.sh stop           stop the server started by 'start' (safe if not running)
#   mailcatcher.sh status         exit 0 if running
#   mailcatcher.sh list [ADDRESS] print the caught e-mails (to ADDRESS only, if given) with their links
#
# Variables (all optional):
#   LINLI_STATE_DIR        state directory (default: <repo>/.run)
#   LINLI_MAIL_SMTP_PORT   SMTP port on 127.0.0.1 (default: 2525)
#   LINLI_MAIL_API_PORT    HTTP API port on 127.0.0.1 (default: 2580; GET /api/user/ADDRESS/messages/INBOX)
set -euo pipefail

GM_VERSION=2.1.13
GM_ARTIFACT="com.icegreen:greenmail-standalone:${GM_VERSION}"
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
STATE_DIR="${LINLI_STATE_DIR:-$REPO_ROOT/.run}"
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd -P)"
SMTP_PORT="${LINLI_MAIL_SMTP_PORT:-2525}"
API_PORT="${LINLI_MAIL_API_PORT:-2580}"
JAR="$STATE_DIR/downloads/greenmail-standalone-$GM_VERSION.jar"
PID_FILE="$STATE_DIR/mailcatcher.pid"
LOG_FILE="$STATE_DIR/mailcatcher.log"
API_URL="http://127.0.0.1:$API_PORT"

log() { echo "mailcatcher.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ensure_jar() {
  [[ -f "$JAR" ]] && return 0
  command -v mvn >/dev/null 2>&1 || die "mvn not found (needed to fetch $GM_ARTIFACT)"
  log "fetching $GM_ARTIFACT with Maven (once; ~11 MB)"
  local partial="$STATE_DIR/downloads/.partial-gm.$$"
  rm -rf "$partial"; mkdir -p "$partial"
  ( cd "$partial" && mvn -q -B "$DEP_PLUGIN:copy" -Dartifact="$GM_ARTIFACT" \
      -DoutputDirectory="$partial" >"$partial.log" 2>&1 ) ||
    { cat "$partial.log" >&2; rm -rf "$partial" "$partial.log"; die "Maven could not fetch $GM_ARTIFACT"; }
  mv -f "$partial/greenmail-standalone-$GM_VERSION.jar" "$JAR"
  rm -rf "$partial" "$partial.log"
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  [[ "$(ps -o stat= -p "$pid" 2>/dev/null || true)" != Z* ]] || return 0
  [[ "$(ps -ww -o args= -p "$pid" 2>/dev/null || true)" == *"$JAR"* ]] && echo "$pid"
  return 0
}

ready() { [[ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$API_URL/api/service/readiness")" == 200 ]]; }

cmd_start() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "already running (pid $pid): SMTP 127.0.0.1:$SMTP_PORT, API $API_URL"
    return 0
  fi
  # Another state directory's catcher on these ports would answer "ready" for this one.
  local port
  for port in "$SMTP_PORT" "$API_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is already in use (another state directory's catcher?): set LINLI_MAIL_SMTP_PORT / LINLI_MAIL_API_PORT"
    fi
  done
  ensure_jar
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  # Only the SMTP server and the API, both on loopback; any sender and recipient is accepted.
  ${launcher[@]+"${launcher[@]}"} java -Xmx96m -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.api.port="$API_PORT" -Dgreenmail.auth.disabled \
    -jar "$JAR" </dev/null >"$LOG_FILE" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  local deadline=$((SECONDS + 60))
  until ready; do
    if ! kill -0 "$pid" 2>/dev/null || (( SECONDS >= deadline )); then
      tail -n 20 "$LOG_FILE" >&2 || true
      kill "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      die "the mail catcher did not start (ports $SMTP_PORT/$API_PORT taken? set LINLI_MAIL_SMTP_PORT / LINLI_MAIL_API_PORT)"
    fi
    sleep 0.5
  done
  log "SMTP 127.0.0.1:$SMTP_PORT, API $API_URL (pid $pid)"
}

cmd_stop() {
  local pid i
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]] && ready; then
    echo "running (pid $pid): SMTP 127.0.0.1:$SMTP_PORT, API $API_URL"
  else
    echo "not running"; return 3
  fi
}

# The API hands out each message as raw MIME (quoted-printable, multipart): decode it and show
# what a person looks for, the subject and the links.
cmd_list() {
  ready || die "the mail catcher does not answer at $API_URL (is 'linli run' running?)"
  command -v python3 >/dev/null 2>&1 || {
    log "python3 not found: the raw messages are at $API_URL/api/user/<address>/messages/INBOX"
    exit 1
  }
  python3 - "$API_URL" "${1:-}" <<'PY'
import email, email.policy, json, re, sys, urllib.parse, urllib.request

api, only = sys.argv[1], sys.argv[2]

def get(path):
    with urllib.request.urlopen(api + path, timeout=10) as r:
        return json.load(r)

users = [only] if only else [u["email"] for u in get("/api/user")]
count = 0
for address in users:
    for m in get("/api/user/" + urllib.parse.quote(address) + "/messages/INBOX"):
        msg = email.message_from_string(m["mimeMessage"], policy=email.policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part else ""
        links = sorted(set(re.findall(r"https?://[^\s\"'<>]+", text)))
        count += 1
        print(f"To:      {msg['To']}\nDate:    {msg['Date']}\nSubject: {msg['Subject']}")
        for link in links:
            print(f"Link:    {link}")
        print()
print(f"{count} e-mail(s)" + (f" to {only}" if only else ""))
PY
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  list) shift; cmd_list "$@" ;;
  *) echo "usage: $0 {start|stop|status|list [ADDRESS]}" >&2; exit 2 ;;
esac
