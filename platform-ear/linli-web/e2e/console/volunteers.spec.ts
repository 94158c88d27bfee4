import { test, expect, login, rowPagingOn, screenshot } from '../support/fixtures'
import { residentIdNumbers, runSuffix, StaffApi } from '../support/recordsSetup'

/**
 * What staff see of the API's volunteer search (`q`: name, volunteer number, phone) and of the
 * names the record lists carry. The volunteers are made by the test through the API.
 */
const SUNSHINE = 'sunshine-sw'

/** A mobile number unique to this run (its last 8 digits from the clock and a random part). */
function uniquePhone(): string {
  const digits = `${Date.now() % 10_000_000}${Math.floor(Math.random() * 10)}`.padStart(8, '0').slice(-8)
  return `137${digits}`
}

async function registerVolunteer(staff: StaffApi, name: string, phone: string): Promise<{ id: string; volunteerNo: string }> {
  const answer = await staff.post(`/api/v1/orgs/${SUNSHINE}/volunteers`, {
    name,
    idNumber: residentIdNumbers().valid,
    phone,
    regionCode: '320106',
    emergencyContact: { name: '家属', phone: '13812345678', relation: '配偶' },
    privacyConsent: true,
    privacyNoticeVersion: '2026-01',
  })
  expect(answer.status, JSON.stringify(answer.json)).toBe(201)
  return { id: answer.json.id as string, volunteerNo: answer.json.volunteerNo as string }
}

test('staff find a volunteer by name, by volunteer number and by mobile number', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
  const name = `检索${runSuffix()}`
  const phone = uniquePhone()
  const volunteer = await registerVolunteer(staff, name, phone)

  await login(page, `/orgs/${SUNSHINE}/volunteers`, 'staff@sunshine.demo')
  const search = page.getByTestId('volunteer-search')
  const rows = page.getByTestId('volunteers-table').locator('tbody tr')
  await expect(search).toHaveAttribute('placeholder', '姓名、志愿者编号或手机号（后4位或完整号码）')

  await search.fill(name.slice(0, -2))
  await page.getByTestId('volunteer-search-button').click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(name)
  await expect(rows.first()).toContainText(volunteer.volunteerNo)

  await search.fill(volunteer.volunteerNo)
  await search.press('Enter')
  await expect(page).toHaveURL(new RegExp(`q=${volunteer.volunteerNo}`))
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(name)

  await search.fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`)
  await page.getByTestId('volunteer-search-button').click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(name)
  await screenshot(page, 'console-volunteer-search-phone-zh-CN')

  await search.fill(phone.slice(-4))
  await page.getByTestId('volunteer-search-button').click()
  await expect(rows.filter({ hasText: name })).toHaveCount(1)

  // Combined with the status filter: the new volunteer is pending, not active.
  await search.fill(name)
  await page.getByTestId('volunteer-search-button').click()
  await expect(rows).toHaveCount(1)
  await page.getByTestId('volunteer-status-filter').click()
  await page.getByRole('option', { name: '在册' }).click()
  await expect(page.getByTestId('volunteers-table')).toContainText('暂无数据')
  await expect(rows).toHaveCount(0)
})

test('the review queue and the overdue list name the volunteer of each record', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
  const name = `名单${runSuffix()}`
  const volunteer = await registerVolunteer(staff, name, uniquePhone())
  const activated = await staff.post(`/api/v1/orgs/${SUNSHINE}/volunteers/${volunteer.id}/status`, { status: 'ACTIVE' })
  expect(activated.status, JSON.stringify(activated.json)).toBe(200)
  const activity = `名单测试-${runSuffix()}`
  const { id } = await staff.enterHours(SUNSHINE, volunteer.id, activity, 60, [30, 60])

  await login(page, `/orgs/${SUNSHINE}/records`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务记录审核' })).toBeVisible()
  const row = await rowPagingOn(page, 'records-table', activity)
  await expect(row).toContainText(name)
  await expect(row.getByRole('link', { name })).toBeVisible()
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'console-review-queue-names-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/records/overdue`)
  const overdue = await rowPagingOn(page, 'overdue-table', activity)
  await expect(overdue).toContainText(name)

  // Leave nothing pending: reject the test record through the API.
  const rejected = await staff.post(`/api/v1/orgs/${SUNSHINE}/service-records/review`, {
    recordIds: [id],
    decision: 'REJECT',
    note: '端到端测试数据',
  })
  expect(rejected.status).toBe(200)
})

test('the Keycloak login page speaks the app language: Chinese by default, English when the app is in English', async ({ page, browser, baseURL }) => {
  await page.goto(`/orgs/${SUNSHINE}/volunteers`)
  await expect(page.locator('#kc-login')).toBeVisible()
  await expect(page).toHaveURL(/ui_locales=zh-CN/)
  await expect(page.locator('body')).toContainText('登录')
  await expect(page.locator('body')).not.toContainText(/sign in/i)
  await screenshot(page, 'keycloak-login-zh-CN')

  // Another browser whose app language was switched to English.
  const context = await browser.newContext({ baseURL })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await english.goto(`/orgs/${SUNSHINE}/volunteers`)
    await expect(english.locator('#kc-login')).toBeVisible()
    await expect(english).toHaveURL(/ui_locales=en/)
    await expect(english.locator('body')).toContainText(/sign in/i)
    await screenshot(english, 'keycloak-login-en')
  } finally {
    await context.close()
  }
})

test('staff add a training record and correct it: the old one shows as corrected', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
  const volunteer = await registerVolunteer(staff, `培训${runSuffix()}`, uniquePhone())
  const course = `急救培训-${runSuffix()}`

  await login(page, `/orgs/${SUNSHINE}/volunteers/${volunteer.id}?tab=trainings`, 'staff@sunshine.demo')
  await page.getByTestId('training-add').click()
  const dialog = page.getByTestId('training-dialog')
  await dialog.getByTestId('training-submit').click()
  await expect(dialog.locator('.el-form-item__error').first()).toHaveText('必填')
  await dialog.getByTestId('training-course').fill(course)
  await dialog.locator('.el-date-editor input').fill('2026-01-15')
  await dialog.locator('.el-date-editor input').press('Enter')
  await dialog.getByTestId('training-hours').fill('2.5')
  await dialog.getByTestId('training-organizer').fill('红十字会')
  await dialog.getByTestId('training-content').fill('心肺复苏')
  await dialog.getByTestId('training-submit').click()
  await expect(dialog).toBeHidden()
  const rows = page.getByTestId('trainings-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(course)
  await expect(rows.first()).toContainText('2.5')

  await rows.first().getByRole('button', { name: '更正' }).click()
  await expect(page.getByRole('dialog', { name: '更正培训记录' })).toBeVisible()
  await expect(dialog.getByTestId('training-course')).toHaveValue(course)
  await dialog.getByTestId('training-hours').fill('3')
  await dialog.getByTestId('training-submit').click()
  await expect(dialog.locator('.el-form-item__error')).toHaveText('必填')
  await dialog.locator('textarea').last().fill('学时登记有误')
  await dialog.getByTestId('training-submit').click()
  await expect(dialog).toBeHidden()
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: '已被更正' })).toHaveCount(1)
  await expect(rows.filter({ hasText: '更正记录' })).toContainText('3')
  await screenshot(page, 'console-trainings-corrected-zh-CN')
})