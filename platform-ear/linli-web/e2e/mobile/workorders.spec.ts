import { test, expect, login, screenshot } from '../support/fixtures'
import { contractResidents, demoContract, dispatchedOrder, PROVIDER, WORKER } from '../support/purchase'

/**
 * A worker's order on the phone: take it, check in at the resident's home (the distance shows),
 * upload a photo, enter the resident's code, check out.
 */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
)

test('the worker delivers an order with location, photo and the resident code', async ({ browser, baseURL }) => {
  const contract = await demoContract()
  const residents = await contractResidents(contract.id)
  const home = residents.find((r) => r.latitude != null)!
  const { id, code } = await dispatchedOrder(home.residentId, contract.id)

  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: { latitude: Number(home.latitude), longitude: Number(home.longitude) },
    permissions: ['geolocation'],
  })
  const page = await context.newPage()
  await login(page, '/m/work-orders', WORKER)
  await expect(page.getByTestId('work-order').first()).toBeVisible()
  await screenshot(page, 'mobile-work-orders-zh-CN')
  await page.goto(`/m/work-orders/${PROVIDER}/${id}`)
  // The row is labelled 状态 (the page title already says 服务工单).
  await expect(page.getByTestId('status').locator('.van-cell__title')).toHaveText('状态')
  await expect(page.getByTestId('status').locator('.van-cell__value')).toHaveText('已派单')
  await page.getByTestId('accept').click()
  await expect(page.getByTestId('status')).toContainText('已接单')
  await page.getByTestId('check-in').click()
  await expect(page.getByTestId('status')).toContainText('服务中')
  await expect(page.getByTestId('distance')).toContainText('距服务对象住址 0 米')
  await page.getByTestId('photo').setInputFiles({ name: 'visit.png', mimeType: 'image/png', buffer: PNG })
  await expect(page.getByTestId('message')).toContainText('照片已上传')
  await page.getByTestId('code').locator('input').fill(code)
  await page.getByTestId('confirm').click()
  await expect(page.getByTestId('confirmed')).toBeVisible()
  await screenshot(page, 'mobile-work-order-in-service-zh-CN')
  await page.getByTestId('check-out').click()
  await expect(page.getByTestId('status')).toContainText('已完成')
  await expect(page.getByTestId('evidence')).toContainText('已存证 4 条')
  await screenshot(page, 'mobile-work-order-done-zh-CN')
  await context.close()
})
