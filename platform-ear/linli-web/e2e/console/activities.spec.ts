import type { Page } from '@playwright/test'
import { test, expect, login, screenshot } from '../support/fixtures'
import { activeVolunteer, activityBody, call, cleanUpTestActivities, suffix, TEST_TITLE_PREFIX, token } from '../support/activities'

/**
 * Staff in the console: create and publish an activity with a shift, sign volunteers up (the
 * second one lands on the waitlist and moves up when the first cancels), check one in by hand with
 * a reason, close missing check-outs after a shift, and open the venue's check-in screen.
 */
const ORG = 'sunshine-sw'

/** Types a date and time (as the browser's clock in Asia/Shanghai shows it) into a date-time picker. */
async function pickDateTime(page: Page, label: string, value: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  )
  const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
  const input = page.getByTestId('shift-form').getByRole('combobox', { name: label }).or(page.getByTestId('shift-form').getByRole('textbox', { name: label }))
  await input.click()
  await input.fill(text)
  await input.press('Enter')
}

async function confirmDialog(page: Page, button: string) {
  const box = page.locator('.el-message-box')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: button, exact: true }).click()
}

test('staff create and publish an activity with a shift, manage sign-ups and the waitlist, and check in by hand', async ({
  page,
  appErrors,
}) => {
  const staff = await token('staff@sunshine.demo')
  await cleanUpTestActivities(staff, ORG)
  const run = suffix()
  const title = `${TEST_TITLE_PREFIX}重阳敬老 ${run}`
  const first = `测试甲${run}`
  const second = `测试乙${run}`
  await activeVolunteer(staff, ORG, first)
  const secondId = await activeVolunteer(staff, ORG, second)

  await login(page, `/orgs/${ORG}/activities`, 'staff@sunshine.demo')
  await expect(page.getByTestId('activities-table')).toBeVisible()

  // Create (a draft)
  await page.getByTestId('create-activity').click()
  const form = page.getByTestId('activity-form')
  await form.getByRole('textbox', { name: '活动名称' }).fill(title)
  await form.getByRole('combobox', { name: '服务类别' }).click()
  await page.getByRole('option', { name: '助老', exact: true }).click()
  await form.getByRole('textbox', { name: '活动地点' }).fill('南京市鼓楼区湖南路1号')
  await form.getByRole('spinbutton', { name: '纬度' }).fill('32.0603')
  await form.getByRole('spinbutton', { name: '经度' }).fill('118.7969')
  await form.getByRole('textbox', { name: '风险告知' }).fill('户外活动，注意防暑；请穿防滑鞋')
  await screenshot(page, 'console-activity-form-zh-CN')
  await page.getByTestId('submit-activity').click()
  await expect(page.getByTestId('activity-title')).toContainText(title)
  await expect(page.getByTestId('activity-status')).toHaveText('草稿')

  // A shift in an hour with one place
  await page.getByTestId('add-shift').click()
  const start = new Date(Date.now() + 60 * 60_000)
  start.setSeconds(0, 0)
  await pickDateTime(page, '开始时间', start)
  await pickDateTime(page, '结束时间', new Date(start.getTime() + 2 * 60 * 60_000))
  await page.getByTestId('shift-form').getByRole('spinbutton', { name: '名额' }).fill('1')
  await page.getByTestId('submit-shift').click()
  await expect(page.getByTestId('shifts-table').locator('.el-table__row')).toHaveCount(1)
  await expect(page.getByTestId('shifts-table')).toContainText('0 / 1')

  // Publish (asks first)
  await page.getByTestId('publish').click()
  await confirmDialog(page, '发布')
  await expect(page.getByTestId('activity-status')).toHaveText('已发布')
  await screenshot(page, 'console-activity-detail-zh-CN')

  // Sign-ups: staff sign up the first volunteer; the second (by the API) waits
  await page.getByTestId('open-shift').click()
  await expect(page.getByTestId('shift-title')).toHaveText(title)
  await page.getByTestId('staff-signup').click()
  await page.getByRole('dialog', { name: '代志愿者报名' }).getByRole('combobox', { name: '志愿者' }).click()
  await page.getByRole('option', { name: first }).click()
  await page.getByTestId('submit-signup').click()
  const signups = page.getByTestId('signups-table')
  await expect(signups).toContainText(first)
  await expect(signups).toContainText('已确认')
  const shiftId = new URL(page.url()).pathname.split('/').pop()!
  const waiting = await call(staff, 'POST', `/api/v1/orgs/${ORG}/shifts/${shiftId}/signups`, { volunteerId: secondId })
  expect(waiting.status).toBe('WAITLISTED')
  await page.getByTestId('signup-filter').getByText('候补', { exact: true }).click()
  await expect(signups.locator('.el-table__row')).toHaveCount(1)
  await expect(signups).toContainText(second)
  await screenshot(page, 'console-shift-waitlist-zh-CN')

  // Cancelling the first (asks first) promotes the second
  await page.getByTestId('signup-filter').getByText('已确认', { exact: true }).click()
  await expect(signups).toContainText(first)
  await signups.getByTestId('cancel-signup').click()
  await confirmDialog(page, '取消报名')
  await expect(signups).toContainText(second)
  await expect(signups).not.toContainText(first)

  // Manual check-in with a reason
  await page.getByTestId('manual-checkin').click()
  await page.getByRole('dialog', { name: '人工补签' }).getByRole('combobox', { name: '志愿者' }).click()
  await page.getByRole('option', { name: second }).click()
  await page.getByRole('dialog', { name: '人工补签' }).getByRole('textbox', { name: '补签原因' }).fill('手机没电，现场纸质签到表为证')
  await page.getByTestId('submit-manual').click()
  const attendance = page.getByTestId('attendance-table')
  await expect(attendance).toContainText(second)
  await expect(attendance).toContainText('人工补签')
  await expect(attendance).toContainText('手机没电')
  await expect(attendance.getByTestId('attendance-status')).toHaveText('已签到')
  await screenshot(page, 'console-shift-attendance-zh-CN')

  // Missing check-outs close only after the shift: the API says so, translated
  await page.getByTestId('close-missing').click()
  await confirmDialog(page, '关闭缺失签退')
  await expect(page.locator('.el-message--error')).toContainText('班次尚未结束')
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('422')))

  // The venue screen (a new tab): the rotating code in large type and as a QR code
  const [screen] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('open-screen').click()])
  await expect(screen.getByTestId('screen-code')).toHaveText(/^\d{6}$/)
  await expect(screen.getByTestId('screen-qr').locator('svg')).toBeVisible()
  await expect(screen.getByTestId('screen-countdown')).toContainText('秒后更新')
  await expect(screen.getByTestId('screen-qr')).toHaveAttribute('data-qr-value', new RegExp(`^linli:checkin:v1:${ORG}:${shiftId}:\\d{6}$`))
  await screen.close()
})

