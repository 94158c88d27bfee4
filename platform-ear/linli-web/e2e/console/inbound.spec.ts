import { createHash, createHmac } from 'node:crypto'
import { test, expect, login, screenshot } from '../support/fixtures'
import { BUYER, BUYER_ADMIN } from '../support/purchase'
import { runSuffix } from '../support/recordsSetup'

/**
 * The lists civil-affairs sends, as the buyer's staff see them: the province gateway pushes a
 * signed roster with one bad row for the demo buyer; the integration page lists the message with
 * its counts, and the bad row, opened under it, says why it was refused — in Chinese, and in
 * English when switched.
 */
function secret(): string {
  const value = process.env.LINLI_INTEGRATION_GATEWAY_SECRET
  if (!value) throw new Error('LINLI_INTEGRATION_GATEWAY_SECRET is not set: run through liberty-config/bin/linli test')
  return value
}

/** A 居民身份证 number born on the given day (area 320106) with its check digit. */
function idNumber(birth: string, seq: number): string {
  const first17 = `320106${birth.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

test('staff see a roster from the gateway with its rejected row, in Chinese and English', async ({ page, request, baseURL }) => {
  const tag = `名单${runSuffix()}`
  const seq = Date.now() % 1000
  const row = (id: string, name: string, category: string, level = '') => ({
    idNumber: id,
    name,
    category,
    level,
    effectiveFrom: '2026-11-01',
    address: '鼓楼区中山北路 8 号',
  })
  const body = JSON.stringify({
    type: 'ROSTER',
    period: '2026-11',
    rows: [
      row(idNumber('1941-03-04', seq), `${tag}甲`, '高龄'),
      row(idNumber('1942-05-06', seq), `${tag}乙`, '五保'),
      row(idNumber('1943-07-08', seq), `${tag}丙`, '失能', '重度'),
    ],
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = createHmac('sha256', secret()).update(`${timestamp}\n`).update(body).digest('hex')
  const pushed = await request.post(`${baseURL}/api/v1/gateway/orgs/${BUYER}/messages`, {
    headers: { 'Content-Type': 'application/json', 'X-Linli-Timestamp': timestamp, 'X-Linli-Signature': signature },
    data: body,
  })
  expect(pushed.status()).toBe(201)
  const name = `gateway-roster-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`

  await login(page, `/orgs/${BUYER}/integration`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '接收的民政名单' })).toBeVisible()
  const file = page.getByTestId('received-files').locator('tr', { hasText: name })
  await expect(file.getByTestId('file-status')).toHaveText('已应用')
  await expect(file).toContainText('省数据共享交换平台 · 资格名单')
  await expect(file.getByTestId('file-counts')).toContainText('已应用 2 行，拒收 1 行 · 新增 2')
  await file.locator('.el-table__expand-icon').click()
  const rejected = page.getByTestId('rejected-rows').filter({ hasText: '类别不明' })
  await expect(rejected).toContainText('3') // the third row of the message
  await expect(rejected).toContainText('*')
  await expect(rejected).not.toContainText(/\d{17}[\dX]/)
  await screenshot(page, 'console-integration-received-zh-CN')

  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Lists received from civil-affairs' })).toBeVisible()
  const fileEn = page.getByTestId('received-files').locator('tr', { hasText: name })
  await expect(fileEn.getByTestId('file-counts')).toContainText('2 applied, 1 rejected · 2 new')
  await expect(page.getByTestId('rejected-rows').filter({ hasText: 'Unknown group' })).toBeVisible()
  await screenshot(page, 'console-integration-received-en')
  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: '简体中文' }).click()
})
