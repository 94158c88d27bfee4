-- Seeds the buyer's dashboard benchmark (bench/purchase-dashboard.sh): on the buyer's copies of
-- :'org' (the demo's gulou-mz), :contracts contracts copied from the demo contract (same
-- provider, items and residents), then :orders service orders spread over the 12 months up to
-- the current one, with statuses, follow-up scores and ~2 % anomaly flags. Runs as the owner with
-- app.tenant_id set (row level security is forced on the owner too); the V65 triggers keep the
-- rollups as the rows go in, exactly as they do for the application.
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_src AS
SELECT * FROM purchase_contract WHERE tenant_id = :'org' AND side = 'BUYER' AND status = 'ACTIVE'
ORDER BY created_at LIMIT 1;
SELECT count(*) = 1 AS has_demo_contract FROM bench_src \gset
\if :has_demo_contract
\else
  \echo 'no active demo contract of ' :'org'
  SELECT 1/0;
\endif

-- Copies c1..cN of the demo contract: the buyer's side only (the dashboard reads only it).
CREATE TEMP TABLE bench_contract AS
SELECT g AS n, 'bench-' || g || '-' || s.id AS id, s.id AS src FROM bench_src s, generate_series(1, :contracts) g;

INSERT INTO purchase_contract (tenant_id, id, side, buyer_org, provider_org, buyer_name, provider_name,
    number, title, budget_line, recurring, term_start, term_end, total_amount, settlement_method,
    performance_targets, status, current_version, published, created_by, created_at)
SELECT s.tenant_id, b.id, 'BUYER', s.buyer_org, s.provider_org, s.buyer_name, s.provider_name,
       'BENCH-' || lpad(b.n::text, 3, '0'), s.title || ' (bench ' || b.n || ')', s.budget_line, false,
       date_trunc('month', current_date - interval '11 months')::date,
       (date_trunc('month', current_date - interval '11 months') + interval '1 year - 1 day')::date,
       s.total_amount * 20, s.settlement_method, s.performance_targets, 'ACTIVE', 1, false,
       s.created_by, now()
FROM bench_src s JOIN bench_contract b ON b.src = s.id
ON CONFLICT DO NOTHING; -- a seed interrupted after the copies may run again

INSERT INTO purchase_contract_version (tenant_id, contract_id, version, buyer_org, provider_org,
    effective_from, term_end, total_amount, note, created_by, created_at)
SELECT c.tenant_id, c.id, 1, c.buyer_org, c.provider_org, c.term_start, c.term_end, c.total_amount,
       'bench', c.created_by, now()
FROM purchase_contract c JOIN bench_contract b ON b.id = c.id
ON CONFLICT DO NOTHING;

INSERT INTO purchase_contract_item (tenant_id, contract_id, version, code, buyer_org, provider_org,
    name, unit, unit_price, quantity, min_minutes, eligible_groups, position)
SELECT i.tenant_id, b.id, 1, i.code, i.buyer_org, i.provider_org, i.name, i.unit, i.unit_price,
       i.quantity * 100, i.min_minutes, i.eligible_groups, i.position
FROM purchase_contract_item i JOIN bench_src s ON s.tenant_id = i.tenant_id AND s.id = i.contract_id
     AND i.version = s.current_version
CROSS JOIN bench_contract b
ON CONFLICT DO NOTHING;

INSERT INTO purchase_contract_resident (tenant_id, contract_id, resident_id, buyer_org, provider_org,
    name, id_masked, address, latitude, longitude, category, level, eligible_from, eligible_to,
    status, status_on, assigned_at)
SELECT r.tenant_id, b.id, r.resident_id, r.buyer_org, r.provider_org, r.name, r.id_masked, r.address,
       r.latitude, r.longitude, r.category, r.level, r.eligible_from, r.eligible_to, r.status,
       r.status_on, now()
FROM purchase_contract_resident r JOIN bench_src s ON s.tenant_id = r.tenant_id AND s.id = r.contract_id
CROSS JOIN bench_contract b
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_res AS
SELECT row_number() OVER (ORDER BY resident_id) - 1 AS k, resident_id
FROM purchase_contract_resident r JOIN bench_src s ON s.tenant_id = r.tenant_id AND s.id = r.contract_id;
SELECT count(*) AS residents FROM bench_res \gset
CREATE TEMP TABLE bench_item AS
SELECT row_number() OVER (ORDER BY i.position) - 1 AS k, i.code
FROM purchase_contract_item i JOIN bench_src s ON s.tenant_id = i.tenant_id AND s.id = i.contract_id
     AND i.version = s.current_version;
