#!/usr/bin/env bash
# Monthly settlement benchmark (issue 20, see bench/README.md "Monthly settlement of 100,000
# orders"): starts (or, with BENCH_REUSE=1, reuses) a platform on its own ports, database and state
# directory; registers a provider with open books (LoadDriver `books`) and a government buyer, who
# contracts the provider through the API; seeds BENCH_ORDERS completed orders of last month on both
# copies by SQL (some with open or rejected anomaly flags); then times over HTTP, with the buyer
# admin's token, the draft, a second draft (which must give the same figures) and the acceptance
# (which settles the paid orders on both copies), and prints the figures with the machine's load
# (also in bench/results/purchase-settlement.txt).
#
#   bash bench/purchase-settlement.sh      # BENCH_KEEP=1 leaves the platform running afterwards
#                                          # BENCH_ACCEPT=0 stops before the acceptance
set -euo pipefail

BENCH_NAME=settle-bench
# shellcheck source=bench/platform.sh
. "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
# The platform under test: never the developer's `linli run` nor another benchmark's.
bench_platform .bench-settle-run linli_settle_bench 19780 18780 19725 19726

ORDERS="${BENCH_ORDERS:-100000}"
TARGET_SECONDS="${BENCH_TARGET_SECONDS:-10}"
STAMP="$(date +%H%M%S)"
PROVIDER="settle-p-$STAMP"
BUYER="settle-g-$STAMP"

# --- 1. A platform ------------------------------------------------------------------------------
bench_start

# --- 2. Provider (books open), buyer, contract and a resident through the API -------------------
PASSWORD="Bench-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')-pw1"
log "registering the provider $PROVIDER with open books (LoadDriver books)"
driver books base="$BASE" kc="$KC" password="$PASSWORD" \
  org="$PROVIDER" funds=0 kcBootstrapPassword="$LINLI_KC_BOOTSTRAP_PASSWORD" \
  platformAdminPassword="$LINLI_PLATFORM_ADMIN_PASSWORD" out="$WORK/provider.txt"

token() { # realm client user password
  curl -sf "$KC/realms/$1/protocol/openid-connect/token" -d grant_type=password -d "client_id=$2" \
    --data-urlencode "username=$3" --data-urlencode "password=$4" | jq -r .access_token
}
call() { # method token path [body] [extra header...]: prints the body, fails on a non-2xx answer
  local method=$1 tok=$2 path=$3 body=${4:-} out code
  shift 4 || shift $#
  out="$(mktemp)"
  code="$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$BASE$path" -H "Authorization: Bearer $tok" \
    -H 'Content-Type: application/json' "$@" ${body:+--data-binary "$body"})"
  [ "${code:0:1}" = 2 ] || { cat "$out" >&2; die "$method $path answered $code"; }
  cat "$out"
  rm -f "$out"
}
# A 机关 (11) credit code with its GB 32100 check character, and a GB 11643 ID number.
gov_credit_code() {
  python3 - <<'PY'
import random
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
c = "11320106" + "".join(random.choice("0123456789") for _ in range(9))
s = sum(chars.index(ch) * w[i] for i, ch in enumerate(c))
print(c + chars[(31 - s % 31) % 31])
PY
}
id_number() {
  python3 - <<'PY'
import random
b = "3201061940" + "0301" + "%03d" % random.randint(100, 998)
w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print(b + "10X98765432"[sum(int(ch) * w[i] for i, ch in enumerate(b)) % 11])
PY
}

log "registering the buyer $BUYER (GOVERNMENT_BUYER) and its contract with the provider"
PLATFORM="$(token linli linli-web platform.admin "$LINLI_PLATFORM_ADMIN_PASSWORD")"
BUYER_ADMIN="admin@$BUYER.bench"
call POST "$PLATFORM" /api/v1/platform/orgs "$(jq -nc --arg code "$BUYER" --arg cc "$(gov_credit_code)" \
  --arg email "$BUYER_ADMIN" --arg id "$(id_number)" '{code: $code, name: ("压测民政局 " + $code),
  type: "GOVERNMENT_BUYER", creditCode: $cc, regionCode: "320106", contactName: "联系人",
  contactPhone: "13800000000", contactEmail: $email,
  firstAdmin: {name: "管理员", idNumber: $id, phone: "13800000001", email: $email}}')" >/dev/null
