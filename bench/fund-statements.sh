#!/usr/bin/env bash
# Fund books benchmark (issue 19, see bench/README.md "Fund statements over 10 million postings"):
# starts (or, with BENCH_REUSE=1, reuses) a platform on its own ports, database and state directory;
# registers an organization whose finance member opens its books and funds through the API; seeds
# BENCH_LINES posted voucher lines with their ledger transactions and postings by SQL; then times
# the trial balance and the three statements over HTTP with the finance member's token and prints
# the figures with the machine's load and the row counts (also in bench/results/fund-statements.txt).
#
#   bash bench/fund-statements.sh      # BENCH_KEEP=1 leaves the platform running afterwards
set -euo pipefail

BENCH_NAME=fund-bench
# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
# The platform under test: never the developer's `linli run` nor bench/run.sh's.
bench_platform .bench-fund-run linli_fund_bench 19680 18680 19625 19626

# Knobs.
LINES="${BENCH_LINES:-10000000}"          # voucher lines; a multiple of 50 (cycles of 20 vouchers)
FIRST_MONTH="${BENCH_FIRST_MONTH:-2024-01}"
MONTHS="${BENCH_MONTHS:-35}"              # 2024-01 .. 2026-11 by default
FUNDS="${BENCH_FUNDS:-4}"
RUNS="${BENCH_RUNS:-5}"                   # warm runs per report
# Months closed through the API after the seed (closing voucher + month-end balances), from the
# first; by default all but the last, so the reports read one open month of lines.
CLOSE_MONTHS="${BENCH_CLOSE_MONTHS:-$((MONTHS - 1))}"
LEDGER="${BENCH_LEDGER:-1}"               # 0: vouchers and lines only, no ledger transactions
# 1: seed as the superuser with session_replication_role = replica, which skips the foreign key
# checks and the ledger's deferred balance trigger (3x faster on a busy 2-core machine); the checks
# after the seed then verify what those triggers would have enforced. 0: as the owner, all live.
FAST="${BENCH_FAST_SEED:-0}"
LEDGER_BOOL="$([ "$LEDGER" = 1 ] && echo true || echo false)"
# 1: the reports read the days no month-end balance covers from their day balances (V67, as the
# platform does); 0: from their voucher lines (as before V67), for a before/after on one seed.
DAY_BALANCES="${BENCH_DAY_BALANCES:-1}"

# BENCH_SEEDED_ORG=code: time an organization a previous run (BENCH_KEEP=1) seeded, without seeding.
ORG="${BENCH_SEEDED_ORG:-fund-bench-$(date +%H%M%S)}"

[ $((LINES % 50)) = 0 ] || die "BENCH_LINES must be a multiple of 50"

# --- 2. The organization, its finance member, books and funds through the API ------------------

open_books() {
  bench_password
  log "registering $ORG, its finance member, books (2024 chart) and $FUNDS funds over HTTP"
  driver books base="$BASE" kc="$KC" password="$BENCH_PASSWORD" org="$ORG" funds="$FUNDS" \
    kcBootstrapPassword="$LINLI_KC_BOOTSTRAP_PASSWORD" \
    platformAdminPassword="$LINLI_PLATFORM_ADMIN_PASSWORD" out="$WORK/books.txt"
  ADMIN_ID="$(awk '$1 == "org" {print $4}' "$WORK/books.txt")"
  FINANCE="$(awk '$1 == "finance" {print $2}' "$WORK/books.txt")"
  FINANCE_ID="$(awk '$1 == "finance" {print $3}' "$WORK/books.txt")"
}

# --- 3. Posted vouchers, ledger transactions and postings by SQL ---------------------------------

# One psql session as the owner: the setup, then one transaction per month (vouchers spread evenly,
# numbered 1..n in date order), then the ledger accounts' balances from their postings.
seed() {
  local vouchers=$((LINES / 50 * 20)) script="$WORK/seed.psql" m start g0 g1 n
  log "seeding $LINES voucher lines ($vouchers vouchers) over $MONTHS months from $FIRST_MONTH by SQL"
  {
    echo "\\i $ROOT/bench/fund-seed-setup.sql"
    echo "\\set maker $ADMIN_ID"
    echo "\\set approver $FINANCE_ID"
    for ((m = 0; m < MONTHS; m++)); do
      start="$(date -u -d "$FIRST_MONTH-01 +$m month" +%Y-%m-%d)"
      g0=$((vouchers * m / MONTHS))
      g1=$((vouchers * (m + 1) / MONTHS))
      n=$((g1 - g0))
      echo "\\set g0 $g0"
      echo "\\set n $n"
      echo "\\set mstart $start"
      echo "\\set period ${start:0:7}"
      echo "\\echo ${start:0:7}: $n vouchers"
      echo "\\i $ROOT/bench/fund-seed-month.sql"
    done
    echo "UPDATE ledger_account a SET balance = s.total"
    echo "FROM (SELECT account_id, sum(amount) AS total FROM ledger_posting"
    echo "      WHERE tenant_id = :'org' GROUP BY account_id) s"
    echo "WHERE a.tenant_id = :'org' AND a.id = s.account_id;"
  } >"$script"
  local t=$SECONDS
  if [ "$FAST" = 1 ]; then
    { echo "SET session_replication_role = replica;"; cat "$script"; } >"$script.fast"
    psql_super -d "$LINLI_DB_NAME" -v org="$ORG" -v ledger="$LEDGER_BOOL" -f "$script.fast" \
      >"$WORK/seed.log" 2>&1 || { tail -n 20 "$WORK/seed.log" >&2; die "seed failed"; }
  else
    psql_owner -v ledger="$LEDGER_BOOL" -f "$script" \
      >"$WORK/seed.log" 2>&1 || { tail -n 20 "$WORK/seed.log" >&2; die "seed failed"; }
  fi
  SEED_SECONDS=$((SECONDS - t))
  log "seeded in ${SEED_SECONDS}s (ledger: $LEDGER, fast: $FAST); VACUUM ANALYZE"
  t=$SECONDS
  psql_owner -c "VACUUM (ANALYZE) accounting_voucher, accounting_voucher_line, accounting_day_balance, ledger_transaction, ledger_posting, ledger_account" >/dev/null
  VACUUM_SECONDS=$((SECONDS - t))
  LAST_DAY="$(date -u -d "$FIRST_MONTH-01 +$MONTHS month -1 day" +%Y-%m-%d)"
}

