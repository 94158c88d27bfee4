#!/usr/bin/env bash
# Outbox relay throughput (see bench/README.md, "Integration relay"): starts the platform on its own
# ports, database and state directory (one or two Liberty nodes on one database, the civil-affairs
# simulator as receiver), puts N contract-settlement events into the outbox of T tenants (A
# aggregates each) by SQL, not yet due; makes them all due at once and times until the simulator
# has stored every one; checks that none was delivered twice and that all are SENT; prints the
# figures with the machine's load (also in bench/results/integration-relay.txt) and stops the
# platform.
#
#   bash bench/integration-relay.sh                 # 1 node, 20000 events, 8 tenants
#   BENCH_NODES=2 bash bench/integration-relay.sh   # two Liberty nodes share the outbox
#   BENCH_KEEP=1 ...                                # leave the platform running
set -euo pipefail

BENCH_NAME=integration-relay
# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"

EVENTS="${BENCH_EVENTS:-20000}"
TENANTS="${BENCH_TENANTS:-8}"
AGGREGATES="${BENCH_AGGREGATES:-200}"   # per tenant; events of one aggregate go out in order
NODES="${BENCH_NODES:-1}"
TIMEOUT="${BENCH_TIMEOUT:-1800}"        # seconds to wait for the receiver to have every event

bench_platform .bench-relay linli_bench_relay 25380 25480 25626 25681 25740
export LINLI_FRONT_PORT="${LINLI_FRONT_PORT:-25390}"
# The relay's own throughput: no agreed rate paces it (BENCH_RATE_PER_MINUTE, per tenant and
# receiving system, to measure the pacing instead).
export LINLI_INTEGRATION_OUTBOUND_RATE_PER_MINUTE="${BENCH_RATE_PER_MINUTE:-0}"
# The simulator is the receiver of every flow (linli run starts it when no real endpoint is set).
unset LINLI_INTEGRATION_MZT061_URL LINLI_INTEGRATION_GATEWAY_URL
SIM="http://127.0.0.1:$LINLI_SIM_PORT"

psql_db() { psql_super -d "$LINLI_DB_NAME" "$@"; }
count() { curl -sf -m 10 "$SIM/control/flows/count?flow=contract-settlements" | sed -E 's/.*"events":([0-9]+),"deliveries":([0-9]+).*/\1 \2/'; }
now_ms() { date +%s%3N; }

load_before="$(load_avg)"
nodes_arg=()
[ "$NODES" = 2 ] && nodes_arg=(--nodes 2)
bench_start ${nodes_arg[@]+"${nodes_arg[@]}"}
curl -sf -m 5 "$SIM/health" >/dev/null || die "the simulator does not answer on $SIM"

# --- Seed: N events, not yet due, round-robin over tenants and aggregates (seq order = order per
# aggregate). As the superuser: row level security does not apply to the seeding.
before="$(count)"; before_events="${before%% *}"
log "seeding $EVENTS events ($TENANTS tenants x $AGGREGATES aggregates)"
psql_db <<SQL
INSERT INTO integration_outbox (tenant_id, id, flow, aggregate_id, payload, status, attempts,
                                next_attempt_at, created_at)
SELECT 'bench-t' || (g % $TENANTS),
       gen_random_uuid()::text,
       'CONTRACT_SETTLEMENT',
       'bench-contract-' || (g / $TENANTS % $AGGREGATES),
       json_build_object('settlementId', 'bench-set-' || g, 'contractId',
                         'bench-contract-' || (g / $TENANTS % $AGGREGATES), 'month', '2026-11',
                         'orderCount', 1, 'amountDue', '15.00')::text,
       'PENDING', 0, now() + interval '1 year', now()
FROM generate_series(0, $EVENTS - 1) AS g;
ANALYZE integration_outbox;
SQL

# --- Measure: all due at once; time until the receiver has every event.
log "releasing the events"
t0="$(now_ms)"
psql_db -c "UPDATE integration_outbox SET next_attempt_at = now() WHERE tenant_id LIKE 'bench-t%' AND status = 'PENDING'" >/dev/null
target=$((before_events + EVENTS))
half_ms=""
deadline=$((SECONDS + TIMEOUT))
while :; do
  c="$(count)"; events="${c%% *}"
  if [ -z "$half_ms" ] && [ "$events" -ge $((before_events + EVENTS / 2)) ]; then half_ms=$(( $(now_ms) - t0 )); fi
  [ "$events" -ge "$target" ] && break
  (( SECONDS < deadline )) || die "timed out: $((events - before_events)) of $EVENTS delivered"
  sleep 0.25
done
t1="$(now_ms)"
load_during="$(cut -d' ' -f1-3 /proc/loadavg)"
c="$(count)"; events="${c%% *}"; deliveries="${c##* }"
sent="$(psql_db -c "SELECT count(*) FROM integration_outbox WHERE tenant_id LIKE 'bench-t%' AND status = 'SENT'")"
# The relay marks an event SENT in the transaction after the answer: wait for the last commits.
deadline=$((SECONDS + 60))
while [ "$sent" -lt "$EVENTS" ] && (( SECONDS < deadline )); do
  sleep 0.25
  sent="$(psql_db -c "SELECT count(*) FROM integration_outbox WHERE tenant_id LIKE 'bench-t%' AND status = 'SENT'")"
done
elapsed_ms=$((t1 - t0))
rate="$(awk -v n="$EVENTS" -v ms="$elapsed_ms" 'BEGIN { printf "%.0f", n / (ms / 1000) }')"
dup=$(( deliveries - events ))

summary="$(cat <<EOF2
Linli outbox relay throughput ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD))
machine      $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load average before $load_before, at the end $load_during
setup        $NODES Liberty node(s), one PostgreSQL; receiver: civil-affairs simulator (loopback HTTP); agreed rate per tenant ${LINLI_INTEGRATION_OUTBOUND_RATE_PER_MINUTE}/min (0: none)
events       $EVENTS CONTRACT_SETTLEMENT events, $TENANTS tenants x $AGGREGATES aggregates (ordered per aggregate)
delivered    $((events - before_events)) stored by the receiver in ${elapsed_ms} ms (half after ${half_ms:-?} ms)
throughput   $rate events/s (end to end: due in the outbox -> stored by the receiver)
duplicates   $dup repeated deliveries (receiver count of repeats by Idempotency-Key)
outbox       $sent of $EVENTS marked SENT
EOF2
)"
echo "$summary" | tee "$RESULTS/integration-relay.txt"
[ "$dup" -eq 0 ] || die "an event was delivered twice"
[ "$sent" -eq "$EVENTS" ] || die "not every event marked SENT"