KC_ADMIN="$(token master admin-cli admin "$LINLI_KC_BOOTSTRAP_PASSWORD")"
set_password() {
  local id
  id="$(curl -sf "$KC/admin/realms/linli/users?exact=true&username=$1" -H "Authorization: Bearer $KC_ADMIN" | jq -r '.[0].id')"
  curl -sf -X PUT "$KC/admin/realms/linli/users/$id/reset-password" -H "Authorization: Bearer $KC_ADMIN" \
    -H 'Content-Type: application/json' -d "{\"type\":\"password\",\"value\":\"$PASSWORD\",\"temporary\":false}"
  curl -sf -X PUT "$KC/admin/realms/linli/users/$id" -H "Authorization: Bearer $KC_ADMIN" \
    -H 'Content-Type: application/json' -d '{"requiredActions":[]}'
}
set_password "$BUYER_ADMIN"
G="$(token linli linli-web "$BUYER_ADMIN" "$PASSWORD")"
P="$(token linli linli-web "admin@$PROVIDER.bench" "$PASSWORD")"
MONTH="$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)"
START="$MONTH-01"
END="$(date -u -d "$START +1 year -1 day" +%Y-%m-%d)"
CONTRACT="$(call POST "$G" "/api/v1/orgs/$BUYER/contracts" "$(jq -nc --arg p "$PROVIDER" --arg s "$START" --arg e "$END" \
  '{providerOrg: $p, number: "BENCH-1", title: "压测居家养老", budgetLine: "2081002 养老服务", recurring: false,
  termStart: $s, termEnd: $e, totalAmount: "9000000.00", performanceTargets: "-",
  items: [{code: "MEAL_AID", name: "助餐", unit: "MEAL", unitPrice: "15.00", quantity: 200000, minMinutes: 0,
           eligibleGroups: ["ELDERLY"]},
          {code: "CLEANING", name: "助洁", unit: "HOUR", unitPrice: "40.00", quantity: 100000, minMinutes: 0,
           eligibleGroups: ["ELDERLY"]}]}')" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" | jq -r .contract.id)"
call POST "$G" "/api/v1/orgs/$BUYER/contracts/$CONTRACT/submit" "" >/dev/null
call POST "$P" "/api/v1/orgs/$PROVIDER/contracts/$CONTRACT/accept" "" >/dev/null
RESIDENT="$(call POST "$G" "/api/v1/orgs/$BUYER/residents" "$(jq -nc --arg id "$(id_number)" --arg from "$(date -u -d "$START -1 year" +%Y-%m-%d)" \
  '{name: "压测居民", idNumber: $id, phone: "13900000000", address: "鼓楼区湖南路 1 号", latitude: 32.066,
  longitude: 118.783, category: "ELDERLY", eligibleFrom: $from}')" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" | jq -r .id)"
call POST "$G" "/api/v1/orgs/$BUYER/contracts/$CONTRACT/residents" "{\"residentId\":\"$RESIDENT\"}" >/dev/null

# --- 3. The month's orders on both copies by SQL (as the owner, one tenant at a time) -------------
log "seeding $ORDERS completed orders of $MONTH on both copies (1% open flags, 1% rejected)"
t=$SECONDS
for TENANT in "$BUYER" "$PROVIDER"; do
  psql_owner -v tenant="$TENANT" -v buyer="$BUYER" -v provider="$PROVIDER" -v contract="$CONTRACT" \
    -v resident="$RESIDENT" -v n="$ORDERS" -v start="$START" >"$WORK/seed-$TENANT.log" <<'SQL'
BEGIN;
SELECT set_config('app.tenant_id', :'tenant', true) \g /dev/null
INSERT INTO purchase_order (tenant_id, id, contract_id, buyer_org, provider_org, resident_id, item_code,
    service_date, status, worker_name, check_in_at, check_out_at, confirmation_hash, created_by,
    created_at, updated_at, transitions)
SELECT :'tenant', 'bench-' || g, :'contract', :'buyer', :'provider', :'resident',
       CASE WHEN g % 3 = 0 THEN 'CLEANING' ELSE 'MEAL_AID' END,
       date :'start' + (g % 28), CASE WHEN g % 2 = 0 THEN 'RATED' ELSE 'COMPLETED' END, '压测',
       (date :'start' + (g % 28))::timestamptz + interval '9 hours',
       (date :'start' + (g % 28))::timestamptz + interval '10 hours', 'x', 'bench', now(), now(), 5
