-- NOTE (V70): these are the statements BEFORE V70, which wrote one outcome row per order (the 41 s
-- measured in bench/README.md). Since V70 a draft stores only the deducted orders, derives the paid
-- ones, and the acceptance settles them in one statement per side; time the current statements
-- with bench/purchase-settlement.sh (over HTTP), whose figures are at the end of bench/README.md.
-- SQL-level timing of the settlement statements (the same SQL as JpaSettlementRepository) on
-- 100,000 seeded orders, in a scratch database migrated with the fund migrations V1, V2, V10, V60-V63
-- (${appRole} replaced by a scratch role), run as the superuser.
\timing on
SET app.tenant_id = 'g1';
BEGIN;
INSERT INTO purchase_contract (tenant_id, id, side, buyer_org, provider_org, buyer_name, provider_name, number, title,
  budget_line, recurring, term_start, term_end, total_amount, settlement_method, performance_targets, status,
  current_version, created_by, created_at)
VALUES ('g1', 'c1', 'BUYER', 'g1', 'p1', 'g', 'p', 'N1', 't', 'b', false, date_trunc('month', now() - interval '1 month')::date,
  (date_trunc('month', now() - interval '1 month') + interval '1 year' - interval '1 day')::date, 900000000, 'MONTHLY_BY_UNITS', '-', 'ACTIVE', 1, 'x', now());
INSERT INTO purchase_contract_version VALUES ('g1', 'c1', 1, 'g1', 'p1', date_trunc('month', now() - interval '1 month')::date,
  (date_trunc('month', now() - interval '1 month') + interval '1 year' - interval '1 day')::date, 900000000, null, 'x', now());
INSERT INTO purchase_contract_item VALUES ('g1', 'c1', 1, 'MEAL_AID', 'g1', 'p1', '助餐', 'MEAL', 1500, 200000, 0, 'ELDERLY', 0),
  ('g1', 'c1', 1, 'CLEANING', 'g1', 'p1', '助洁', 'HOUR', 4000, 100000, 0, 'ELDERLY', 1);
INSERT INTO purchase_contract_resident VALUES ('g1', 'c1', 'r1', 'g1', 'p1', 'n', 'm', 'a', null, null, 'ELDERLY', null, '2020-01-01', null, 'ACTIVE', null, now());
INSERT INTO purchase_order (tenant_id, id, contract_id, buyer_org, provider_org, resident_id, item_code, service_date, status,
  confirmation_hash, created_by, created_at, updated_at, transitions)
SELECT 'g1', 'o-' || g, 'c1', 'g1', 'p1', 'r1', CASE WHEN g % 3 = 0 THEN 'CLEANING' ELSE 'MEAL_AID' END,
  date_trunc('month', now() - interval '1 month')::date + (g % 28), CASE WHEN g % 2 = 0 THEN 'RATED' ELSE 'COMPLETED' END, 'x', 'x', now(), now(), 5
FROM generate_series(1, 100000) g;
INSERT INTO purchase_order_flag (tenant_id, order_id, rule, contract_id, buyer_org, provider_org, status, args, raised_at, evaluated_at,
  resolved_by, resolved_actor, resolved_at, reason, version)
SELECT 'g1', 'o-' || g, 'SHORT_VISIT', 'c1', 'g1', 'p1', CASE WHEN g % 200 = 0 THEN 'OPEN' ELSE 'REJECTED' END, '[]', now(), now(),
  CASE WHEN g % 200 = 0 THEN NULL ELSE 'x' END, CASE WHEN g % 200 = 0 THEN NULL ELSE 'x' END,
  CASE WHEN g % 200 = 0 THEN NULL ELSE now() END, CASE WHEN g % 200 = 0 THEN NULL ELSE 'r' END, 1
FROM generate_series(100, 100000, 100) g;
COMMIT;
ANALYZE purchase_order; ANALYZE purchase_order_flag;
\echo ==== draft
BEGIN;
INSERT INTO purchase_settlement (tenant_id, id, side, contract_id, buyer_org, provider_org, contract_no, month, status, version,
  order_count, gross_amount, deduction_amount, amount_due, drafted_by, drafted_at)
