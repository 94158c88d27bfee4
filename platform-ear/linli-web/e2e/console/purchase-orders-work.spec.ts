import type { Page } from '@playwright/test'
import { test, expect, login, screenshot } from '../support/fixtures'
import { api } from '../support/bankpoints'
import { BUYER, BUYER_ADMIN, PROVIDER, PROVIDER_STAFF, WORKER, contractResidents, demoContract, dispatchedOrder } from '../support/purchase'

/**
 * The console screens of issue 20's remaining gaps: contract amendments the provider accepts or
 * refuses, publication and termination; cancelling an order, a no-show and the follow-up call with
 * the resident's satisfaction; a provider's view of the flags raised against its orders.
 */
const PROVIDER_ADMIN = 'admin@sunshine.demo'
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
const plusDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + n * 86_400_000))

interface Detail { contract: { id: string; number: string } }

/** A fresh active contract between the demo buyer and provider (terminated by the test). */
async function activeContract(number: string): Promise<string> {
  const start = `${today().slice(0, 7)}-01`
  const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4, 7)}-01`
  const last = new Date(`${end}T00:00:00Z`)
  last.setUTCDate(last.getUTCDate() - 1)
  const draft = await api<Detail>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts`, {
    providerOrg: PROVIDER,
    number,
    title: '困境儿童关爱服务',
    budgetLine: '2080299 其他社会福利支出',
    recurring: false,
    termStart: start,
    termEnd: last.toISOString().slice(0, 10),
    totalAmount: '50000.00',
    items: [{ code: 'CHILD_CARE', name: '困境儿童关爱', unit: 'VISIT', unitPrice: '80.00', quantity: 100, minMinutes: 60, eligibleGroups: ['DIBAO', 'TEKUN'] }],
  }, { 'Idempotency-Key': `e2e-${number}` })
  await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${draft.contract.id}/submit`)
  await api(PROVIDER_ADMIN, 'POST', `/api/v1/orgs/${PROVIDER}/contracts/${draft.contract.id}/accept`)
  return draft.contract.id
}

/** The dialog's or drawer's fade-in has ended (a screenshot in between shows it half transparent). */
async function settled(page: Page) {
  await page.waitForFunction(() => document.querySelector('[class*="-fade-enter"], [class*="drawer-fade"]') === null)
}

test('the buyer amends, the provider accepts one amendment and refuses another, the buyer publishes and terminates', async ({ page, browser, baseURL }) => {
  const number = `GLMZ-ET-${Date.now().toString(36)}`
  const id = await activeContract(number)
  try {
    await login(page, `/orgs/${BUYER}/contracts`, BUYER_ADMIN)
    const row = page.getByTestId('contracts-table').locator('tr', { hasText: number })
    await expect(row.getByTestId('status')).toHaveText('履行中')
    await row.getByTestId('amend').click()
    const amend = page.getByTestId('amend-dialog')
    await expect(amend.getByTestId('amend-item')).toHaveCount(1)
    await amend.getByRole('textbox', { name: '生效日期' }).fill(plusDays(1))
    await amend.getByRole('textbox', { name: '变更后合同金额' }).fill('60000.00')
    await amend.getByRole('textbox', { name: '备注' }).fill('增加服务次数')
    await amend.getByTestId('amend-item').getByRole('spinbutton', { name: '数量' }).fill('120')
    await settled(page)
    await screenshot(page, 'console-purchase-amend-zh-CN')
    await amend.getByTestId('confirm-amend').click()
    await expect(page.getByTestId('notice')).toHaveText('已提出变更, 等待服务方接受')
    await expect(row.getByTestId('total')).toHaveText('50000.00')
    await row.getByTestId('open').click()
    const detail = page.getByTestId('contract-detail')
    await expect(detail.locator('[data-version="2"]').getByTestId('version-state')).toHaveText('待服务方接受')
    await expect(detail.locator('[data-version="1"]').getByTestId('version-state')).toHaveText('签订版本')
    await expect(detail.getByTestId('accept-amendment')).toHaveCount(0)
    await page.keyboard.press('Escape')

    const context = await browser.newContext({ baseURL })
    try {
      const provider = await context.newPage()
      await login(provider, `/orgs/${PROVIDER}/contracts`, PROVIDER_ADMIN)
      const copy = provider.getByTestId('contracts-table').locator('tr', { hasText: number })
      await copy.getByTestId('open').click()
      const pd = provider.getByTestId('contract-detail')
      const v2 = pd.locator('[data-version="2"]')
      await expect(v2.getByTestId('version-state')).toHaveText('待服务方接受')
      await expect(v2).toContainText('增加服务次数')
      await settled(provider)
      await screenshot(provider, 'console-purchase-amendment-provider-zh-CN')
      await v2.getByTestId('accept-amendment').click()
      await expect(provider.getByTestId('notice')).toHaveText('已接受变更, 新版本自生效日期起适用')
      await expect(v2.getByTestId('version-state')).toHaveText('已接受')
      await expect(copy.getByTestId('total')).toHaveText('60000.00')

      // A second amendment, refused with a reason: it stays in the history.
      await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/amendments`, {
        effectiveFrom: plusDays(3),
        totalAmount: '90000.00',
        note: '单价上调',
        items: [{ code: 'CHILD_CARE', name: '困境儿童关爱', unit: 'VISIT', unitPrice: '120.00', quantity: 120, minMinutes: 60, eligibleGroups: ['DIBAO', 'TEKUN'] }],
      })
      await provider.keyboard.press('Escape')
      await copy.getByTestId('open').click()
      const v3 = pd.locator('[data-version="3"]')
      await v3.getByTestId('refuse-amendment').click()
      await expect(v3.getByTestId('confirm-refusal')).toBeDisabled()
      await v3.getByTestId('refusal').fill('单价超出预算')
      await v3.getByTestId('confirm-refusal').click()
      await expect(provider.getByTestId('notice')).toHaveText('已拒绝变更, 仍按现行版本执行')
      await expect(v3.getByTestId('version-state')).toHaveText('已拒绝')
      await expect(v3.getByTestId('refusal-reason')).toHaveText('拒绝原因: 单价超出预算')
      await expect(copy.getByTestId('total')).toHaveText('60000.00')
      await settled(provider)
      await screenshot(provider, 'console-purchase-amendment-refused-zh-CN')
    } finally {
      await context.close()
    }

    await page.reload()
    await row.getByTestId('publish').click()
    await expect(page.getByTestId('notice')).toHaveText('合同已公开, 无需登录即可查阅')
    await expect(row.getByTestId('published')).toHaveText('已公开')
    const open = await fetch(`${baseURL}/api/v1/public/purchase-contracts/${BUYER}/${id}`)
    expect(open.status).toBe(200)
    expect(((await open.json()) as { versions: unknown[] }).versions).toHaveLength(2)

    await row.getByTestId('terminate').click()
    const terminate = page.getByTestId('terminate-dialog')
    await expect(terminate.getByTestId('confirm-terminate')).toBeDisabled()
    await terminate.getByRole('textbox', { name: '终止原因' }).fill('项目调整')
    await terminate.getByTestId('confirm-terminate').click()
    await expect(page.getByTestId('notice')).toHaveText('合同已终止, 历史版本保留')
    await expect(row.getByTestId('status')).toHaveText('已终止')
    await row.getByTestId('open').click()
    await expect(page.getByTestId('termination')).toContainText('项目调整')
    await expect(page.getByTestId('contract-detail').getByTestId('version')).toHaveCount(3)
    await settled(page)
    await screenshot(page, 'console-purchase-terminated-zh-CN')
  } finally {
    // Other specs take the newest active contract as the demo's: never leave this one active.
    await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/terminate`, { terminatedOn: today(), reason: 'e2e' }).catch(() => undefined)
  }
})

test('orders show item names and masked residents; cancel, no-show and the follow-up call', async ({ page, browser, baseURL }) => {
  const contract = await demoContract()
  const residents = await contractResidents(contract.id)
  const home = residents.find((r) => r.latitude != null)!
  const masked = home.name.slice(0, 1) + '*'.repeat(home.name.length - 1)
  const toCancel = await api<{ order: { id: string } }>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/service-orders`, {
    contractId: contract.id, residentId: home.residentId, itemCode: 'CLEANING', serviceDate: plusDays(2),
  })
  const missed = await dispatchedOrder(home.residentId, contract.id)
  const done = await dispatchedOrder(home.residentId, contract.id)
  const at = { latitude: Number(home.latitude), longitude: Number(home.longitude) }
  await api(WORKER, 'POST', `/api/v1/orgs/${PROVIDER}/service-orders/${done.id}/accept`)
  await api(WORKER, 'POST', `/api/v1/orgs/${PROVIDER}/service-orders/${done.id}/check-in`, at)
  await api(WORKER, 'POST', `/api/v1/orgs/${PROVIDER}/service-orders/${done.id}/check-out`, at)

  await login(page, `/orgs/${BUYER}/service-orders`, BUYER_ADMIN)
  const table = page.getByTestId('orders-table')
  const rowOf = (id: string) => table.locator('tr', { has: page.locator(`[data-order="${id}"]`) })
  const cancelRow = rowOf(toCancel.order.id)
  await expect(cancelRow.getByTestId('item')).toHaveText('助洁')
  await expect(cancelRow.getByTestId('resident')).toHaveText(masked)
  await expect(table).not.toContainText(home.name)
  await expect(table).not.toContainText('CLEANING')
  await screenshot(page, 'console-purchase-orders-names-zh-CN')
  await cancelRow.getByTestId('cancel-order').click()
  await expect(page.getByTestId('notice')).toHaveText('工单已取消')
  await expect(cancelRow.getByTestId('status')).toHaveText('已取消')
  await expect(cancelRow.getByTestId('cancel-order')).toHaveCount(0)

  const doneRow = rowOf(done.id)
  await expect(doneRow.getByTestId('status')).toHaveText('已完成')
  await doneRow.getByTestId('follow-up').click()
  const dialog = page.getByTestId('follow-up-dialog')
  await expect(dialog.getByTestId('confirm-follow-up')).toBeDisabled()
  await dialog.getByTestId('satisfaction-rate').locator('.el-rate__item').nth(3).click()
  await expect(dialog.getByTestId('satisfaction-rate')).toContainText('满意')
  await dialog.getByTestId('follow-up-note').fill('老人说打扫得很干净')
  await settled(page)
  await screenshot(page, 'console-purchase-follow-up-zh-CN')
  await dialog.getByTestId('confirm-follow-up').click()
  await expect(page.getByTestId('notice')).toHaveText('已记录回访')
  await expect(doneRow.getByTestId('status')).toHaveText('已评价')
  await expect(doneRow.getByTestId('satisfaction')).toHaveText('满意度 4/5')

  // The provider's staff record that the resident was not at home (in English).
  const context = await browser.newContext({ baseURL })
  try {
    const provider = await context.newPage()
    await provider.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(provider, `/orgs/${PROVIDER}/service-orders`, PROVIDER_STAFF)
    const missedRow = provider.getByTestId('orders-table').locator('tr', { has: provider.locator(`[data-order="${missed.id}"]`) })
    await expect(missedRow.getByTestId('item')).toHaveText('助洁')
    await expect(missedRow.getByTestId('resident')).toHaveText(masked)
    await expect(missedRow.getByTestId('cancel-order')).toHaveCount(0)
    await missedRow.getByTestId('no-show').click()
    await expect(provider.getByTestId('notice')).toHaveText('No-show recorded')
    await expect(missedRow.getByTestId('status')).toHaveText('No show')
    await screenshot(provider, 'console-purchase-no-show-en')
  } finally {
    await context.close()
  }
})