FROM generate_series(1, :n) g;
INSERT INTO purchase_order_flag (tenant_id, order_id, rule, contract_id, buyer_org, provider_org, status,
    args, raised_at, evaluated_at, resolved_by, resolved_actor, resolved_at, reason, version)
SELECT :'tenant', 'bench-' || g, 'SHORT_VISIT', :'contract', :'buyer', :'provider',
       CASE WHEN g % 200 = 0 THEN 'OPEN' ELSE 'REJECTED' END, '[]', now(), now(),
       CASE WHEN g % 200 = 0 THEN NULL ELSE 'bench' END, CASE WHEN g % 200 = 0 THEN NULL ELSE 'bench' END,
       CASE WHEN g % 200 = 0 THEN NULL ELSE now() END, CASE WHEN g % 200 = 0 THEN NULL ELSE '压测' END, 1
FROM generate_series(100, :n, 100) g;
COMMIT;
SQL
done
psql_owner -c "VACUUM (ANALYZE) purchase_order, purchase_order_flag, purchase_order_transition" >/dev/null
SEED_SECONDS=$((SECONDS - t))
log "seeded in ${SEED_SECONDS}s"

# --- 4. Timed over HTTP --------------------------------------------------------------------------
G="$(token linli linli-web "$BUYER_ADMIN" "$PASSWORD")"
timed() { # label method path body [headers...]: the answer in $WORK/<label>.json, seconds in LAST
  local label=$1 method=$2 path=$3 body=$4 code
  shift 4
  read -r code LAST < <(curl -s -o "$WORK/$label.json" -w '%{http_code} %{time_total}\n' -X "$method" \
    "$BASE$path" -H "Authorization: Bearer $G" -H 'Content-Type: application/json' "$@" ${body:+--data-binary "$body"})
  [ "${code:0:1}" = 2 ] || { cat "$WORK/$label.json" >&2; die "$label answered $code"; }
  log "$label: ${LAST}s"
}
BODY="{\"contractId\":\"$CONTRACT\",\"month\":\"$MONTH\"}"
timed draft POST "/api/v1/orgs/$BUYER/settlements" "$BODY"
DRAFT_S=$LAST
timed redraft POST "/api/v1/orgs/$BUYER/settlements" "$BODY"
REDRAFT_S=$LAST
ID="$(jq -r .settlement.id "$WORK/redraft.json")"
VERSION="$(jq -r .settlement.version "$WORK/redraft.json")"
[ "$(jq -c .lines "$WORK/draft.json")" = "$(jq -c .lines "$WORK/redraft.json")" ] || die "re-draft gave other figures"
if [ "${BENCH_ACCEPT:-1}" = 0 ]; then
  # For EXPLAIN (ANALYZE) of the acceptance's statements in psql, in a transaction rolled back.
  log "BENCH_ACCEPT=0: draft $ID (version $VERSION) of contract $CONTRACT, $MONTH, left unaccepted;"
  log "  buyer $BUYER, provider $PROVIDER, database $LINLI_DB_NAME"
  exit 0
fi
timed accept POST "/api/v1/orgs/$BUYER/settlements/$ID/accept" "" \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -H "If-Match: \"$VERSION\""
ACCEPT_S=$LAST
FIGURES="$(jq -r '.settlement | "\(.orderCount) orders, gross \(.grossAmount), deductions \(.deductionAmount), due \(.amountDue)"' "$WORK/accept.json")"
SETTLED="$(psql_super -d "$LINLI_DB_NAME" -c "SELECT string_agg(tenant_id || ': ' || n, ', ') FROM (SELECT tenant_id, count(*) n FROM purchase_order WHERE contract_id = '$CONTRACT' AND status = 'SETTLED' GROUP BY tenant_id) x")"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
TOTAL="$(awk -v a="$DRAFT_S" -v b="$ACCEPT_S" 'BEGIN { printf "%.2f", a + b }')"
{
  echo "purchase settlement benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $LOAD"
  echo "seed: $ORDERS orders of $MONTH per copy (both copies), seeded in ${SEED_SECONDS}s"
  echo "draft ${DRAFT_S}s, re-draft ${REDRAFT_S}s (same lines), accept ${ACCEPT_S}s; draft + accept ${TOTAL}s (target < ${TARGET_SECONDS}s)"
  echo "figures: $FIGURES"
  echo "orders SETTLED per copy: $SETTLED"
} | tee "$RESULTS/purchase-settlement.txt"