SELECT count(*) AS items FROM bench_item \gset

-- Orders: contract g % N, resident, item, a day in the 12 months, a status by g % 20:
-- 0-11 RATED (score 1..5), 12-15 COMPLETED, 16 CANCELLED, 17 NO_SHOW, 18 PENDING_DISPATCH, 19 DISPATCHED.
-- In batches of 20,000, each its own transaction (\gexec runs each statement on its own): in one
-- statement of a million rows every rollup row would be updated hundreds of times inside a single
-- transaction, and each trigger upsert would walk the growing chain of its row's versions that no
-- vacuum may prune before the commit (the monthly rows: ~580 versions each) — quadratic, where
-- the application changes one order per transaction.
SELECT format($f$
INSERT INTO purchase_order (tenant_id, id, contract_id, buyer_org, provider_org, resident_id, item_code,
    service_date, status, confirmation_hash, satisfaction, created_by, created_at, updated_at, transitions)
SELECT c.tenant_id, 'bo-' || g, c.id, c.buyer_org, c.provider_org, r.resident_id, i.code,
       (date_trunc('month', current_date - interval '11 months')::date + (g / 7 %% 365)),
       CASE WHEN g %% 20 < 12 THEN 'RATED' WHEN g %% 20 < 16 THEN 'COMPLETED' WHEN g %% 20 = 16 THEN 'CANCELLED'
            WHEN g %% 20 = 17 THEN 'NO_SHOW' WHEN g %% 20 = 18 THEN 'PENDING_DISPATCH' ELSE 'DISPATCHED' END,
       md5(g::text),
       CASE WHEN g %% 20 < 12 THEN 1 + (g / 20 %% 10 + 5) / 3 %% 5 END,
       'bench', now(), now(), 1
FROM generate_series(%s, %s) g
JOIN bench_contract bc ON bc.n = 1 + g %% %s
JOIN purchase_contract c ON c.tenant_id = %L AND c.id = bc.id
JOIN bench_res r ON r.k = g / 3 %% %s
JOIN bench_item i ON i.k = g %% %s$f$, lo, least(lo + 19999, :orders), :contracts, :'org', :residents, :items)
FROM generate_series(1, :orders, 20000) lo
\gexec

-- Fresh statistics first: planned against the empty table's, the join below became a nested loop
-- scanning every order once per flag (hours at a million orders).
ANALYZE purchase_order;

-- ~2 % of the delivered orders carry a flag: a rule and a status by g.
INSERT INTO purchase_order_flag (tenant_id, order_id, rule, contract_id, buyer_org, provider_org, status,
    args, raised_at, evaluated_at, resolved_by, resolved_actor, resolved_at, reason, version)
SELECT o.tenant_id, o.id,
       (ARRAY['RESIDENT_NOT_ELIGIBLE', 'RESIDENT_GONE', 'OUTSIDE_GEOFENCE', 'SHORT_VISIT', 'WORKER_OVERLAP',
              'DUPLICATE_PHOTO', 'DUPLICATE_ORDER', 'OVER_QUANTITY', 'IMPOSSIBLE_TRAVEL'])[1 + g / 50 % 9],
       o.contract_id, o.buyer_org, o.provider_org,
       (ARRAY['OPEN', 'OPEN', 'ACCEPTED', 'REJECTED', 'CLEARED'])[1 + g / 50 % 5 + 0 * g],
       '[]', now(), now(),
       CASE WHEN g / 50 % 5 IN (2, 3) THEN 'bench' END, CASE WHEN g / 50 % 5 IN (2, 3) THEN 'bench' END,
       CASE WHEN g / 50 % 5 IN (2, 3) THEN now() END, CASE WHEN g / 50 % 5 IN (2, 3) THEN 'bench' END, 1
FROM generate_series(1, :orders) g
JOIN purchase_order o ON o.tenant_id = :'org' AND o.id = 'bo-' || g
WHERE g % 50 = 3;
