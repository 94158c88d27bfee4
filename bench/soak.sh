#!/usr/bin/env bash
# Soak (issue 22; bench/README.md, "Soak"): mixed traffic (approvals, sign-ups, redemptions, ledger
# statements, exports) in an open loop for BENCH_SOAK_MINUTES (20) at half of the measured maximum
# approval throughput (or BENCH_SOAK_RATE requests/s). Beside it, every BENCH_SOAK_SAMPLE seconds:
# the connection pool in use (/metrics), and every minute the heap after a full GC (jcmd GC.run +
# GC.heap_info on the Liberty JVM). Reports the heap of the first and last 5 minutes, the pool
# after the load (must return to idle) and the errors (must be 0).
#
#   bash bench/soak.sh                    # own platform on .bench-soak/, stopped afterwards
#   BENCH_REUSE=1 LINLI_STATE_DIR=... LINLI_HTTP_PORT=... LINLI_KC_PORT=... bash bench/soak.sh
set -euo pipefail
BENCH_NAME=soak
# shellcheck source=bench/scale-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/scale-common.sh"

MINUTES="${BENCH_SOAK_MINUTES:-20}"
RATE="${BENCH_SOAK_RATE:-}"
MIX="${BENCH_SOAK_MIX:-approval:50,redemption:20,signup:10,statement:10,export:10}"
SAMPLE="${BENCH_SOAK_SAMPLE:-15}"
ORGS="${BENCH_ORGS:-4}"
VOLUNTEERS="${BENCH_VOLUNTEERS:-30}"
LOGINS="${BENCH_LOGINS:-20}"
JCMD="${JCMD:-$(command -v jcmd || echo "${JAVA_HOME:-/usr}/bin/jcmd")}"

# Heap used after a full GC, in KiB (G1's "garbage-first heap total ..K, used ..K").
heap_after_gc() {
  "$JCMD" "$1" GC.run >/dev/null 2>&1 || return 0
  "$JCMD" "$1" GC.heap_info 2>/dev/null | sed -n 's/.* heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1
}

# Connections of the application's pool: managed (open) and free, and handles in use.
pool() {
  curl -s -m 5 "$BASE/metrics?scope=vendor" |
    awk '/^connectionpool_(managedConnections|freeConnections|connectionHandles)[{ ]/ && /jdbc_linli"/ && !/Migrations/ {
           split($1, n, "{"); v[n[1]] = $2 }
         END { printf "%d %d %d", v["connectionpool_managedConnections"], v["connectionpool_freeConnections"], v["connectionpool_connectionHandles"] }'
}

sampler() { # t load managed free handles [heapKiB]; t in seconds since $WORK/sampler.started
  local pid=$1 start=$SECONDS next_heap=0 heap
  date +%s >"$WORK/sampler.started"
  while [ ! -f "$WORK/soak.done" ]; do
    heap=""
    if [ $((SECONDS - start)) -ge $next_heap ]; then
      heap="$(heap_after_gc "$pid")"
      next_heap=$((next_heap + 60))
    fi
    echo "$((SECONDS - start)) $(load_avg | tr ' ' ',') $(pool) ${heap:--}" >>"$WORK/samples.txt"
    sleep "$SAMPLE"
  done
}

scale_platform
PID="$(liberty_pid)"
[ -n "$PID" ] || die "no pid of the Liberty server (jcmd needs it)"
log "Liberty pid $PID; pool now (managed free handles): $(pool)"
# Records for the approvals' share of the soak (20 % to spare) and for measuring the maximum. Before
# the maximum is known, the soak's share assumes it is at most BENCH_SOAK_MAX_GUESS approvals/s.
share=$(echo "$MIX" | tr ',' '\n' | awk -F: '{t += $2} $1 == "approval" {a = $2} END {print a / t}')
need=0
[ -n "$RATE" ] || need=$(( 100 * 45 ))  # 45 s of closed loops at up to 100/s
soak_records=$(awk -v r="${RATE:-$(( ${BENCH_SOAK_MAX_GUESS:-60} / 2 ))}" -v m="$MINUTES" -v s="$share" \
  'BEGIN { print int(r * 60 * m * s * 1.2) + 100 }')
seed_orgs "$ORGS" "$VOLUNTEERS" "$LOGINS"
seed_records "${BENCH_RECORDS:-$(( need + soak_records ))}"
head -n "$need" "$WORK/records.txt" >"$WORK/records-max.txt"
tail -n +"$((need + 1))" "$WORK/records.txt" >"$WORK/records-rest.txt"
if [ -z "$RATE" ]; then
  log "measuring the maximum approval throughput (closed loop, c=4 and c=8), load $(load_avg)"
  scale_driver max base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
    records="$WORK/records-max.txt" out="$WORK/max.txt" 2>"$WORK/max.log" | tee "$WORK/max.out"
  RATE=$(awk '{printf "%.1f", $1 / 2}' "$WORK/max.txt")
  log "soak rate: half of $(cat "$WORK/max.txt")/s = $RATE/s"
