import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, login, screenshot } from '../support/fixtures'
import { residentIdNumbers, runSuffix, StaffApi } from '../support/recordsSetup'

/**
 * The console's volunteer screens: registration by real name (the form checks the ID number as
 * the API does), status, service certificates (issue, PDF, revoke), the review and overdue lists,
 * correction requests and exports. Data a test changes is made by the test itself.
 */
const SUNSHINE = 'sunshine-sw'

/** The confirmation box of a destructive or binding action: press its confirm button. */
async function confirm(page: Page) {
  const box = page.locator('.linli-confirm')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: '确定' }).click()
  await expect(box).toBeHidden()
  await expect(page.locator('.el-overlay.is-message-box').filter({ visible: true })).toHaveCount(0)
}

/** The certificates table's row whose number cell is exactly `no`. */
const certificateRow = (page: Page, no: string) =>
  page
    .getByTestId('certificates-table')
    .locator('tbody tr')
    .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^\\s*${no.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) })

const formItem = (page: Page, testId: string) => page.locator('.el-form-item', { has: page.getByTestId(testId) })

test('staff register a volunteer: a wrong ID check digit is refused next to the field, a valid number is accepted', async ({ page }) => {
  const suffix = runSuffix()
  const name = `林测${suffix}`
  const ids = residentIdNumbers()
  await login(page, `/orgs/${SUNSHINE}/volunteers`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '志愿者名册' })).toBeVisible()
  await expect(page.getByTestId('volunteers-table')).toContainText('张伟')
  await screenshot(page, 'console-volunteers-zh-CN')

  await page.getByTestId('register-volunteer').click()
  const dialog = page.getByTestId('register-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('reg-name').fill(name)
  await page.getByTestId('reg-id-number').fill(ids.wrongCheckDigit)
  await page.getByTestId('reg-phone').click()
  await expect(formItem(page, 'reg-id-number').locator('.el-form-item__error')).toHaveText('身份证号码校验位错误，请核对')

  await page.getByTestId('reg-phone').fill('13912345678')
  await page.getByTestId('reg-emergency-name').fill('林母')
  await page.getByTestId('reg-emergency-phone').fill('13812345678')
  await page.getByTestId('reg-emergency-relation').fill('母亲')
  await page.getByTestId('reg-privacy').click()
  // The form refuses to send while the number is wrong.
  await page.getByTestId('reg-submit').click()
  await expect(dialog).toBeVisible()
  await expect(formItem(page, 'reg-id-number').locator('.el-form-item__error')).toHaveText('身份证号码校验位错误，请核对')
  await screenshot(page, 'console-register-volunteer-error-zh-CN')

  await page.getByTestId('reg-id-number').fill(ids.valid)
  await page.getByTestId('reg-phone').click()
  await expect(formItem(page, 'reg-id-number').locator('.el-form-item__error')).toHaveCount(0)
  await expect(page.getByTestId('reg-birth-hint')).toContainText(`${ids.valid.slice(6, 10)}-${ids.valid.slice(10, 12)}-${ids.valid.slice(12, 14)}`)
  await page.getByTestId('reg-submit').click()

  await expect(page).toHaveURL(/\/orgs\/sunshine-sw\/volunteers\/[0-9a-f-]{36}\?registered=1/)
  await expect(page.getByTestId('volunteer-name')).toHaveText(name)
  await expect(page.getByTestId('registered-note')).toContainText('已登记，志愿者编号')
  await expect(page.locator('.el-page-header').getByText('待审核')).toBeVisible()
  await expect(page.getByTestId('volunteer-profile')).toContainText('工作人员登记')

  // Activate the new volunteer (a confirmed status change).
  await page.getByTestId('change-status').click()
  await page.getByTestId('status-dialog').getByText('在册').click()
  await page.getByTestId('status-reason').fill('身份已核实')
  await page.getByTestId('status-submit').click()
  await confirm(page)
  await expect(page.locator('.el-page-header').getByText('在册')).toBeVisible()
  await screenshot(page, 'console-volunteer-detail-zh-CN')

  // The roster finds the volunteer by name.
  await page.goto(`/orgs/${SUNSHINE}/volunteers`)
  await page.getByTestId('volunteer-search').fill(name)
  await page.getByTestId('volunteer-search-button').click()
  await expect(page.getByTestId('volunteers-table').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('volunteers-table')).toContainText('在册')
})