test("the provider sees the flags raised against its orders and the buyer's decisions", async ({ page, browser, baseURL }) => {
  const contract = await demoContract()
  await login(page, `/orgs/${PROVIDER}/purchase-flags`, PROVIDER_STAFF)
  await expect(page.getByRole('heading', { name: '工单异常标记' })).toBeVisible()
  await page.getByTestId('flags-contract').click()
  await page.getByRole('option', { name: new RegExp(contract.number) }).click()
  await page.getByTestId('flags-status').getByText('全部').click()
  const flags = page.getByTestId('contract-flags')
  const photo = flags.locator('tr', { hasText: '重复照片' }).first()
  await expect(photo.getByTestId('flag-explanation')).toContainText('SHA-256')
  await expect(photo.getByTestId('flag-status')).toBeVisible()
  await expect(flags.locator('tr', { hasText: '服务时长不足' }).first()).toBeVisible()
  await screenshot(page, 'console-purchase-provider-flags-zh-CN')
  await page.getByTestId('flags-status').getByText('待处理').click()
  await expect(flags.getByTestId('flag-status').first()).toHaveText('待处理')
  await expect(flags.getByTestId('flag-status').filter({ hasNotText: '待处理' })).toHaveCount(0)

  const context = await browser.newContext({ baseURL })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(english, `/orgs/${PROVIDER}/purchase-flags`, PROVIDER_STAFF)
    await english.getByTestId('flags-contract').click()
    await english.getByRole('option', { name: new RegExp(contract.number) }).click()
    await english.getByTestId('flags-status').getByText('All').click()
    await expect(english.getByTestId('contract-flags').locator('tr', { hasText: 'Duplicate photo' }).first()).toBeVisible()
    await screenshot(english, 'console-purchase-provider-flags-en')
  } finally {
    await context.close()
  }
})