fi

log "soak: $RATE requests/s for $MINUTES min, mix $MIX; load $(load_avg)"
rm -f "$WORK/soak.done"
echo "before $(load_avg | tr ' ' ',') $(pool) $(heap_after_gc "$PID")" >"$WORK/samples.txt"
sampler "$PID" &
SAMPLER=$!
scale_driver soak base="$BASE" kc="$KC" password="$BENCH_PASSWORD" seed="$WORK/seed.txt" \
  records="$WORK/records-rest.txt" rate="$RATE" minutes="$MINUTES" mix="$MIX" \
  out="$WORK/soak.txt" startedFile="$WORK/soak.started" 2>"$WORK/soak.log" | tee "$WORK/soak.out" || true
END_AT=$SECONDS
# The pool after the load: sampled for a minute, it must come back to no handle in use.
log "load over; watching the pool return to idle"
for _ in $(seq 1 12); do
  echo "after+$((SECONDS - END_AT)) $(load_avg | tr ' ' ',') $(pool) -" >>"$WORK/samples.txt"
  sleep 5
done
echo "after-gc $(load_avg | tr ' ' ',') $(pool) $(heap_after_gc "$PID")" >>"$WORK/samples.txt"
touch "$WORK/soak.done"
wait "$SAMPLER" 2>/dev/null || true

mkdir -p "$RESULTS"
{
  echo "Linli soak, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores; $ORGS orgs x $VOLUNTEERS volunteers ($LOGINS logins); rate $RATE/s for $MINUTES min; mix $MIX"
  [ -f "$WORK/max.txt" ] && echo "measured maximum (approvals, closed loop): $(cat "$WORK/max.txt")/s — $(grep '^approvals' "$WORK/max.out" | tr '\n' ';')"
  awk -F'|' '$1 == "kind" { printf "  %-11s %7d requests %4d errors %7.1f/s  p50 %7.1f  p99 %7.1f  max %8.1f ms\n", $2, $3, $4, $5, $6, $7, $8 }
             $1 == "total" { printf "  total: %d errors (%d of them not sent, late), %d requests skipped for want of work; %.0f s\n", $3, $4, $5, $2 }' "$WORK/soak.txt"
  echo "per minute (requests errors p50 p99 max ms, load at the minute's start):"
  awk -F'|' '$1 == "minute" { printf "  %2d: %6d %4d %8.1f %8.1f %8.1f   load %s\n", $2, $3, $4, $5, $6, $7, $8 }' "$WORK/soak.txt"
  # The sampler starts with the driver, the load after the driver's preparations: the windows count
  # from the load's start.
  offset=$(( $(cat "$WORK/soak.started" 2>/dev/null || cat "$WORK/sampler.started") - $(cat "$WORK/sampler.started") ))
  awk -v minutes="$MINUTES" -v offset="$offset" '
    $1 ~ /^[0-9]+$/ && $6 != "-" { t = ($1 - offset) / 60; h = $6 / 1024
      if (t >= 0 && t < 5) { f[++nf] = h } else if (t >= minutes - 5 && t <= minutes) { l[++nl] = h } }
    $1 ~ /^[0-9]+$/ { inuse = $3 - $4; if (inuse > maxuse) maxuse = inuse; if ($5 > maxh) maxh = $5; nsamp++ }
    $1 == "before" { printf "before the soak: %d connections in use (managed - free), %d handles; heap after full GC %.1f MiB\n", $3 - $4, $5, $6 / 1024 }
    $1 ~ /^after/ { last = $0; lastuse = $3 - $4; lasth = $5; if ($1 == "after-gc") gc = $6 / 1024 }
    function stats(a, n,   i, mn, mx, s) { if (n == 0) return "no sample"; mn = a[1]; mx = a[1]; s = 0
      for (i = 1; i <= n; i++) { s += a[i]; if (a[i] < mn) mn = a[i]; if (a[i] > mx) mx = a[i] }
      return sprintf("%d samples, min %.1f, mean %.1f, max %.1f MiB", n, mn, s / n, mx) }
    END {
      print "heap after full GC, first 5 min: " stats(f, nf)
      print "heap after full GC, last 5 min:  " stats(l, nl)
      printf "heap after full GC, after the soak: %.1f MiB\n", gc
      printf "pool during the soak (%d samples): at most %d connections in use (managed - free), %d handles\n", nsamp, maxuse, maxh
      printf "pool a minute after the soak: %d in use, %d handles  (%s)\n", lastuse, lasth, last
    }' "$WORK/samples.txt"
} | tee "$RESULTS/soak.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/soak.txt, samples in $WORK/samples.txt"
