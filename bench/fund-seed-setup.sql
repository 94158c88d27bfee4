-- Setup for bench/fund-seed-month.sql (one psql session, as the database owner; see
-- bench/fund-statements.sh). Needs :org (the benchmark organization, whose books and funds were
-- opened through the API). FORCE ROW LEVEL SECURITY holds for the owner too: the session names its
-- tenant like the application does. (A fast seed runs as the superuser, whom row level security
-- does not filter: hence the explicit tenant_id conditions below.)
SELECT set_config('app.tenant_id', :'org', false) \g /dev/null

-- One cycle of 20 vouchers with 50 lines, repeated: voucher g uses slot g % 20. Amounts are
-- cx * x + cy * y fen, with x (100.00-999.99 yuan) and y (1.00-99.99 yuan) drawn per voucher, so
-- every voucher balances by construction. Restricted lines (4xxx02, 5xxx02) name the cycle's fund.
-- Inflows to the funds come first in a cycle and outweigh its restricted spending (40x against at
-- most 2x + 3y), so no fund goes below zero. Accrued salaries (2204), taxes (2206) and receivables
-- (1121) and petty cash (1001) are settled within the cycle: slots 14, 15, 8 and 17 draw the x, y
-- of the slot they settle (their key slot).
CREATE TEMP TABLE tpl (slot int, key_slot int, line_no int, code text, debit boolean, cx int,
                       cy int, summary text);
INSERT INTO tpl VALUES
  -- 0-2 限定性捐赠 (restricted donation) 3 限定性政府补助 (restricted grant)
  (0, 0, 1, '1002', true, 10, 0, '收到定向捐赠'), (0, 0, 2, '410102', false, 10, 0, '收到定向捐赠'),
  (1, 1, 1, '1002', true, 10, 0, '收到定向捐赠'), (1, 1, 2, '410102', false, 10, 0, '收到定向捐赠'),
  (2, 2, 1, '1002', true, 10, 0, '收到定向捐赠'), (2, 2, 2, '410102', false, 10, 0, '收到定向捐赠'),
  (3, 3, 1, '1002', true, 10, 0, '收到项目政府补助'), (3, 3, 2, '440102', false, 10, 0, '收到项目政府补助'),
  -- 4-6 非限定性捐赠
  (4, 4, 1, '1002', true, 1, 0, '收到非定向捐赠'), (4, 4, 2, '410101', false, 1, 0, '收到非定向捐赠'),
  (5, 5, 1, '1002', true, 1, 0, '收到非定向捐赠'), (5, 5, 2, '410101', false, 1, 0, '收到非定向捐赠'),
  (6, 6, 1, '1002', true, 1, 0, '收到非定向捐赠'), (6, 6, 2, '410101', false, 1, 0, '收到非定向捐赠'),
  -- 7 提供服务收入 on account, 8 collected
  (7, 7, 1, '1121', true, 1, 0, '政府购买服务 应收'), (7, 7, 2, '430101', false, 1, 0, '政府购买服务 应收'),
  (8, 7, 1, '1002', true, 1, 0, '收回服务款'), (8, 7, 2, '1121', false, 1, 0, '收回服务款'),
  -- 9-10 项目支出 from a fund
  (9, 9, 1, '510102', true, 1, 0, '项目物资采购'), (9, 9, 2, '510102', true, 0, 1, '项目场地费'),
  (9, 9, 3, '1002', false, 1, 1, '项目支出'),
  (10, 10, 1, '510102', true, 1, 0, '项目物资采购'), (10, 10, 2, '510102', true, 0, 1, '项目场地费'),
  (10, 10, 3, '1002', false, 1, 1, '项目支出'),
  -- 11-12 unrestricted activity costs and administration
  (11, 11, 1, '510101', true, 1, 0, '社区活动支出'), (11, 11, 2, '510101', true, 0, 1, '活动交通费'),
  (11, 11, 3, '520101', true, 0, 1, '办公用品'), (11, 11, 4, '1002', false, 1, 2, '日常支出'),
  (12, 12, 1, '510101', true, 1, 0, '社区活动支出'), (12, 12, 2, '510101', true, 0, 1, '活动交通费'),
  (12, 12, 3, '520101', true, 0, 1, '办公用品'), (12, 12, 4, '1002', false, 1, 2, '日常支出'),
  -- 13 salaries accrued (partly charged to a fund), 14 paid with withholdings, 15 taxes paid
  (13, 13, 1, '510101', true, 1, 0, '计提工资'), (13, 13, 2, '510102', true, 0, 1, '计提项目人员工资'),
  (13, 13, 3, '520101', true, 0, 1, '计提管理人员工资'), (13, 13, 4, '2204', false, 1, 2, '计提工资'),
  (14, 13, 1, '2204', true, 1, 2, '发放工资'), (14, 13, 2, '2206', false, 0, 1, '代扣个人所得税'),
  (14, 13, 3, '2209', false, 0, 1, '代扣社会保险'), (14, 13, 4, '1002', false, 1, 0, '发放工资'),
  (15, 13, 1, '2206', true, 0, 1, '缴纳个人所得税'), (15, 13, 2, '1002', false, 0, 1, '缴纳个人所得税'),
  -- 16 cash drawn from the bank, 17 petty cash spent
  (16, 16, 1, '1001', true, 0, 1, '提取备用金'), (16, 16, 2, '1002', false, 0, 1, '提取备用金'),
  (17, 16, 1, '520101', true, 0, 1, '报销零星费用'), (17, 16, 2, '1001', false, 0, 1, '报销零星费用'),
  -- 18 equipment bought, 19 depreciation
  (18, 18, 1, '1501', true, 1, 0, '购置办公设备'), (18, 18, 2, '1002', false, 1, 0, '购置办公设备'),
  (19, 19, 1, '520101', true, 0, 1, '计提折旧'), (19, 19, 2, '1502', false, 0, 1, '计提折旧');

