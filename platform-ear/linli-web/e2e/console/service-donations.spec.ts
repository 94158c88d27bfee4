import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'

/**
 * 服务捐赠 as the org admin sees it: a bad rate is refused on the form, the rate is set, and the month of the
 * demo's attended shift (last week) is recorded: the voucher number, hours and amount show in the
 * result and in the runs. Run again on the same platform, the month has nothing new, and the
 * earlier run is still listed.
 */
function monthOfLastWeek(): string {
  const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000)
  return lastWeek.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7)
}

test('the org admin sets the fair rate and records a month of volunteer hours as donated services', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/accounting/service-donations`, 'admin@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务捐赠（志愿服务）' })).toBeVisible()
  await expect(page.getByTestId('settings')).toContainText('每小时公允价值（元）')

  await page.getByTestId('rate').fill('0')
  await page.getByTestId('save-settings').click()
  await expect(page.getByTestId('settings').getByText('请输入大于 0 的金额，最多两位小数')).toBeVisible()

  await page.getByTestId('rate').fill('30.00')
  const recognised = page.getByTestId('settings').getByRole('switch', { name: '确认服务捐赠' })
  if (!(await recognised.isChecked())) await page.getByTestId('settings').locator('.el-switch').click()
  await expect(recognised).toBeChecked()
  await page.getByTestId('save-settings').click()
  await expect(page.getByTestId('settings-saved')).toHaveText('设置已保存')
  await expect(page.getByTestId('settings-version')).toContainText('版')

  const month = monthOfLastWeek()
  const picker = page.getByTestId('run').locator('.el-date-editor input')
  await picker.click()
  await picker.fill(month)
  await picker.press('Enter')
  await page.getByTestId('run-month').click()
  const result = page.getByTestId('run-result')
  await expect(result).toContainText(/已生成凭证 记-\d{4}（\d{4}-\d{2} 期间，.+）：\d+ 条记录，[\d.]+ 小时，金额 ¥[\d,.]+。|没有新的已审核服务记录，未生成凭证。/)

  const row = page.getByTestId('runs-table').locator('tr', { hasText: month }).first()
  await expect(row.getByTestId('run-voucher')).toHaveText(/\d{4}-\d{2} 记-\d{4}/)
  await expect(row.getByTestId('run-amount')).toHaveText(/¥[\d,.]+/)
  await screenshot(page, 'console-service-donations-zh-CN')
})

test('staff do not see donated services', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/accounting/service-donations`, 'staff@sunshine.demo')
  await expect(page).toHaveURL(/\/forbidden/)
})
