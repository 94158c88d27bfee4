import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import { SUNSHINE, SUNSHINE_NAME, api, createShopItem, ensurePoints, myPoints, unique } from '../support/bankpoints'

/** 积分 on the phone: balance, the shop, redeem with a confirmation, the pickup QR code, cancel, leaderboard. */
const VOLUNTEER = 'liu.fang@volunteer.demo'

test('a volunteer redeems an item on the phone, sees the pickup code as a QR code and as text, and cancels it', async ({ page }) => {
  const item = await createShopItem(unique('社区环保水杯'), 5, 2, 1)
  const before = await ensurePoints(VOLUNTEER, '刘芳', 5)

  await login(page, '/m/points', VOLUNTEER)
  const card = page.getByTestId(`points-balance-${SUNSHINE}`)
  await expect(card).toContainText(SUNSHINE_NAME)
  await expect(card.getByTestId('points-balance')).toHaveText(String(before))
  await screenshot(page, 'mobile-points-zh-CN')
  await expectAccessible(page)

  await card.getByTestId('open-shop').click()
  await expect(page).toHaveURL(/\/m\/points\/sunshine-sw\/shop$/)
  const article = page.getByRole('article', { name: item.name })
  await expect(article).toContainText('5 积分')
  await expect(article.getByTestId('item-stock')).toHaveText('库存 2')
  await screenshot(page, 'mobile-points-shop-zh-CN')
  await expectAccessible(page)

  await article.getByTestId('redeem').click()
  const dialog = page.getByTestId('redeem-dialog')
  await expect(dialog).toContainText(item.name)
  await expect(dialog).toContainText('共需 5 积分')
  await expect(dialog).toContainText(`兑换后剩余 ${before - 5} 积分`)
  await page.getByRole('button', { name: '确认兑换' }).click()

  await expect(page).toHaveURL(/\/m\/points\/sunshine-sw\/redemptions\/[^/]+\?fresh=1$/)
  await expect(page.getByTestId('redemption-status')).toHaveText('待领取')
  const code = (await page.getByTestId('pickup-code').textContent())!.replace(/\s/g, '')
  expect(code).toMatch(/^\d{8}$/)
  const mine = (await myPoints(VOLUNTEER)).redemptions.find((r) => r.itemName === item.name)!
  expect(mine.pickupCode).toBe(code)
  const qr = page.getByTestId('qr-code')
  await expect(qr.locator('svg')).toBeVisible()
  await expect(qr).toHaveAttribute('data-qr-value', `LINLI-PICKUP:1:${SUNSHINE}:${mine.id}:${code}`)
  await expect(qr).toHaveAttribute('aria-label', /取货码/)
  await screenshot(page, 'mobile-points-pickup-qr-zh-CN')
  await expectAccessible(page)

  // Cancelling asks first; then the points come back.
  await page.getByTestId('cancel-redemption').click()
  await expect(page.getByText('取消这次兑换？')).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: '取消兑换' }).click()
  await expect(page.getByTestId('redemption-status')).toHaveText('已取消')
  await expect(page.getByTestId('qr-code')).toHaveCount(0)

  await page.getByRole('button', { name: '返回我的积分' }).click()
  await expect(page.getByTestId(`points-balance-${SUNSHINE}`).getByTestId('points-balance')).toHaveText(String(before))
  await expect(page.getByTestId(`redemption-${mine.id}`)).toContainText('已取消')
})

test('the shop refuses more than the volunteer holds, with a readable reason', async ({ page }) => {
  const balance = await ensurePoints(VOLUNTEER, '刘芳', 5)
  const item = await createShopItem(unique('智能手环'), balance + 1000, 1, 1)
  await login(page, `/m/points/${SUNSHINE}/shop`, VOLUNTEER)
  const article = page.getByRole('article', { name: item.name })
  await article.getByTestId('redeem').click()
  await expect(page.getByTestId('redeem-dialog')).toContainText(`积分不足：你现有 ${balance} 积分`)
  await expect(page.getByRole('button', { name: '确认兑换' })).toBeDisabled()
  await page.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('redeem-dialog')).toHaveCount(0)
})

test('the leaderboard masks names, and a volunteer leaves it and comes back with one switch', async ({ page }) => {
  await ensurePoints(VOLUNTEER, '刘芳', 1)
  await api(VOLUNTEER, 'PUT', `/api/v1/orgs/${SUNSHINE}/points/leaderboard/participation`, { optOut: false })

  await login(page, `/m/points/${SUNSHINE}/leaderboard`, VOLUNTEER)
  const board = page.getByTestId('leaderboard')
  await expect(board).toContainText('张*')
  await expect(board).toContainText('刘*')
  await expect(board).not.toContainText('刘芳')
  const toggle = page.getByTestId('leaderboard-switch')
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await screenshot(page, 'mobile-points-leaderboard-zh-CN')
  await expectAccessible(page)

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await expect(board).not.toContainText('刘*')
  await page.reload()
  await expect(page.getByTestId('leaderboard-switch')).toHaveAttribute('aria-checked', 'false')

  await page.getByTestId('leaderboard-switch').click()
  await expect(page.getByTestId('leaderboard-switch')).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByTestId('leaderboard')).toContainText('刘*')
})

test('the points pages read well in elder mode', async ({ page }) => {
  await ensurePoints(VOLUNTEER, '刘芳', 1)
  await login(page, '/m/points', VOLUNTEER)
  await page.getByTestId('elder-toggle').click()
  await expect(page.locator('html')).toHaveClass(/elder/)
  await expect(page.getByTestId(`points-balance-${SUNSHINE}`)).toBeVisible()
  const size = await page.locator('.van-cell__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(18)
  await screenshot(page, 'mobile-points-elder-zh-CN')
  await expectAccessible(page)
  await page.getByTestId('elder-toggle').click()
})
