import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE, api, ensurePoints, myPoints, phoneContext, unique } from '../support/bankpoints'

/**
 * The points shop across both apps: staff stock an item in the console, a volunteer redeems it on
 * the phone, staff hand it over by the pickup code, and the phone shows it picked up.
 */
const VOLUNTEER = 'liu.fang@volunteer.demo'

test('staff stock an item, a volunteer redeems it on the phone, staff hand it over by pickup code', async ({ page, browser, baseURL }) => {
  const name = unique('社区帆布袋')
  await ensurePoints(VOLUNTEER, '刘芳', 6)

  // Staff: a new item with stock, in the console.
  await login(page, `/orgs/${SUNSHINE}/points/items`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '积分商城物品' })).toBeVisible()
  await page.getByTestId('new-item').click()
  const form = page.getByTestId('item-form')
  await form.getByRole('textbox', { name: '物品名称' }).fill(name)
  await form.getByRole('textbox', { name: '捐赠方' }).fill('鼓楼区惠民超市')
  for (const [label, value] of [['所需积分', '6'], ['库存', '3'], ['每人限兑', '1']]) {
    await form.getByRole('spinbutton', { name: label }).fill(value)
    await form.getByRole('spinbutton', { name: label }).press('Tab')
  }
  await page.getByTestId('save-item').click()
  const row = page.getByTestId('items-table').locator('tr', { hasText: name })
  await expect(row).toBeVisible()
  await expect(row.getByTestId('stock')).toHaveText('3')
  await screenshot(page, 'console-points-items-zh-CN')

  // The volunteer, on a phone: redeem it and read the pickup code.
  const { context, phone } = await phoneContext(browser, baseURL)
  await login(phone, `/m/points/${SUNSHINE}/shop`, VOLUNTEER)
  const article = phone.getByRole('article', { name })
  await expect(article.getByTestId('item-stock')).toHaveText('库存 3')
  await article.getByTestId('redeem').click()
  await phone.getByRole('button', { name: '确认兑换' }).click()
  await expect(phone.getByTestId('redemption-status')).toHaveText('待领取')
  await expect(phone.getByTestId('qr-code').locator('svg')).toBeVisible()
  const code = (await phone.getByTestId('pickup-code').textContent())!.replace(/\s/g, '')
  expect(code).toMatch(/^\d{8}$/)

  // Staff: the stock went down; the volunteer reads out the code; staff hand the item over.
  await page.reload()
  await expect(page.getByTestId('items-table').locator('tr', { hasText: name }).getByTestId('stock')).toHaveText('2')
  await page.goto(`/orgs/${SUNSHINE}/points/redemptions`)
  await page.getByTestId('pickup-scan').fill(code.slice(0, 4) + ' ' + code.slice(4))
  await page.getByTestId('pickup-lookup').click()
  await expect(page.getByTestId('scan-message')).toContainText(`取货码 ${code.slice(0, 4)} ${code.slice(4)}`)
  const reserved = page.getByTestId('redemptions-table').locator('tr', { hasText: name })
  await expect(reserved).toContainText('刘芳')
  await expect(reserved).toContainText('待领取')
  await reserved.getByTestId('hand-over').click()
  await expect(page.getByTestId('pickup-code-input')).toHaveValue(code)
  await screenshot(page, 'console-points-handover-zh-CN')
  await page.getByTestId('confirm-handover').click()
  await expect(page.getByTestId('handover-done')).toContainText(`已交付：${name} × 1，领取人 刘芳`)
  await expect(page.getByTestId('redemptions-table').locator('tr', { hasText: name })).toHaveCount(0)
  await screenshot(page, 'console-points-redemptions-zh-CN')

  // The phone shows it picked up (it reloads when shown again; here the person taps refresh).
  await phone.getByTestId('refresh').click()
  await expect(phone.getByTestId('redemption-status')).toHaveText('已领取')
  await expect(phone.getByTestId('picked-up')).toContainText('领取')
  await expect(phone.getByTestId('qr-code')).toHaveCount(0)
  await screenshot(phone, 'mobile-points-picked-up-zh-CN')
  await context.close()
})

test('a scanned pickup QR code opens the redemption at once; a wrong code is refused', async ({ page, appErrors }) => {
  await ensurePoints(VOLUNTEER, '刘芳', 2)
  const item = await api<{ id: string; name: string }>('staff@sunshine.demo', 'POST', `/api/v1/orgs/${SUNSHINE}/points/items`, {
    name: unique('环保购物袋'),
    donor: '鼓楼区惠民超市',
    pricePoints: 2,
    stock: 1,
    perPersonLimit: 1,
  }, { 'Idempotency-Key': crypto.randomUUID() })
  const redemption = await api<{ id: string; pickupCode: string }>(VOLUNTEER, 'POST', `/api/v1/orgs/${SUNSHINE}/points/redemptions`, {
    itemId: item.id,
    quantity: 1,
  }, { 'Idempotency-Key': crypto.randomUUID() })
  const wrong = redemption.pickupCode === '00000000' ? '11111111' : '00000000'

  await login(page, `/orgs/${SUNSHINE}/points/redemptions`, 'staff@sunshine.demo')
  // What a scanner types: the QR code's text, then Enter.
  await page.getByTestId('pickup-scan').fill(`LINLI-PICKUP:1:${SUNSHINE}:${redemption.id}:${wrong}`)
  await page.getByTestId('pickup-scan').press('Enter')
  await expect(page.getByRole('dialog')).toContainText(item.name)
  await expect(page.getByRole('dialog')).toContainText('刘芳')
  await page.getByTestId('confirm-handover').click()
  await expect(page.getByTestId('handover-error')).toBeVisible()
  // The browser logs the refused call itself ("status of 422"): expected here.
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 422')))
  await page.getByTestId('pickup-code-input').fill(redemption.pickupCode)
  await page.getByTestId('confirm-handover').click()
  await expect(page.getByTestId('handover-done')).toContainText(item.name)
  const after = (await myPoints(VOLUNTEER)).redemptions.find((r) => r.id === redemption.id)
  expect(after?.status).toBe('PICKED_UP')
})

test('staff read the points rules and the leaderboard', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/points/rules`, 'admin@sunshine.demo')
  await expect(page.getByRole('heading', { name: '积分规则' })).toBeVisible()
  await expect(page.getByText('积分过期处理')).toBeVisible()
  await screenshot(page, 'console-points-rules-zh-CN')
  await page.goto(`/orgs/${SUNSHINE}/points/leaderboard`)
  await expect(page.getByTestId('leaderboard-table')).toContainText('张*')
  await screenshot(page, 'console-points-leaderboard-zh-CN')
})
