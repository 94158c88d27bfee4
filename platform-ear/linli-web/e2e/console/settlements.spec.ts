import { test, expect, login, screenshot } from '../support/fixtures'
import { api } from '../support/bankpoints'
import { BUYER, BUYER_ADMIN, PROVIDER, PROVIDER_STAFF, WORKER, contractResidents, demoContract } from '../support/purchase'

/**
 * Monthly settlements in the console: the buyer reads the demo's paid month with its lines and the
 * deducted order's reason; then settles a month of a second contract end to end — drafts and
 * accepts it (zh-CN), the provider's admin enters the invoice (en), the buyer records the payment.
 */
const PROVIDER_ADMIN = 'admin@sunshine.demo'
interface Page<T> { items: T[] }
interface Flag { rule: string; status: string }

const china = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d)

/** A contract from two months ago with one delivered 助餐 order in its first month; its number and month. */
async function contractWithADeliveredMonth(): Promise<{ number: string; month: string }> {
  const now = new Date(`${china(new Date())}T00:00:00Z`)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0))
  const day = (d: Date) => d.toISOString().slice(0, 10)
  const number = `E2E-JS-${Date.now().toString(36)}`
  const drafted = await api<{ contract: { id: string } }>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts`, {
    providerOrg: PROVIDER,
    number,
    title: '结算演练合同',
    budgetLine: '2081002 养老服务',
    recurring: false,
    termStart: day(start),
    termEnd: day(end),
    totalAmount: '1000.00',
    performanceTargets: '满意度不低于 90%',
    items: [{ code: 'MEAL_AID', name: '助餐', unit: 'MEAL', unitPrice: '15.00', quantity: 50, minMinutes: 0, eligibleGroups: ['ELDERLY', 'DIBAO', 'TEKUN', 'DISABLED'] }],
  }, { 'Idempotency-Key': crypto.randomUUID() })
  const id = drafted.contract.id
  await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/submit`)
  await api(PROVIDER_ADMIN, 'POST', `/api/v1/orgs/${PROVIDER}/contracts/${id}/accept`)
  const resident = (await contractResidents((await demoContract()).id))[0]
  await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/residents`, { residentId: resident.residentId })
  const serviceDate = day(new Date(start.getTime() + 4 * 86400000))
  const created = await api<{ order: { id: string } }>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/service-orders`, {
    contractId: id,
    residentId: resident.residentId,
    itemCode: 'MEAL_AID',
    serviceDate,
  }, { 'Idempotency-Key': crypto.randomUUID() })
  const order = `/api/v1/orgs/${PROVIDER}/service-orders/${created.order.id}`
  const members = await api<Page<{ personId: string; name: string }>>(PROVIDER_ADMIN, 'GET', `/api/v1/orgs/${PROVIDER}/members?limit=100`)
  const zhang = members.items.find((m) => m.name === '张伟')!
  await api(PROVIDER_STAFF, 'POST', `${order}/assign`, { workerPersonId: zhang.personId })
  await api(WORKER, 'POST', `${order}/accept`)
  const at = { latitude: resident.latitude, longitude: resident.longitude }
  await api(WORKER, 'POST', `${order}/check-in`, at)
  await api(WORKER, 'POST', `${order}/check-out`, at)
  // Whatever the rules raised on this quick visit, the buyer accepts it, so the order is paid.
  const flags = await api<Page<Flag>>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/service-orders/${created.order.id}/flags`)
  for (const f of flags.items.filter((x) => x.status === 'OPEN')) {
    await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/service-orders/${created.order.id}/flags/${f.rule}/accept`, { reason: 'e2e 已核实' })
  }
  return { number, month: day(start).slice(0, 7) }
}

// FIXME (issue 20/21 closing note): never run green on the merged demo data (the demo month is sampled before it is settled).
test.fixme('the buyer reads a paid month, settles another, the provider invoices and the buyer pays', async ({ page, browser, baseURL }) => {
  await login(page, `/orgs/${BUYER}/settlements`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '月度结算' })).toBeVisible()
  const paid = page.getByTestId('settlements-table').locator('tr', { hasText: 'GLMZ-JJYL' })
  await expect(paid.getByTestId('status')).toHaveText('已付款')
  await paid.getByTestId('open').click()
  const dialog = page.getByTestId('settlement-dialog')
  await expect(dialog.getByTestId('lines-table')).toContainText('助餐')
  await expect(dialog.getByTestId('deducted')).toContainText('异常标记待处理')
  await expect(dialog.getByTestId('invoice-info')).toContainText('发票号码')
  await expect(dialog.getByTestId('payment-info')).toContainText('GK')
  await screenshot(page, 'console-settlements-paid-zh-CN')
  await page.keyboard.press('Escape')

  const { number, month } = await contractWithADeliveredMonth()
  await page.reload()
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

  const context = await browser.newContext({ baseURL })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(english, `/orgs/${PROVIDER}/settlements`, PROVIDER_ADMIN)
    await expect(english.getByRole('heading', { name: 'Monthly settlements' })).toBeVisible()
    const row = english.getByTestId('settlements-table').locator('tr', { hasText: number })
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
  } finally {
    await context.close()
  }

  await page.reload()
  const mine = page.getByTestId('settlements-table').locator('tr', { hasText: number })
  await expect(mine.getByTestId('status')).toHaveText('已开票')
  await mine.getByTestId('open').click()
  await dialog.getByRole('textbox', { name: '支付凭证号' }).fill('GK-E2E-1')
  await dialog.getByTestId('pay').click()
  await expect(page.getByTestId('notice')).toHaveText('付款已登记')
  await expect(dialog.getByTestId('detail-status')).toHaveText('已付款')
  await expect(dialog.getByTestId('payment-info')).toContainText('GK-E2E-1')
  await screenshot(page, 'console-settlements-paid-now-zh-CN')
})
