import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'

/**
 * 服务捐赠 as the org admin sees it: the demo setting (disclosed in the notes only, 助老 at 40.00 per
 * hour) and the demo's disclosed month in the runs, with no voucher. A bad default rate, a duplicate
 * category and a bad category rate are refused on the form; a second category rate is saved and
 * still there after a reload. Recording the month of the demo's attended shift (last week) again
 * values only what is new: nothing, or a disclosure; never a voucher in this mode.
 */
function monthOfDaysAgo(days: number): string {
  const then = new Date(Date.now() - days * 24 * 3600 * 1000)
  return then.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7)
}

test('the org admin sets category rates and the disclosure mode, and records a month of volunteer hours', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/accounting/service-donations`, 'admin@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务捐赠（志愿服务）' })).toBeVisible()
  const settings = page.getByTestId('settings')
  await expect(settings).toContainText('每小时公允价值（元）')
  await expect(settings).toContainText('按服务类别的单价')

  // The demo setting: disclosure only, 助老 at 40.00 per hour.
  await expect(page.getByTestId('mode').getByRole('radio', { name: '仅附注披露' })).toBeChecked()
  await expect(page.getByTestId('mode-hint')).toContainText('不生成凭证，不影响账簿')
  const rows = page.getByTestId('category-rate')
  await expect(rows.first().getByTestId('category-name')).toHaveValue('助老')
  await expect(rows.first().getByTestId('category-rate-value')).toHaveValue('40.00')
  // The demo's disclosed month: listed with its mode, an amount and no voucher.
  // Its month is the one of the shift a week before the demo was seeded, which may be a day before
  // this test runs: a suite that crosses midnight in Shanghai (CI at 16:00 UTC) saw it change.
  const disclosedRow = page.getByTestId('runs-table').locator('tr', { hasText: '仅附注披露' }).first()
  await expect(page.getByRole('heading', { name: '确认与披露记录' })).toBeVisible()
  await expect(disclosedRow).toContainText(new RegExp(`${monthOfDaysAgo(7)}|${monthOfDaysAgo(8)}`))
  const month = (await disclosedRow.innerText()).match(/\d{4}-\d{2}/)![0]
  await expect(disclosedRow.getByTestId('run-mode')).toBeVisible()
  await expect(disclosedRow.getByTestId('run-mode')).toHaveText('仅附注披露')
  await expect(disclosedRow.getByTestId('run-voucher')).toHaveText('—')
  await expect(disclosedRow.getByTestId('run-amount')).toHaveText(/¥[\d,.]+/)

  // Rows a previous run of this spec added go first, so the form starts from the demo's one.
  while ((await rows.count()) > 1) await rows.last().getByTestId('remove-category').click()

  await page.getByTestId('rate').fill('0')
  await page.getByTestId('save-settings').click()
  await expect(settings.getByText('请输入大于 0 的金额，最多两位小数')).toBeVisible()
  await page.getByTestId('rate').fill('30.00')

  await page.getByTestId('add-category').click()
  const added = rows.nth(1)
  await added.getByTestId('category-name').fill('助老')
  await added.getByTestId('category-rate-value').fill('50.00')
  await page.getByTestId('save-settings').click()
  await expect(added.getByTestId('category-error')).toHaveText('同一服务类别只能设置一个单价')
  await added.getByTestId('category-name').fill('助学')
  await added.getByTestId('category-rate-value').fill('12.345')
  await page.getByTestId('save-settings').click()
  await expect(added.getByTestId('category-error')).toHaveText('请输入大于 0 的金额，最多两位小数')
  await added.getByTestId('category-rate-value').fill('50.00')
  await page.getByTestId('save-settings').click()
  await expect(page.getByTestId('settings-saved')).toHaveText('设置已保存')
  await expect(page.getByTestId('settings-version')).toContainText('版')

  await page.reload()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1).getByTestId('category-name')).toHaveValue('助学')
  await expect(rows.nth(1).getByTestId('category-rate-value')).toHaveValue('50.00')
  await expect(page.getByTestId('mode').getByRole('radio', { name: '仅附注披露' })).toBeChecked()

  await expect(page.getByTestId('run-month')).toHaveText('记录披露金额')
  const picker = page.getByTestId('run').locator('.el-date-editor input')
  await picker.click()
  await picker.fill(month)
  await picker.press('Enter')
  await page.getByTestId('run-month').click()
  await expect(page.getByTestId('run-result')).toContainText(/已记录 \d{4}-\d{2} 的服务捐赠供附注披露（不入账）：\d+ 条记录，[\d.]+ 小时，金额 ¥[\d,.]+。|没有新的已审核服务记录，没有新的披露金额。/)
  await screenshot(page, 'console-service-donations-zh-CN')
})

test('staff do not see donated services', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/accounting/service-donations`, 'staff@sunshine.demo')
  await expect(page).toHaveURL(/\/forbidden/)
})
