import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'

/**
 * The 慈善法 meter as finance sees it: the article that applies and why, spending against the
 * minimum with a gauge, management costs against the limit, and the disclosure calendar.
 */
test('finance sees the rule that applies, the meters and the disclosure calendar', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/compliance`, 'finance@sunshine.demo')
  await expect(page.getByRole('heading', { name: '慈善法合规' })).toBeVisible()
  await expect(page.getByTestId('rule')).toContainText('《关于慈善组织开展慈善活动年度支出和管理费用的规定》第九条')
  await expect(page.getByTestId('why').first()).toContainText('社会服务机构, 不具有公开募捐资格')
  await expect(page.getByTestId('spending-status')).toHaveText(/已达标|按进度可达标|按进度难以达标/)
  await expect(page.getByTestId('management-status')).toBeVisible()
  await expect(page.getByTestId('spending-gauge').locator('canvas')).toBeVisible()
  await expect(page.getByTestId('management-bars').locator('canvas')).toBeVisible()
  const annual = page.getByTestId('disclosures-table').locator('tr', { hasText: '年度工作报告和财务会计报告' }).first()
  await expect(annual.getByTestId('disclosure-status')).toHaveText(/待公开|已逾期|已公开|逾期公开/)
  await screenshot(page, 'console-compliance-zh-CN')
})

test('staff do not see the compliance meter', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/compliance`, 'staff@sunshine.demo')
  await expect(page).toHaveURL(/\/forbidden/)
  await expect(page.getByText('你没有查看此页面的权限。')).toBeVisible()
})
