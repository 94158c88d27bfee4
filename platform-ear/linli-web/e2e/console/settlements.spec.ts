import { test, expect, login, rowPagingOn, screenshot } from '../support/fixtures'
import { BUYER, BUYER_ADMIN, PROVIDER } from '../support/purchase'
import { contractWithADeliveredMonth } from '../support/purchaseMonth'

/**
 * Monthly settlements in the console: the buyer reads the demo's paid month with its lines and the
 * deducted orders' reasons; then settles a month of a contract of its own end to end — drafts and
 * accepts it (zh-CN), the provider's admin enters the invoice and reads the contract's project
 * ledger (专账, en), the buyer records the payment. Rows are found by their contract number (other
 * specs add settlements of their own), never by position.
 */
const PROVIDER_ADMIN = 'admin@sunshine.demo'

const chinaToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
function lastMonth(): string {
  const [y, m] = chinaToday().slice(0, 7).split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

test('the buyer reads a paid month, settles another, the provider invoices and the buyer pays', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000)
  const { number, month } = await contractWithADeliveredMonth('E2E-JS')

  await login(page, `/orgs/${BUYER}/settlements`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '月度结算' })).toBeVisible()
  // The demo's settled month of its contract GLMZ-JJYL-….
  const paid = (await rowPagingOn(page, 'settlements-table', 'GLMZ-JJYL')).filter({ hasText: lastMonth() })
  await expect(paid.getByTestId('status')).toHaveText('已付款')
  await paid.getByTestId('open').click()
  const dialog = page.getByTestId('settlement-dialog')
  await expect(dialog.getByTestId('lines-table')).toContainText('助餐')
  // The open short visit is deducted with its reason; a failed sampling check shows its label alone.
  const reasons = dialog.getByTestId('deducted').getByTestId('reason')
  await expect(reasons.filter({ hasText: '异常标记待处理' })).toHaveCount(1)
  await expect(dialog.getByTestId('deducted')).not.toContainText('sampling check FAILED')
  await expect(dialog.getByTestId('deducted')).not.toContainText('(抽检不合格')
  await expect(dialog.getByTestId('invoice-info')).toContainText('发票号码')
  await expect(dialog.getByTestId('payment-info')).toContainText('GK')
  await screenshot(page, 'console-settlements-paid-zh-CN')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // A month of the spec's own contract: drafted, checked, accepted.
  await page.getByTestId('contract-select').click()
  await page.getByRole('option', { name: new RegExp(number) }).click()
  await page.getByRole('textbox', { name: '结算月份' }).fill(month)
  await page.getByTestId('draft').click()
  await expect(page.getByTestId('notice')).toHaveText('结算草稿已生成')
  await expect(dialog.getByTestId('detail-status')).toHaveText('草稿')
  await expect(dialog.getByTestId('detail-due')).toHaveText('15.00')
  await screenshot(page, 'console-settlements-draft-zh-CN')
  await dialog.getByTestId('accept').click()
  await expect(page.getByTestId('notice')).toContainText('已确认')
  await expect(dialog.getByTestId('detail-status')).toHaveText('已确认')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const context = await browser.newContext({ baseURL })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(english, `/orgs/${PROVIDER}/settlements`, PROVIDER_ADMIN)
    await expect(english.getByRole('heading', { name: 'Monthly settlements' })).toBeVisible()
    const row = await rowPagingOn(english, 'settlements-table', number)
    await expect(row.getByTestId('status')).toHaveText('Accepted')
    await row.getByTestId('open').click()
    const theirs = english.getByTestId('settlement-dialog')
    await expect(theirs.getByTestId('invoice-amount')).toBeVisible()
    await expect(theirs.getByRole('textbox', { name: 'Invoice amount (yuan)' })).toHaveValue('15.00')
    await theirs.getByRole('textbox', { name: 'Invoice number' }).fill('FP20260001')
    await theirs.getByTestId('invoice').click()
    await expect(english.getByTestId('notice')).toHaveText('Invoice entered')
    await expect(theirs.getByTestId('detail-status')).toHaveText('Invoiced')
    await screenshot(english, 'console-settlements-invoice-en')
    await english.keyboard.press('Escape')
    await expect(theirs).toBeHidden()

    // The contract's project ledger in the provider's books: the receivable and the income.
    await row.getByTestId('open-ledger').click()
    const ledger = english.getByTestId('ledger-dialog')
    await expect(ledger.getByTestId('ledger-summary')).toContainText(number)
    await expect(ledger.getByTestId('ledger-opening')).toHaveText('0.00')
    await expect(ledger.getByTestId('ledger-closing')).toHaveText('15.00')
    const lines = ledger.getByTestId('ledger-table').locator('tbody tr')
    await expect(lines).toHaveCount(2)
    await expect(lines.nth(0)).toContainText('1121')
    await expect(lines.nth(1)).toContainText('430101')
    await expect(lines.nth(1)).toContainText('15.00')
    await screenshot(english, 'console-settlements-ledger-en')
    await english.keyboard.press('Escape')
  } finally {
    await context.close()
  }

  await page.reload()
  const mine = await rowPagingOn(page, 'settlements-table', number)
  await expect(mine.getByTestId('status')).toHaveText('已开票')
  await mine.getByTestId('open').click()
  await dialog.getByRole('textbox', { name: '支付凭证号' }).fill('GK-E2E-1')
  await dialog.getByTestId('pay').click()
  await expect(page.getByTestId('notice')).toHaveText('付款已登记')
  await expect(dialog.getByTestId('detail-status')).toHaveText('已付款')
  await expect(dialog.getByTestId('payment-info')).toContainText('GK-E2E-1')
  await screenshot(page, 'console-settlements-paid-now-zh-CN')
})

test('the provider reads the project ledger of a contract (专账) in Chinese', async ({ page }) => {
  // The demo's settled and paid month: accrual and receipt on the demo contract's project.
  await login(page, `/orgs/${PROVIDER}/settlements`, PROVIDER_ADMIN)
  const demo = (await rowPagingOn(page, 'settlements-table', 'GLMZ-JJYL')).filter({ hasText: lastMonth() })
  await demo.getByTestId('open-ledger').click()
  const ledger = page.getByTestId('ledger-dialog')
  await expect(ledger.getByTestId('ledger-summary')).toContainText('GLMZ-JJYL')
  const lines = ledger.getByTestId('ledger-table').locator('tbody tr')
  await expect(lines).toHaveCount(4)
  await expect(ledger.getByTestId('ledger-table')).toContainText('1002')
  await expect(ledger.getByTestId('ledger-table')).toContainText('430101')
  // The surplus is the income: the receipt moves cash, not the project's surplus.
  const income = await lines.filter({ hasText: '430101' }).locator('td').nth(5).innerText()
  await expect(ledger.getByTestId('ledger-closing')).toHaveText(income.trim())
  // The dialog's fade-in has ended (a capture in between shows it half transparent).
  await page.waitForFunction(() => document.querySelector('[class*="dialog-fade-enter"]') === null)
  await screenshot(page, 'console-settlements-ledger-zh-CN')
})