# Row counts, and that the books, the ledger and its invariants agree after the seed.
check() {
  COUNTS="$(psql_owner <<'SQL'
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
SELECT format('rows of %s: %s vouchers, %s voucher lines, %s ledger transactions, %s ledger postings, %s periods',
              :'org',
              (SELECT count(*) FROM accounting_voucher),
              (SELECT count(*) FROM accounting_voucher_line),
              (SELECT count(*) FROM ledger_transaction),
              (SELECT count(*) FROM ledger_posting),
              (SELECT count(*) FROM accounting_voucher_counter));
SQL
)"
  TOTALS="$(psql_super -d "$LINLI_DB_NAME" -c "SELECT format('whole database (all organizations): %s voucher lines, %s ledger postings; size %s', (SELECT count(*) FROM accounting_voucher_line), (SELECT count(*) FROM ledger_posting), pg_size_pretty(pg_database_size(current_database())))")"
  local bad
  bad="$(psql_owner -v ledger="$LEDGER_BOOL" <<'SQL'
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
-- Each chart account's lines equal its ledger account's balance; each voucher balances;
-- numbers run 1..n per period; restricted lines name a fund; no fund below zero; and what the
-- foreign keys would have refused (a fast seed runs without them).
\if :ledger
SELECT 'books/ledger mismatch ' || a.code FROM accounting_account a
  JOIN ledger_account g ON g.singleton_key = 'BOOKS_ACCOUNT|CHART_ACCOUNT|' || a.code
  LEFT JOIN (SELECT account_code, sum(debit - credit) AS s FROM accounting_voucher_line
             GROUP BY account_code) l ON l.account_code = a.code
  WHERE coalesce(l.s, 0) <> g.balance;
SELECT 'posting without transaction' FROM ledger_posting p
  WHERE NOT EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.id = p.transaction_id) LIMIT 1;
SELECT 'unbalanced ledger transaction ' || transaction_id FROM ledger_posting
  GROUP BY transaction_id HAVING sum(amount) <> 0 LIMIT 3;
\endif
SELECT 'line without voucher' FROM accounting_voucher_line l
  WHERE NOT EXISTS (SELECT 1 FROM accounting_voucher v WHERE v.id = l.voucher_id) LIMIT 1;
SELECT 'line outside the chart ' || l.account_code
  FROM (SELECT DISTINCT account_code FROM accounting_voucher_line) l
  WHERE NOT EXISTS (SELECT 1 FROM accounting_account a WHERE a.code = l.account_code);
SELECT 'line with unknown fund ' || l.fund_id
  FROM (SELECT DISTINCT fund_id FROM accounting_voucher_line WHERE fund_id IS NOT NULL) l
  WHERE NOT EXISTS (SELECT 1 FROM accounting_fund f WHERE f.id = l.fund_id);
SELECT 'day balances differ from the lines for ' || coalesce(l.account_code, d.account_code)
  FROM (SELECT account_code, fund_id, sum(debit) AS debit, sum(credit) AS credit
        FROM accounting_voucher_line GROUP BY account_code, fund_id) l
  FULL JOIN (SELECT account_code, fund_id, sum(debit) AS debit, sum(credit) AS credit
             FROM accounting_day_balance GROUP BY account_code, fund_id) d
    ON d.account_code = l.account_code AND d.fund_id IS NOT DISTINCT FROM l.fund_id
  WHERE l.debit IS DISTINCT FROM d.debit OR l.credit IS DISTINCT FROM d.credit;
SELECT 'unbalanced voucher ' || voucher_id FROM accounting_voucher_line
  GROUP BY voucher_id HAVING sum(debit) <> sum(credit) LIMIT 3;
