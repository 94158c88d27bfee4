# Shared by bench/tenants.sh, bench/soak.sh and bench/idempotency.sh (issue 22): the platform under
# test (bench/platform.sh: its own state directory, database and ports, or an already running one
# with BENCH_REUSE=1), organizations seeded over HTTP by LoadDriver's `seed`, pending records by SQL.
# Sourced, not run. The caller sets BENCH_NAME (state directory .bench-$BENCH_NAME) first.

# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
# Ports apart from bench/run.sh's (19580, 18580, 2625/2680) and a developer's `linli run`.
bench_platform ".bench-$BENCH_NAME" "linli_bench_$BENCH_NAME" 19780 18780 2725 2780 19740
RUN_ID="${BENCH_RUN_ID:-$(date +%H%M%S)}"
WORK="$LINLI_STATE_DIR/bench-$BENCH_NAME-$RUN_ID"

# ScaleDriver extends LoadDriver (its HTTP, JSON and token helpers): compiled together, once.
scale_driver() {
  local classes="$ROOT/bench/target/scale-driver"
  if [ ! -f "$classes/ScaleDriver.class" ] || [ "$ROOT/bench/ScaleDriver.java" -nt "$classes/ScaleDriver.class" ] \
    || [ "$ROOT/bench/LoadDriver.java" -nt "$classes/ScaleDriver.class" ]; then
    mkdir -p "$classes" && javac -nowarn -d "$classes" "$ROOT/bench/LoadDriver.java" "$ROOT/bench/ScaleDriver.java"
  fi
  java -Xmx768m -cp "$classes" ScaleDriver "$@"
}

# A clean platform of its own, or (BENCH_REUSE=1) the one running on LINLI_STATE_DIR's ports: the
# organizations this run seeds carry the run id, so a reused platform needs no reset.
scale_platform() {
  bench_start
  bench_password
}

# The process id of the Liberty server of this state directory (for jcmd).
liberty_pid() {
  local name
  # The name liberty-config/bin/linli gives this state directory's server (its own function).
  name="$(. "$LINLI"; server_name "$LINLI_STATE_DIR")"
  cat "$ROOT/platform-ear/linli-ear/target/liberty/wlp/usr/servers/.pid/$name.pid" 2>/dev/null
}