test('staff issue a certificate for a volunteer with approved hours and download its PDF; an admin revokes it', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/volunteers`, 'staff@sunshine.demo')
  await page.getByTestId('volunteer-search').fill('刘芳')
  await page.getByTestId('volunteer-search-button').click()
  await page.getByTestId('volunteers-table').getByRole('link', { name: '刘芳' }).click()
  await expect(page.getByTestId('volunteer-name')).toHaveText('刘芳')
  await expect(page.getByTestId('volunteer-hours')).not.toContainText(/^\s*0\s/)

  await page.getByRole('tab', { name: '服务证明' }).click()
  await page.getByTestId('certificate-issue').click()
  await page.getByTestId('issue-purpose').fill('端到端测试')
  // Other specs issue 刘芳 certificates too (same purpose): follow the one this test issued, by the
  // number the API answered, never by its place in the list.
  const [issued] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/volunteers\/[^/]+\/certificates$/.test(new URL(r.url()).pathname)),
    page.getByTestId('issue-submit').click(),
  ])
  expect(issued.status()).toBe(201)
  const certificateNo = ((await issued.json()) as { certificateNo: string }).certificateNo
  expect(certificateNo).toMatch(/\S/)
  const row = certificateRow(page, certificateNo)
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('端到端测试')
  await expect(row).toContainText('有效')
  await screenshot(page, 'console-certificates-zh-CN')

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('certificate-download').click()])
  expect(download.suggestedFilename()).toBe(`${certificateNo}.pdf`)
  const pdf = readFileSync(await download.path())
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // Staff may not revoke: the button is for org admins.
  await expect(row.getByTestId('certificate-revoke')).toHaveCount(0)

  // The org admin revokes it with a reason, after a confirmation.
  const url = page.url()
  await page.getByTestId('logout').click()
  // Keycloak ends the session and sends the browser back to the app, which goes to the login form:
  // a navigation started before that chain ends would be cut short by it.
  await expect(page.locator('#kc-login')).toBeVisible()
  await login(page, new URL(url).pathname + new URL(url).search, 'admin@sunshine.demo')
  const adminRow = certificateRow(page, certificateNo)
  await expect(adminRow).toHaveCount(1)
  await adminRow.getByTestId('certificate-revoke').click()
  await page.getByTestId('revoke-submit').click()
  await expect(page.getByTestId('revoke-dialog')).toContainText('请填写撤销原因')
  await page.getByTestId('revoke-reason').fill('端到端测试：出具有误')
  await page.getByTestId('revoke-submit').click()
  await confirm(page)
  await expect(adminRow).toContainText('已撤销')
  await expect(adminRow.getByTestId('certificate-download')).toHaveCount(0)

  // Org admins see the full ID number (through the identity view of the volunteer's person, audited).
  await page.getByTestId('identity-show').click()
  const idCell = page.getByTestId('identity-values').locator('.el-descriptions__content').nth(1)
  await expect(idCell).toHaveText(/^[0-9]{17}[0-9X]$/)
  await screenshot(page, 'console-volunteer-identity-zh-CN')
})

test('a record pending for weeks is on the overdue list with its due date; staff reject it with a reason', async ({ page, request, baseURL }) => {
  const activity = `敬老院探访-${runSuffix()}`
  const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
  const volunteerId = await staff.volunteerId(SUNSHINE, '刘芳')
  const { id } = await staff.enterHours(SUNSHINE, volunteerId, activity, 60, [30, 80])
  const overdue = await staff.get<{ items: { id: string; dueDate: string; dueDateEstimated: boolean }[] }>(
    `/api/v1/orgs/${SUNSHINE}/service-records/overdue?limit=100`,
  )
  const mine = overdue.items.find((r) => r.id === id)
  expect(mine, 'the API lists the record as overdue').toBeTruthy()

  await login(page, `/orgs/${SUNSHINE}/records/overdue`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '逾期未审记录' })).toBeVisible()
  let row = page.getByTestId('overdue-table').locator('tbody tr').filter({ hasText: activity })
  while ((await row.count()) === 0 && (await page.getByTestId('load-more').count()) > 0) {
    await page.getByTestId('load-more').click()
    row = page.getByTestId('overdue-table').locator('tbody tr').filter({ hasText: activity })
  }
  await expect(row).toContainText('刘芳')
  await expect(row).toContainText(mine!.dueDate.replaceAll('-', '/'))
  await expect(row.getByTestId('due-estimated')).toHaveCount(mine!.dueDateEstimated ? 1 : 0)
  await screenshot(page, 'console-overdue-zh-CN')

  // From the overdue list to the record, rejected with a reason after a confirmation.
  await row.getByRole('button', { name: '去审核' }).click()
  await expect(page.getByRole('heading', { name: '服务记录详情' })).toBeVisible()
  await expect(page.getByTestId('record-detail')).toContainText(activity)
  await page.getByTestId('detail-reject').click()
  await page.getByTestId('reject-submit').click()
  await expect(page.getByTestId('reject-dialog')).toContainText('请填写驳回原因')
  await page.getByTestId('reject-reason').fill('当日未安排该项服务')
  await page.getByTestId('reject-submit').click()
  await confirm(page)
  await expect(page.locator('.actions').getByText('已驳回')).toBeVisible()
  await expect(page.getByTestId('record-detail')).toContainText('当日未安排该项服务')
  await screenshot(page, 'console-record-detail-zh-CN')

  // Staff correct it: a new pending record that refers to the original.
  await page.getByTestId('detail-correct').click()
  const dialog = page.getByTestId('correct-dialog')
  await expect(dialog.getByTestId('facts-activity')).toHaveValue(activity)
  await dialog.getByTestId('facts-location').fill('鼓楼区敬老院')
  await dialog.getByTestId('correct-submit').click()
  await expect(dialog).toContainText('必填')
  await dialog.getByTestId('correct-reason').fill('服务地点登记有误')
  await dialog.getByTestId('correct-submit').click()
  await expect(page.getByTestId('corrects-link')).toBeVisible()
  await expect(page.locator('.actions').getByText('待审核')).toBeVisible()
  await expect(page.getByTestId('record-detail')).toContainText('鼓楼区敬老院')
  await expect(page.getByTestId('record-detail')).toContainText('服务地点登记有误')
  // It waits in the review queue; staff reject it too, so the test leaves nothing pending.
  await page.getByTestId('detail-reject').click()
  await page.getByTestId('reject-reason').fill('端到端测试数据')
  await page.getByTestId('reject-submit').click()
  await confirm(page)
  await expect(page.locator('.actions').getByText('已驳回')).toBeVisible()
})

test('the review queue and correction requests open for staff, and exports download with the token', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/records`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务记录审核' })).toBeVisible()
  await expect(page.getByTestId('approve-selected')).toBeDisabled()
  await expect(page.getByTestId('records-table').locator('.el-table__empty-text, tbody tr').first()).toBeVisible()
  await screenshot(page, 'console-review-queue-zh-CN')

  await page.getByRole('menuitem', { name: '更正申请' }).click()
  await expect(page.getByRole('heading', { name: '志愿者更正申请' })).toBeVisible()

  await page.getByRole('menuitem', { name: '数据导出' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-volunteers-csv').click()])
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const csv = readFileSync(await download.path(), 'utf8')
  expect(csv).toContain('张伟')
  await expect(page.getByTestId('export-saved')).toContainText('.csv')
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-records-xlsx').click()])
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK')
  await screenshot(page, 'console-exports-zh-CN')
})