SELECT 'numbering gap in ' || period FROM accounting_voucher
  GROUP BY period HAVING max(number) <> count(*) OR min(number) <> 1;
SELECT 'counter behind in ' || c.period FROM accounting_voucher_counter c
  WHERE c.last_no <> (SELECT count(*) FROM accounting_voucher v WHERE v.period = c.period);
SELECT 'restricted line without fund' FROM accounting_voucher_line
  WHERE substr(account_code, 5, 2) = '02' AND fund_id IS NULL LIMIT 1;
SELECT 'fund below zero ' || f.id FROM accounting_fund f JOIN ledger_account a ON a.id = f.ledger_account_id
  WHERE a.balance < 0;
SQL
)"
  INVARIANTS="$(psql_owner <<'SQL'
SELECT format('ledger invariants: %s accounts, %s postings, %s unbalanced units, %s mismatched accounts',
              accounts, postings, unbalanced_units, mismatched_accounts)
FROM ledger_invariants_all_tenants() WHERE tenant_id = :'org';
SQL
)"
  [ -z "$bad" ] || die "the seeded books do not hold: $bad"
  case "$INVARIANTS" in
    *" 0 unbalanced units, 0 mismatched accounts") ;;
    *) die "ledger invariants broken: $INVARIANTS" ;;
  esac
  log "$COUNTS"
  log "$INVARIANTS; books checked (ledger seeded: $LEDGER)"
}

# --- 4. Month closes through the API (the month-end balances the reports read) ---------------------

close_months() {
  CLOSES="no months closed"
  [ "$CLOSE_MONTHS" -gt 0 ] || return 0
  log "closing $CLOSE_MONTHS months from $FIRST_MONTH through the API"
  driver close base="$BASE" kc="$KC" password="$BENCH_PASSWORD" org="$ORG" finance="$FINANCE" \
    first="$FIRST_MONTH" months="$CLOSE_MONTHS" >"$WORK/close.txt"
  CLOSES="$(cat "$WORK/close.txt")"
  log "$CLOSES"
}

# --- 5. The reports over HTTP --------------------------------------------------------------------

time_reports() {
  local from="${LAST_DAY:0:4}-01-01"
  log "timing the trial balance and the statements for $from..$LAST_DAY (1 cold + $RUNS warm each)"
  psql_super -d "$LINLI_DB_NAME" -v org="$ORG" -v days="$([ "$DAY_BALANCES" = 1 ] && echo true || echo false)" \
    <<<"UPDATE accounting_books SET day_balances = :'days' WHERE tenant_id = :'org';" >/dev/null
  log "day balances read by the reports: $DAY_BALANCES"
  LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
  UPTIME_BEFORE="$(uptime)"
  driver statements base="$BASE" kc="$KC" password="$BENCH_PASSWORD" org="$ORG" finance="$FINANCE" \
    from="$from" to="$LAST_DAY" runs="$RUNS" >"$WORK/statements.txt"
  LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
  mkdir -p "$RESULTS"
  {
    echo "Linli fund statements benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(psql_super -d postgres -c 'SHOW server_version'), shared_buffers $(psql_super -d postgres -c 'SHOW shared_buffers')"
    echo "uptime before / after the timing: $UPTIME_BEFORE / $(uptime)"
    echo "load average before / after the timing: $LOAD_BEFORE / $LOAD_AFTER"
    echo "seed: $LINES lines over $MONTHS months from $FIRST_MONTH, $FUNDS funds, ledger postings: $LEDGER_BOOL, fast seed: $FAST; in ${SEED_SECONDS}s (+ VACUUM ANALYZE ${VACUUM_SECONDS}s)"
    echo "$COUNTS"
    echo "$TOTALS"
    echo "$INVARIANTS"
    echo "$CLOSES"
    echo "days outside closed months read from: $([ "$DAY_BALANCES" = 1 ] && echo 'day balances (V67)' || echo 'their voucher lines')"
    echo "reports for $from..$LAST_DAY (balance sheet at $LAST_DAY), target < 1000 ms each:"
    cat "$WORK/statements.txt"
  } >"$RESULTS/fund-statements.txt"
}

bench_start
if [ -n "${BENCH_SEEDED_ORG:-}" ]; then
  BENCH_PASSWORD="$(cat "$WORK/password")"
  FINANCE="$(awk '$1 == "finance" {print $2}' "$WORK/books.txt")"
  grep -q "^org $ORG " "$WORK/books.txt" || die "$ORG is not the organization in $WORK/books.txt"
  LAST_DAY="$(date -u -d "$FIRST_MONTH-01 +$MONTHS month -1 day" +%Y-%m-%d)"
  SEED_SECONDS="(an earlier run)" VACUUM_SECONDS="(an earlier run)"
  log "timing $ORG as seeded before"
else
  open_books
  seed
fi
check
if [ -n "${BENCH_SEEDED_ORG:-}" ]; then CLOSES="(closes: as an earlier run left them)"; else close_months; fi
time_reports
echo
cat "$RESULTS/fund-statements.txt"
log "done in $((SECONDS - T0))s; summary in bench/results/fund-statements.txt"
