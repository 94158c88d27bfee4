import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import { SUNSHINE, SUNSHINE_NAME, api } from '../support/bankpoints'

/** 时间银行 on the phone: balances per organization, a family transfer, a service request. */
const ZHANG = 'zhang.wei@volunteer.demo'
const LIU = 'liu.fang@volunteer.demo'

interface Account { org: string; balanceHours: string }
async function balance(username: string, org = SUNSHINE): Promise<number> {
  const page = await api<{ items: Account[] }>(username, 'GET', '/api/v1/me/time-accounts?limit=100')
  return Number(page.items.find((a) => a.org === org)?.balanceHours ?? 0)
}
const shown = (hours: number) => `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(hours)} 小时`

test('a volunteer gives hours to his father on the phone and sees the new balances', async ({ page }) => {
  const before = await balance(ZHANG)
  expect(before, '张伟 needs hours in sunshine-sw (demo data)').toBeGreaterThanOrEqual(0.05)

  await login(page, '/m/timebank', ZHANG)
  const card = page.getByTestId(`time-account-${SUNSHINE}`)
  await expect(card).toContainText(SUNSHINE_NAME)
  await expect(card.getByTestId('time-balance')).toHaveText(shown(before))
  await expect(page.getByTestId('time-account-heart-assoc')).toBeVisible()
  await screenshot(page, 'mobile-timebank-zh-CN')
  await expectAccessible(page)

  await card.getByTestId('to-transfer').click()
  await expect(page).toHaveURL(/\/m\/timebank\/sunshine-sw\/transfer$/)
  await expect(page.getByText(`可用时间：${shown(before)}`)).toBeVisible()
  const father = page.getByRole('radio', { name: /张建国/ })
  await expect(father).toContainText('父母')
  await father.click()
  await expect(father).toHaveAttribute('aria-checked', 'true')
  await page.getByTestId('hours').locator('input').fill('0.05')
  await screenshot(page, 'mobile-timebank-transfer-zh-CN')
  await expectAccessible(page)
  await page.getByTestId('transfer-submit').click()
  await expect(page.getByText('确认转赠')).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: '确认转出' }).click()

  const done = page.getByTestId('transfer-done')
  await expect(done).toContainText('已把 0.05 小时 转给 张建国')
  const after = Math.round((before - 0.05) * 100) / 100
  await expect(done.getByTestId('new-balance')).toHaveText(shown(after))
  expect(await balance(ZHANG)).toBeCloseTo(after, 2)
  await screenshot(page, 'mobile-timebank-transfer-done-zh-CN')

  await done.getByRole('button', { name: '查看明细' }).click()
  await expect(page.getByTestId('org-balance').getByTestId('time-balance')).toHaveText(shown(after))
  await expect(page.getByTestId('transfers')).toContainText('转给 张建国')
  await expect(page.getByTestId('family')).toContainText('张建国')
  await screenshot(page, 'mobile-timebank-details-zh-CN')
  await expectAccessible(page)
})

test('the transfer form explains a wrong amount next to the field', async ({ page }) => {
  await login(page, `/m/timebank/${SUNSHINE}/transfer`, ZHANG)
  await page.getByRole('radio', { name: /张建国/ }).click()
  await page.getByTestId('hours').locator('input').fill('0.01')
  await page.getByTestId('transfer-submit').click()
  await expect(page.getByText('须为整分钟（如 0.25、0.5、1）')).toBeVisible()
  await page.getByTestId('hours').locator('input').fill('100000')
  await page.getByTestId('transfer-submit').click()
  await expect(page.getByText(/超出可用时间/)).toBeVisible()
})

test('a volunteer of redemption age requests a service with her hours and cancels it', async ({ page }) => {
  const before = await balance(LIU)
  expect(before).toBeGreaterThanOrEqual(0.05)
  const need = `下周二上午陪同去社区医院复诊（${Date.now().toString(36)}）`
  await login(page, `/m/timebank/${SUNSHINE}/request`, LIU)
  await expect(page.getByText('年满 60 周岁可用存储的时间申请服务')).toBeVisible()
  await page.getByTestId('category').locator('input').fill('助老')
  await page.getByTestId('description').locator('textarea').fill(need)
  await page.getByTestId('hours').locator('input').fill('0.05')
  await screenshot(page, 'mobile-timebank-request-zh-CN')
  await page.getByTestId('request-submit').click()
  await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click()
  await expect(page.getByTestId('request-done')).toContainText('已冻结 0.05 小时')
  expect(await balance(LIU)).toBeCloseTo(before - 0.05, 2)

  await page.getByTestId('request-done').getByRole('button', { name: '查看明细' }).click()
  const request = page.getByTestId('requests').locator('.van-cell', { hasText: need })
  await expect(request).toContainText('待安排')
  await request.getByRole('button', { name: '取消' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByTestId('requests').locator('.van-cell', { hasText: need })).toContainText('已取消')
  expect(await balance(LIU)).toBeCloseTo(before, 2)
})
