import { readFileSync } from 'node:fs'
import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import { runSuffix, StaffApi } from '../support/recordsSetup'
import { call, cleanUpTestActivities, publishedActivityWithShift, suffix, TEST_TITLE_PREFIX, token, volunteerIdByName } from '../support/activities'
import { ensurePoints, SUNSHINE } from '../support/bankpoints'

/**
 * What the API keeps for a volunteer, seen on the phone: the certificate staff issued (and its PDF),
 * a sign-up staff made for them, and when their points expire. Nothing of it is kept on the device.
 */
const HEART = 'heart-assoc'

test('a certificate staff issued is listed on the phone and its PDF downloads', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, 'staff@heart.demo')
  const volunteerId = await staff.volunteerId(HEART, '周涛')
  const { id: recordId } = await staff.enterHours(HEART, volunteerId, `证明用服务-${runSuffix()}`, 60, [2, 20])
  const reviewed = await staff.post(`/api/v1/orgs/${HEART}/service-records/review`, { recordIds: [recordId], decision: 'APPROVE' })
  expect(reviewed.status).toBe(200)
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const from = new Date(Date.now() - 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)
  const issued = await staff.post(`/api/v1/orgs/${HEART}/volunteers/${volunteerId}/certificates`, { from, to: today, purpose: '升学材料' })
  expect(issued.status, JSON.stringify(issued.json)).toBe(201)
  const certificateNo = issued.json.certificateNo as string

  await login(page, '/m/records?tab=certificates', 'zhou.tao@volunteer.demo')
  const card = page.getByTestId('my-certificate').filter({ hasText: certificateNo })
  await expect(card).toContainText('南京市鼓楼区爱心志愿者协会')
  await expect(card.getByTestId('certificate-status')).toHaveText('有效')
  await expect(card).toContainText('小时')
  await expect(card.getByTestId('certificate-verify')).toHaveAttribute('href', new RegExp(`/api/v1/public/certificates/${HEART}/${certificateNo}\\?d=`))
  await screenshot(page, 'mobile-certificates-zh-CN')
  await expectAccessible(page)

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('certificate-download').click()])
  expect(download.suggestedFilename()).toBe(`${certificateNo}.pdf`)
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await expect(page.getByTestId('certificate-saved')).toContainText(`${certificateNo}.pdf`)
})

test('a sign-up staff made for the volunteer shows in 我的报名 and on the shift, and is cancelled on the phone', async ({ page }) => {
  const staff = await token('staff@sunshine.demo')
  const volunteerId = await volunteerIdByName(staff, SUNSHINE, '刘芳')
  await cleanUpTestActivities(staff, SUNSHINE, volunteerId)
  // Three days ahead: clear of the check-in specs' shifts, which start within the hour.
  const { activityId, shiftId, title } = await publishedActivityWithShift(staff, SUNSHINE, `${TEST_TITLE_PREFIX}代报名 ${suffix()}`, 3 * 24 * 60)
  try {
    await call(staff, 'POST', `/api/v1/orgs/${SUNSHINE}/shifts/${shiftId}/signups`, { volunteerId })

    await login(page, '/m/activities?tab=mine', 'liu.fang@volunteer.demo')
    // Five tabs: 签到 is reached from 活动.
    await expect(page.locator('.van-tabbar-item')).toHaveCount(5)
    const mine = page.getByTestId('my-signup').filter({ hasText: title })
    await expect(mine.getByTestId('my-signup-status')).toHaveText('已报名')
    await expect(mine).toContainText('南京市鼓楼区阳光社会工作服务中心')
    await expect(mine.getByTestId('my-signup-checkin')).toHaveCount(0) // three days early
    await screenshot(page, 'mobile-my-signups-by-staff-zh-CN')
    await expectAccessible(page)

    await page.goto(`/m/orgs/${SUNSHINE}/activities/${activityId}`)
    await expect(page.getByTestId('shift').getByTestId('shift-my-status')).toHaveText('已报名')

    await page.goto('/m/activities?tab=mine')
    await mine.getByTestId('my-signup-cancel').click()
    await page.getByRole('dialog').getByRole('button', { name: '确定取消' }).click()
    await expect(page.getByTestId('mine-message')).toHaveText('已取消报名')
    await expect(mine).toHaveCount(0)
    const signups = await call(staff, 'GET', `/api/v1/orgs/${SUNSHINE}/shifts/${shiftId}/signups`)
    expect(signups.items.map((s: { status: string }) => s.status)).toEqual(['CANCELLED'])
  } finally {
    await cleanUpTestActivities(staff, SUNSHINE, volunteerId)
  }
})

test('the check-in page is one tap from 活动', async ({ page }) => {
  await login(page, '/m/activities', 'liu.fang@volunteer.demo')
  await page.getByTestId('checkin-entry').click()
  await expect(page).toHaveURL(/\/m\/checkin$/)
  await expect(page.getByTestId('scan-start')).toBeVisible()
  await screenshot(page, 'mobile-checkin-zh-CN')
})

test('the points page shows which points expire when', async ({ page }) => {
  const balance = await ensurePoints('liu.fang@volunteer.demo', '刘芳', 5)
  await login(page, '/m/points', 'liu.fang@volunteer.demo')
  const card = page.getByTestId(`points-balance-${SUNSHINE}`)
  await expect(card.getByTestId('points-balance')).toHaveText(String(balance))
  const lines = card.getByTestId('points-expiry-line')
  await expect(lines.first()).toBeVisible()
  await expect(lines.first()).toContainText(/(\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}) 到期|永久有效/)
  // The lines add up to the balance: every point still valid is shown with its date.
  const texts = await lines.locator('.expiry-points').allTextContents()
  expect(texts.reduce((sum, text) => sum + Number(text.replace(/[^\d]/g, '')), 0)).toBe(balance)
  await screenshot(page, 'mobile-points-expiry-zh-CN')
  await expectAccessible(page)
})