test('after a shift, staff close the missing check-outs and the activity', async ({ page }) => {
  const staff = await token('staff@sunshine.demo')
  const run = suffix()
  const name = `测试丙${run}`
  const volunteerId = await activeVolunteer(staff, ORG, name)
  const title = `${TEST_TITLE_PREFIX}社区清洁 ${run}`
  const activity = await call(staff, 'POST', `/api/v1/orgs/${ORG}/activities`, activityBody(title))
  // Yesterday: checked in by hand, never checked out.
  const start = new Date(Date.now() - 26 * 60 * 60_000)
  start.setSeconds(0, 0)
  const shift = await call(staff, 'POST', `/api/v1/orgs/${ORG}/activities/${activity.id}/shifts`, {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 60 * 60_000).toISOString(),
    capacity: 5,
  })
  await call(staff, 'POST', `/api/v1/orgs/${ORG}/activities/${activity.id}/publish`)
  await call(staff, 'POST', `/api/v1/orgs/${ORG}/shifts/${shift.id}/attendance/manual`, {
    volunteerId,
    checkedInAt: new Date(start.getTime() + 5 * 60_000).toISOString(),
    reason: '纸质签到表补录',
  })

  await login(page, `/orgs/${ORG}/activities/${activity.id}/shifts/${shift.id}?tab=attendance`, 'staff@sunshine.demo')
  const attendance = page.getByTestId('attendance-table')
  await expect(attendance).toContainText(name)
  await expect(attendance.getByTestId('attendance-status')).toHaveText('已签到')
  await page.getByTestId('close-missing').click()
  await confirmDialog(page, '关闭缺失签退')
  await expect(page.locator('.el-message--success').filter({ hasText: '缺失签退' })).toContainText('已处理 1 条缺失签退')
  await expect(attendance.getByTestId('attendance-status')).toHaveText('缺少签退')
  await expect(attendance).toContainText('已生成')
  await screenshot(page, 'console-shift-missing-checkout-zh-CN')

  // The list: filter by status, close the activity (asks first)
  await page.goto(`/orgs/${ORG}/activities?status=PUBLISHED`)
  const table = page.getByTestId('activities-table')
  const row = table.locator('.el-table__row').filter({ hasText: title })
  await expect(table.locator('.el-table__row').first()).toBeVisible()
  while (!(await row.isVisible())) await page.getByTestId('load-more').click()
  await expect(row.getByTestId('activity-status')).toHaveText('已发布')
  await screenshot(page, 'console-activities-zh-CN')
  await row.getByTestId('close').click()
  await confirmDialog(page, '关闭')
  await expect(row.getByTestId('activity-status')).toHaveText('已关闭')
})
