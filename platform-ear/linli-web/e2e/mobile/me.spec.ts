import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'

/** 我的 on a phone: hours from every organization, star level, organizations, elder mode. */
const SUNSHINE = '南京市鼓楼区阳光社会工作服务中心'
const HEART = '南京市鼓楼区爱心志愿者协会'

test('a volunteer of two organizations logs in on the phone and sees his hours from both', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page).toHaveURL(/\/m\/me$/)
  await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible()

  const byOrg = page.getByTestId('hours-by-org')
  await expect(byOrg.getByText(SUNSHINE)).toBeVisible()
  await expect(byOrg.getByText(HEART)).toBeVisible()
  await expect(byOrg.locator('.van-cell')).toHaveCount(2)
  await expect(byOrg.locator('.van-cell', { hasText: SUNSHINE })).toContainText('3 小时')
  await expect(byOrg.locator('.van-cell', { hasText: HEART })).toContainText('3 小时')
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  await expect(page.getByTestId('star-progress')).toContainText('再服务 94 小时可达 1 星')
  await expect(page.getByTestId('my-orgs')).toContainText(SUNSHINE)
  await expect(page.getByTestId('my-orgs')).toContainText(HEART)

  await screenshot(page, 'mobile-me-zh-CN')
  await expectAccessible(page)
})

test('elder mode makes the text large, is one tap away and is remembered', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  const bodySize = () =>
    page.locator('[data-testid="hours-by-org"] .van-cell__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await bodySize()).toBeLessThan(18)

  await page.getByTestId('elder-toggle').click()
  await expect(page.locator('html')).toHaveClass(/elder/)
  expect(await bodySize()).toBeGreaterThanOrEqual(18)
  const toggleHeight = await page.getByTestId('elder-toggle').evaluate((el) => el.getBoundingClientRect().height)
  expect(toggleHeight).toBeGreaterThanOrEqual(44)

  await page.reload()
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  await expect(page.locator('html')).toHaveClass(/elder/)
  expect(await bodySize()).toBeGreaterThanOrEqual(18)
  await screenshot(page, 'mobile-me-elder-zh-CN')
  await expectAccessible(page)

  await page.getByTestId('elder-toggle').click()
  await expect(page.locator('html')).not.toHaveClass(/elder/)
})

test('the app speaks English when switched, and the choice is remembered', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await page.getByTestId('locale-switch').click()
  await expect(page.getByText('Hours by organization')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Total service hours')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await screenshot(page, 'mobile-me-en')
  await expectAccessible(page)
  await page.getByTestId('locale-switch').click()
  await expect(page.getByText('各组织服务时长')).toBeVisible()
})

test('a volunteer of one organization sees nothing of another', async ({ page }) => {
  await login(page, '/m/me', 'zhou.tao@volunteer.demo')
  await expect(page.getByRole('heading', { name: '周涛' })).toBeVisible()
  await expect(page.getByTestId('my-orgs')).toContainText(HEART)
  await expect(page.getByTestId('hours-by-org')).toContainText(HEART)
  await expect(page.locator('body')).not.toContainText('阳光')
  await expectAccessible(page)
})
