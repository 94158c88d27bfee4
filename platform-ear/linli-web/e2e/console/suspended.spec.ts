import { test, expect, login, screenshot } from '../support/fixtures'

/**
 * A suspended organization's people see why they cannot work (WebE2eIT suspends an organization
 * made for this and passes its logins; without them, as against a plain `linli run`, this skips).
 */
const admin = process.env.LINLI_E2E_SUSPENDED_ADMIN
const volunteer = process.env.LINLI_E2E_SUSPENDED_VOLUNTEER
const password = process.env.LINLI_E2E_PASSWORD

test.skip(!admin || !volunteer || !password, 'no suspended organization prepared (run through WebE2eIT)')

test('the admin of a suspended organization sees the suspension page in the console', async ({ page }) => {
  await login(page, '/', admin!, password)
  await expect(page.getByRole('heading', { name: '组织已被暂停' })).toBeVisible()
  await expect(page.getByText('已被平台暂停')).toBeVisible()
  await screenshot(page, 'console-suspended-zh-CN')
})

test('a volunteer of a suspended organization sees the suspension page on the phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await login(page, '/m/', volunteer!, password)
  await expect(page.getByRole('heading', { name: '组织已被暂停' })).toBeVisible()
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible()
})
