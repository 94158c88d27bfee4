import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE, unique } from '../support/bankpoints'

/**
 * The books as finance sees them: a fund, a voucher drafted by finance that finance may not approve
 * (maker-checker), approved and posted by the org admin, the fund's balance, a trial balance that
 * balances and statements that tie out.
 */
const FINANCE = 'finance@sunshine.demo'
const ADMIN = 'admin@sunshine.demo'

test('finance drafts a restricted gift, the admin approves it, the fund and the statements show it', async ({ page, browser, baseURL, appErrors }) => {
  const fund = unique('社区慈善基金')
  const summary = unique('收到定向捐赠')

  // Finance: a new fund.
  await login(page, `/orgs/${SUNSHINE}/accounting/funds`, FINANCE)
  await expect(page.getByRole('heading', { name: '基金项目' })).toBeVisible()
  await page.getByTestId('new-fund').click()
  const fundForm = page.getByTestId('fund-form')
  await fundForm.getByRole('textbox', { name: '基金名称' }).fill(fund)
  await fundForm.getByRole('textbox', { name: '限定用途' }).fill('社区困难家庭救助')
  await fundForm.getByRole('textbox', { name: '预算（元）' }).fill('50000')
  await page.getByTestId('save-fund').click()
  const fundRow = page.getByTestId('funds-table').locator('tr', { hasText: fund })
  await expect(fundRow.getByTestId('fund-balance')).toHaveText('¥0.00')

  // Finance: a voucher 银行存款 / 捐赠收入-限定性, charged to the fund.
  await page.goto(`/orgs/${SUNSHINE}/accounting/vouchers`)
  await expect(page.getByRole('heading', { name: '记账凭证' })).toBeVisible()
  await page.getByTestId('new-voucher').click()
  const form = page.getByTestId('voucher-form')
  await form.getByRole('textbox', { name: '摘要' }).fill(summary)
  await form.getByRole('combobox', { name: '会计科目 1' }).click()
  // Each select has its own listbox; a closing one may still be in the page while the next opens.
  await page.getByRole('listbox', { name: '会计科目 1' }).getByRole('option', { name: '1002 银行存款', exact: true }).click()
  await form.getByRole('textbox', { name: '借方金额 1' }).fill('1000')
  await form.getByRole('combobox', { name: '会计科目 2' }).click()
  await page.getByRole('listbox', { name: '会计科目 2' }).getByRole('option', { name: '410102 捐赠收入-限定性', exact: true }).click()
  await form.getByRole('textbox', { name: '贷方金额 2' }).fill('1000')
  await form.getByRole('combobox', { name: '基金 2' }).click()
  await page.getByRole('listbox', { name: '基金 2' }).getByRole('option', { name: fund, exact: true }).click()
  await expect(form.getByTestId('voucher-totals')).toHaveText('合计：借方 ¥1,000.00，贷方 ¥1,000.00')
  await screenshot(page, 'console-accounting-voucher-form-zh-CN')
  await page.getByTestId('save-voucher').click()
  const row = page.getByTestId('vouchers-table').locator('tr', { hasText: summary })
  await expect(row.getByTestId('voucher-status')).toHaveText('待审核')

  // The maker may not approve it.
  await row.getByTestId('approve').click()
  await page.getByTestId('confirm-approve').click()
  await expect(page.getByTestId('voucher-error')).toContainText('制单人不能审核自己的凭证')
  await expect(row.getByTestId('voucher-status')).toHaveText('待审核')
  // The browser logs the refused call itself ("status of 422"): expected here.
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 422')))

  // The org admin approves: posted with a number of the period.
  const context = await browser.newContext({ baseURL })
  const admin = await context.newPage()
  await login(admin, `/orgs/${SUNSHINE}/accounting/vouchers`, ADMIN)
  const adminRow = admin.getByTestId('vouchers-table').locator('tr', { hasText: summary })
  await adminRow.getByTestId('approve').click()
  await admin.getByTestId('confirm-approve').click()
  await expect(adminRow.getByTestId('voucher-status')).toHaveText('已记账')
  await expect(adminRow.getByTestId('voucher-number')).toHaveText(/^记-\d{4}$/)
  await expect(admin.getByTestId('voucher-message')).toContainText('已记账：记-')
  await screenshot(admin, 'console-accounting-vouchers-zh-CN')
  await context.close()

  // Finance: the fund holds the gift; the books balance and the statements tie out.
  await page.goto(`/orgs/${SUNSHINE}/accounting/funds`)
  await expect(page.getByTestId('funds-table').locator('tr', { hasText: fund }).getByTestId('fund-balance')).toHaveText('¥1,000.00')
  await screenshot(page, 'console-accounting-funds-zh-CN')
  await page.goto(`/orgs/${SUNSHINE}/accounting/trial-balance`)
  await expect(page.getByTestId('tb-totals')).toContainText('借贷平衡')
  await expect(page.getByTestId('trial-balance').locator('tr', { hasText: '410102' }).first()).toBeVisible()
  await screenshot(page, 'console-accounting-trial-balance-zh-CN')
  await page.goto(`/orgs/${SUNSHINE}/accounting/statements`)
  await expect(page.getByTestId('ties-out')).toHaveText('勾稽关系相符')
  await expect(page.getByTestId('balance-sheet')).toContainText('资产总计')
  await screenshot(page, 'console-accounting-balance-sheet-zh-CN')
  await page.getByRole('tab', { name: '业务活动表' }).click()
  await expect(page.getByTestId('activities')).toContainText('捐赠收入')
  await expect(page.getByTestId('activities').locator('tr', { hasText: '收入合计' })).not.toContainText('¥1.00')
  await expect(page.getByTestId('ties-out')).toHaveText('勾稽关系相符')
  await screenshot(page, 'console-accounting-activities-zh-CN')
  await page.getByRole('tab', { name: '现金流量表' }).click()
  await expect(page.getByTestId('cash-flows')).toContainText('接受捐赠收到的现金')
  await screenshot(page, 'console-accounting-cash-flows-zh-CN')
})
