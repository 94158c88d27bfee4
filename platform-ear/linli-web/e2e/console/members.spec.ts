import { test, expect, login, rowPagingOn, screenshot, appAccessToken, platformAdminPassword } from '../support/fixtures'

/** The staff console: shell, members of the current organization, platform organizations, isolation. */
const SUNSHINE = '南京市鼓楼区阳光社会工作服务中心'

test('staff of an organization log in to the console and see its members', async ({ page }) => {
  await login(page, '/', 'admin@sunshine.demo')
  await expect(page).toHaveURL(/\/orgs\/sunshine-sw$/)
  await expect(page.getByRole('heading', { name: SUNSHINE })).toBeVisible()
  await screenshot(page, 'console-org-home-zh-CN')

  await page.getByRole('menuitem', { name: '成员与角色' }).click()
  await expect(page).toHaveURL(/\/orgs\/sunshine-sw\/members$/)
  const table = page.getByTestId('members-table')
  await expect(table).toContainText('张伟')
  await expect(table).toContainText('admin@sunshine.demo')
  await expect(table).toContainText('机构管理员')
  await expect(table).not.toContainText('周涛')
  await screenshot(page, 'console-members-zh-CN')

  // A deep link works after a reload (history-mode routing on the server).
  await page.reload()
  await expect(page.getByTestId('members-table')).toContainText('张伟')
})

test('the console speaks English when switched', async ({ page }) => {
  await login(page, '/orgs/sunshine-sw/members', 'staff@sunshine.demo')
  await expect(page.getByTestId('members-table')).toContainText('张伟')
  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Members and roles' })).toBeVisible()
  await screenshot(page, 'console-members-en')
  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: '简体中文' }).click()
  await expect(page.getByRole('heading', { name: '成员与角色' })).toBeVisible()
})

test('a member of one organization sees nothing of another, in the console and through the API', async ({ page, request, baseURL }) => {
  await login(page, '/', 'zhou.tao@volunteer.demo')
  await expect(page).toHaveURL(/\/orgs\/heart-assoc$/)
  // A volunteer has no members page: the menu does not offer it.
  await expect(page.getByRole('menuitem', { name: '成员与角色' })).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText('阳光')

  await page.goto('/orgs/sunshine-sw/members')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText('张伟')

  const token = await appAccessToken(page)
  const answer = await request.get(`${baseURL}/api/v1/orgs/sunshine-sw/members`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(answer.status()).toBe(403)
  expect((await answer.json()).code).toBe('NOT_A_MEMBER')
})

test('the platform administrator sees the organizations on the platform', async ({ page }) => {
  await login(page, '/', 'platform.admin', platformAdminPassword())
  await expect(page).toHaveURL(/\/platform\/orgs$/)
  const table = page.getByTestId('orgs-table')
  // A page at a time, by code: the suite's own organizations may come first.
  await rowPagingOn(page, 'orgs-table', SUNSHINE)
  await expect(table).toContainText('南京市鼓楼区爱心志愿者协会')
  await expect(table).toContainText('南京市鼓楼区民政局')
  await screenshot(page, 'console-platform-orgs-zh-CN')

  await page.getByTestId('status-filter').click()
  await page.getByRole('option', { name: '已暂停' }).click()
  await expect(table).not.toContainText(SUNSHINE)
})

test('a person without membership sees how to join', async ({ page }) => {
  // platform.admin is no organization's member: the mobile app (for members) says so.
  await login(page, '/m/', 'platform.admin', platformAdminPassword())
  await expect(page.getByRole('heading', { name: '你还不是任何组织的成员' })).toBeVisible()
  await screenshot(page, 'mobile-no-membership-zh-CN')
})