-- The chart accounts' CNY ledger accounts, opened as the application opens them on a first
-- posting (VoucherPosting.glAccount: kind BOOKS_ACCOUNT, owner CHART_ACCOUNT/code, singleton key).
INSERT INTO ledger_account (tenant_id, id, unit, kind, owner_type, owner_id, name, no_negative,
                            balance, created_at, singleton_key)
SELECT :'org', gen_random_uuid()::text, 'CNY', 'BOOKS_ACCOUNT', 'CHART_ACCOUNT', a.code,
       a.code || ' ' || a.name, false, 0, now(), 'BOOKS_ACCOUNT|CHART_ACCOUNT|' || a.code
FROM accounting_account a
WHERE a.tenant_id = :'org' AND a.code IN (SELECT DISTINCT code FROM tpl)
ON CONFLICT (tenant_id, singleton_key) DO NOTHING;
-- The funds' contra account (Funds.FUND_CONTRA_KIND, the organization's own: no owner).
INSERT INTO ledger_account (tenant_id, id, unit, kind, name, no_negative, balance, created_at,
                            singleton_key)
VALUES (:'org', gen_random_uuid()::text, 'CNY', 'BOOKS_FUND_CONTRA', '基金余额对方账户', false, 0,
        now(), 'BOOKS_FUND_CONTRA||')
ON CONFLICT (tenant_id, singleton_key) DO NOTHING;

CREATE TEMP TABLE gl AS
SELECT a.code, a.name, l.id AS account_id
FROM accounting_account a
JOIN ledger_account l ON l.tenant_id = a.tenant_id
                     AND l.singleton_key = 'BOOKS_ACCOUNT|CHART_ACCOUNT|' || a.code
WHERE a.tenant_id = :'org' AND a.code IN (SELECT DISTINCT code FROM tpl);
CREATE TEMP TABLE fund AS
SELECT (row_number() OVER (ORDER BY created_at, id)) - 1 AS idx, id, ledger_account_id
FROM accounting_fund WHERE tenant_id = :'org' AND status = 'ACTIVE';
SELECT count(*) AS funds FROM fund \gset
SELECT id AS contra FROM ledger_account WHERE tenant_id = :'org' AND singleton_key = 'BOOKS_FUND_CONTRA||' \gset
