#!/usr/bin/env bash
# A 100,000-row roster import over SFTP (issue 21): rows/s and Liberty's heap while it runs.
#
#   bash bench/roster-import.sh
#
# Needs a platform that is already running with the civil-affairs simulator's SFTP side: the one of
# `liberty-config/bin/linli run` (state dir .run, database linli, simulator on 8640/8641), or any
# other, named by the variables below (e.g. a `linli test` run kept with LINLI_TEST_KEEP=1). It
# writes one roster CSV of BENCH_ROWS valid rows (GB 11643 ID numbers with their check digit, the
# five groups, 失能 with a grade) into BENCH_ORG's SFTP folder through the simulator's control API,
# waits until the platform applied it (integration_inbound_file leaves PROCESSING), and samples
# the heap of Liberty's JVM (jcmd GC.heap_info) every BENCH_SAMPLE seconds meanwhile.
#
# Variables: BENCH_ROWS (100000), BENCH_ORG (gulou-mz, the demo buyer), LINLI_SIM_PORT (8640),
# LINLI_DB_NAME (linli), LINLI_DB_OWNER_USER (linli_owner), LINLI_DB_HOST/PORT (127.0.0.1:5432),
# BENCH_LIBERTY_PID (found from the server of LINLI_STATE_DIR, default .run: linli), BENCH_TIMEOUT (1800 s),
# BENCH_SAMPLE (1), BENCH_PROGRESS (10: a line with the rows applied, the heap and the load every
# that many seconds).
set -euo pipefail

ROWS="${BENCH_ROWS:-100000}"
ORG="${BENCH_ORG:-gulou-mz}"
SIM="http://127.0.0.1:${LINLI_SIM_PORT:-8640}"
DB="${LINLI_DB_NAME:-linli}"
OWNER="${LINLI_DB_OWNER_USER:-linli_owner}"
DB_HOST="${LINLI_DB_HOST:-127.0.0.1}"
DB_PORT="${LINLI_DB_PORT:-5432}"
# The server of LINLI_STATE_DIR (default .run, whose server is "linli"), named as linli names it.
SERVER="${BENCH_SERVER_NAME:-$(. "$(dirname "${BASH_SOURCE[0]}")/../liberty-config/bin/linli"; server_name "${LINLI_STATE_DIR:-$(dirname "${BASH_SOURCE[0]}")/../.run}")}"
TIMEOUT="${BENCH_TIMEOUT:-1800}"
SAMPLE="${BENCH_SAMPLE:-1}"
PROGRESS="${BENCH_PROGRESS:-10}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

log() { echo "roster-import: $*" >&2; }
sql() {
  PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" \
    -U "$OWNER" -d "$DB" -c "SELECT set_config('app.tenant_id', '$ORG', false)" -c "$1" | tail -n +2
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# This checkout's server only (other checkouts may run a server of the same name).
pid="${BENCH_LIBERTY_PID:-$(pgrep -f -- "$ROOT/platform-ear/linli-ear/target/liberty/wlp/bin/tools/ws-server.jar $SERVER\$" | head -1 || true)}"
[ -n "$pid" ] || { log "no Liberty JVM for server '$SERVER' (set BENCH_LIBERTY_PID)"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$SIM/health")" = 200 ] || { log "no simulator at $SIM"; exit 1; }

name="$(date +%Y-%m)-bench-$(date +%H%M%S).csv"
log "writing $ROWS rows to $WORK/$name"
python3 - "$ROWS" "$WORK/$name" <<'PY'
import sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
groups = [("高龄", ""), ("低保", ""), ("特困", ""), ("低收入", ""), ("失能", "中度"), ("失能", "重度")]
base = datetime.date(1930, 1, 1)
with open(path, "w", encoding="utf-8") as f:
    f.write("身份证号,姓名,类别,等级,生效日期,地址\n")
    for i in range(rows):
        birth = base + datetime.timedelta(days=i // 900)
        first17 = "320106" + birth.strftime("%Y%m%d") + "%03d" % (i % 900 + 100)
        check = "10X98765432"[sum(int(c) * k for c, k in zip(first17, w)) % 11]
        g = groups[i % len(groups)]
        f.write(f"{first17}{check},测试{i},{g[0]},{g[1]},2026-01-01,鼓楼区测试路 {i} 号\n")
PY
ls -l "$WORK/$name" >&2

heap_used_kb() {
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|Shenandoah|ZHeap|heap/ && /used/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); gsub(/[^0-9]/, "", v); print v; exit } }'
}
heap_max() { jcmd "$pid" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/MaxHeapSize/ {print $2/1024/1024 " MB"}'; }

base_heap="$(heap_used_kb)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "heap used before: ${base_heap} KB; max heap $(heap_max); load $load_before"
curl -sf -X POST --data-binary @"$WORK/$name" "$SIM/control/sftp/files?org=$ORG&name=$name" >/dev/null
start=$SECONDS
max_heap=0
reported=0
status=""
while [ $((SECONDS - start)) -lt "$TIMEOUT" ]; do
  h="$(heap_used_kb)"
  [ -n "$h" ] && [ "$h" -gt "$max_heap" ] && max_heap=$h
  status="$(sql "SELECT status FROM integration_inbound_file WHERE name = '$name'")"
  if [ $(( (SECONDS - start) / PROGRESS )) -gt "$reported" ]; then
    reported=$(( (SECONDS - start) / PROGRESS ))
    echo "progress: ${reported}x${PROGRESS}s rows $(sql "SELECT coalesce(max(rows_total), 0) FROM integration_inbound_file WHERE name = '$name'") heap ${h:-?} KB load $(cut -d' ' -f1 /proc/loadavg)"
  fi
  [ -n "$status" ] && [ "$status" != PROCESSING ] && break
  sleep "$SAMPLE"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
sql "SELECT 'file', status, rows_total, rows_applied, rows_rejected, added,
            round(extract(epoch FROM finished_at - received_at)::numeric, 1) AS seconds,
            round(rows_total / nullif(extract(epoch FROM finished_at - received_at), 0)) AS rows_per_s
     FROM integration_inbound_file WHERE name = '$name'"
echo "heap used: before ${base_heap} KB, max while importing ${max_heap} KB (sampled every ${SAMPLE}s)"
echo "load average: before $load_before, after $load_after; $(nproc) cores"
[ "$status" = APPLIED ] || { log "not applied within ${TIMEOUT}s (status: ${status:-none})"; exit 1; }