VALUES ('g1', 's1', 'BUYER', 'c1', 'g1', 'p1', 'N1', to_char(now() - interval '1 month', 'YYYY-MM'), 'DRAFT', 1, 0, 0, 0, 0, 'x', now());
INSERT INTO purchase_settlement_order (tenant_id, settlement_id, order_id, buyer_org, provider_org, item_code, unit_price, service_date, outcome, reason, detail)
SELECT 'g1', 's1', m.order_id, m.buyer_org, m.provider_org, m.item_code, m.unit_price, m.service_date,
  CASE WHEN m.flag_reason IS NULL THEN 'PAID' ELSE 'DEDUCTED' END, m.flag_reason, m.flag_detail FROM (
SELECT o.id AS order_id, o.buyer_org, o.provider_org, o.item_code, i.unit_price, o.service_date,
 CASE WHEN f.rejected IS NOT NULL THEN 'REJECTED_FLAG' WHEN f.open IS NOT NULL THEN 'OPEN_FLAG' END AS flag_reason,
 COALESCE(f.rejected, f.open) AS flag_detail
 FROM purchase_order o
 CROSS JOIN LATERAL (SELECT COALESCE(max(v.version), 1) AS version FROM purchase_contract_version v WHERE v.tenant_id = o.tenant_id
   AND v.contract_id = o.contract_id AND v.effective_from <= o.service_date) vv
 JOIN purchase_contract_item i ON i.tenant_id = o.tenant_id AND i.contract_id = o.contract_id AND i.version = vv.version AND i.code = o.item_code
 LEFT JOIN (SELECT fl.order_id, string_agg(fl.rule, ',' ORDER BY fl.rule) FILTER (WHERE fl.status = 'REJECTED') AS rejected,
   string_agg(fl.rule, ',' ORDER BY fl.rule) FILTER (WHERE fl.status = 'OPEN') AS open
   FROM purchase_order_flag fl WHERE fl.tenant_id = 'g1' AND fl.contract_id = 'c1' AND fl.status IN ('OPEN', 'REJECTED') GROUP BY fl.order_id) f ON f.order_id = o.id
 WHERE o.tenant_id = 'g1' AND o.contract_id = 'c1' AND o.service_date BETWEEN date_trunc('month', now() - interval '1 month')::date
   AND (date_trunc('month', now()) - interval '1 day')::date AND o.status IN ('COMPLETED', 'RATED')) m;
INSERT INTO purchase_settlement_line (tenant_id, settlement_id, item_code, unit_price, buyer_org, provider_org, name, unit, completed_count,
  gross_amount, deducted_count, deduction_amount, settled_count, amount_due)
SELECT 'g1', 's1', g.item_code, g.unit_price, g.buyer_org, g.provider_org, n.name, n.unit, g.c, g.c * g.unit_price, g.d, g.d * g.unit_price,
  g.c - g.d, (g.c - g.d) * g.unit_price FROM (SELECT item_code, unit_price, buyer_org, provider_org, count(*) AS c,
  count(*) FILTER (WHERE outcome = 'DEDUCTED') AS d FROM purchase_settlement_order WHERE tenant_id = 'g1' AND settlement_id = 's1'
  GROUP BY item_code, unit_price, buyer_org, provider_org) g
 CROSS JOIN LATERAL (SELECT i.name, i.unit FROM purchase_contract_item i WHERE i.tenant_id = 'g1' AND i.contract_id = 'c1' AND i.code = g.item_code
  ORDER BY i.version DESC LIMIT 1) n;
UPDATE purchase_settlement s SET order_count = t.c, gross_amount = t.g, deduction_amount = t.d, amount_due = t.g - t.d FROM (
 SELECT COALESCE(sum(completed_count), 0) AS c, COALESCE(sum(gross_amount), 0) AS g, COALESCE(sum(deduction_amount), 0) AS d
 FROM purchase_settlement_line WHERE tenant_id = 'g1' AND settlement_id = 's1') t WHERE s.tenant_id = 'g1' AND s.id = 's1';
COMMIT;
\echo ==== accept (settle the paid orders with a transition each)
BEGIN;
SELECT count(*) FROM (SELECT 1 FROM purchase_order o JOIN purchase_settlement_order so ON so.tenant_id = o.tenant_id AND so.order_id = o.id
 WHERE so.tenant_id = 'g1' AND so.settlement_id = 's1' AND so.outcome = 'PAID' FOR UPDATE OF o) x;
INSERT INTO purchase_order_transition (tenant_id, order_id, seq, buyer_org, provider_org, from_status, to_status, actor_id, actor, at)
SELECT o.tenant_id, o.id, o.transitions + 1, o.buyer_org, o.provider_org, o.status, 'SETTLED', 'x', 'x', now()
FROM purchase_settlement_order so JOIN purchase_order o ON o.tenant_id = so.tenant_id AND o.id = so.order_id
WHERE so.tenant_id = 'g1' AND so.settlement_id = 's1' AND so.outcome = 'PAID' AND o.status IN ('COMPLETED', 'RATED');
UPDATE purchase_order o SET status = 'SETTLED', transitions = o.transitions + 1, updated_at = now() FROM purchase_settlement_order so
WHERE so.tenant_id = 'g1' AND so.settlement_id = 's1' AND so.outcome = 'PAID' AND o.tenant_id = so.tenant_id AND o.id = so.order_id
 AND o.status IN ('COMPLETED', 'RATED');
UPDATE purchase_settlement SET status = 'ACCEPTED', version = version + 1, accepted_by = 'x', accepted_at = now() WHERE tenant_id = 'g1' AND id = 's1';
COMMIT;
SELECT order_count, gross_amount, deduction_amount, amount_due, status FROM purchase_settlement WHERE id = 's1';
