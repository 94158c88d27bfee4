import { test, expect, login, screenshot } from '../support/fixtures'
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
  const activity = `名单测试-${runSuffix()}`
  const { id } = await staff.enterHours(SUNSHINE, volunteer.id, activity, 60, [30, 60])

  await login(page, `/orgs/${SUNSHINE}/records`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务记录审核' })).toBeVisible()
  let row = page.getByTestId('records-table').locator('tbody tr').filter({ hasText: activity })
  while ((await row.count()) === 0 && (await page.getByTestId('load-more').count()) > 0) {
    await page.getByTestId('load-more').click()
    row = page.getByTestId('records-table').locator('tbody tr').filter({ hasText: activity })
  }
  await expect(row).toContainText(name)
  await expect(row.getByRole('link', { name })).toBeVisible()
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'console-review-queue-names-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/records/overdue`)
  let overdue = page.getByTestId('overdue-table').locator('tbody tr').filter({ hasText: activity })
  while ((await overdue.count()) === 0 && (await page.getByTestId('load-more').count()) > 0) {
    await page.getByTestId('load-more').click()
    overdue = page.getByTestId('overdue-table').locator('tbody tr').filter({ hasText: activity })
  }
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
  await expect(page).toHaveURL(/ui_locales=zh-Hans/)
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
