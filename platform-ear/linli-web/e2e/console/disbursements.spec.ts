import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'
import { fastLaneOn, fundedFund, residentId } from '../support/funds'

/**
 * Disbursements in the console: staff request relief from a fund, finance approves and records the
 * payment (the voucher number shows), and the emergency fast lane pays at once with its backfill
 * approved afterwards by finance.
 */
test('staff request relief, finance approves and pays it, the row shows the voucher', async ({ page, browser, baseURL }) => {
  const fund = await fundedFund('医疗救助基金', '5000.00')
  const beneficiary = `王${Date.now().toString(36).slice(-4)}`
  const id = residentId()

  await login(page, `/orgs/${SUNSHINE}/disbursements`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '支出申请' })).toBeVisible()
  await page.getByTestId('new-request').click()
  await page.getByTestId('fund-select').click()
  await page.getByRole('option', { name: new RegExp(fund.name) }).click()
  await page.getByRole('textbox', { name: '受助人姓名' }).fill(beneficiary)
  await page.getByRole('textbox', { name: '身份证号' }).fill(id)
  await page.getByRole('textbox', { name: '用途' }).fill('住院医疗费用救助')
  await page.getByRole('textbox', { name: '金额 (元)' }).fill('800.00')
  await page.getByRole('textbox', { name: '证明材料 (文件名, 每行一个)' }).fill('诊断证明.pdf\n低保证.jpg')
  await page.getByTestId('save-request').click()
  await expect(page.getByTestId('notice')).toContainText('已提交, 待审批')
  const row = page.getByTestId('disbursements-table').locator('tr', { hasText: beneficiary })
  await expect(row.getByTestId('status')).toHaveText('待审批')
  await expect(row.getByTestId('approvals')).toHaveText('审批 0/1')
  await expect(row.getByTestId('amount')).toHaveText('800.00')
  await expect(row.getByTestId('id-masked')).toContainText('*')
  await expect(row).not.toContainText(id)
  await expect(row.getByTestId('approve')).toHaveCount(0)
  await screenshot(page, 'console-disbursements-request-zh-CN')

  const context = await browser.newContext({ baseURL })
  const finance = await context.newPage()
  await login(finance, `/orgs/${SUNSHINE}/disbursements`, 'finance@sunshine.demo')
  const financeRow = finance.getByTestId('disbursements-table').locator('tr', { hasText: beneficiary })
  await financeRow.getByTestId('approve').click()
  await expect(financeRow.getByTestId('status')).toHaveText('已审批')
  await financeRow.getByTestId('pay').click()
  await finance.getByTestId('bank-reference').fill('ICBC-20261207-0815')
  await finance.getByTestId('confirm-pay').click()
  await expect(finance.getByTestId('notice')).toContainText(/已付款, 凭证 记-\d{4}/)
  await expect(financeRow.getByTestId('status')).toHaveText('已付款')
  await expect(financeRow.getByTestId('voucher')).toContainText('ICBC-20261207-0815')
  await expect(finance.getByTestId('bank-reference')).toBeHidden()
  await screenshot(finance, 'console-disbursements-paid-zh-CN')
  await context.close()
})

test('a caseworker pays an emergency case at once and finance approves the backfill', async ({ page, browser, baseURL, appErrors }) => {
  const fund = await fundedFund('先行救助备用金', '3000.00')
  await fastLaneOn(fund.id)
  const beneficiary = `赵${Date.now().toString(36).slice(-4)}`

  await login(page, `/orgs/${SUNSHINE}/disbursements/fast-lane`, 'staff@sunshine.demo')
  await expect(page.getByTestId('limits')).toContainText('单笔上限 1000.00 元')
  await page.getByRole('textbox', { name: '受助人姓名' }).fill(beneficiary)
  await page.getByRole('textbox', { name: '身份证号' }).fill(residentId())
  await page.getByRole('textbox', { name: '事由' }).fill('火灾')
  await page.getByRole('textbox', { name: '用途' }).fill('火灾临时生活救助')
  await page.getByRole('textbox', { name: '金额 (元)' }).fill('1000.01')
  await page.getByRole('textbox', { name: '银行流水号' }).fill('WX-0001')
  await page.getByTestId('pay-now').click()
  await expect(page.getByTestId('fast-error')).toContainText('超过先行救助单笔上限 1000.00 元')
  // The browser logs the refused call itself ("status of 422"): expected here.
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 422')))
  await page.getByRole('textbox', { name: '金额 (元)' }).fill('600.00')
  await page.getByTestId('pay-now').click()
  await expect(page.getByTestId('paid')).toContainText('已付款 600.00 元, 补办截止')
  const row = page.getByTestId('fast-table').locator('tr', { hasText: beneficiary })
  await expect(row.getByTestId('backfill')).toHaveText('待补办')
  await expect(row).toContainText('是')
  await expect(page.getByTestId('overdue-table')).toHaveCount(0)
  await screenshot(page, 'console-fast-lane-caseworker-zh-CN')

  const context = await browser.newContext({ baseURL })
  const finance = await context.newPage()
  await login(finance, `/orgs/${SUNSHINE}/disbursements/fast-lane`, 'finance@sunshine.demo')
  await expect(finance.getByTestId('overdue-table')).toBeVisible()
  const financeRow = finance.getByTestId('fast-table').locator('tr', { hasText: beneficiary })
  await financeRow.getByTestId('approve-backfill').click()
  await expect(financeRow.getByTestId('backfill')).toHaveText('补办已批准')
  await expect(finance.getByTestId('report')).toContainText('本年度:')
  await screenshot(finance, 'console-fast-lane-finance-zh-CN')
  await context.close()
})
