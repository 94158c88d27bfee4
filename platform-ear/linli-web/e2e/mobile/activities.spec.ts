import { chromium, type Browser, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { qrVideo } from '../support/fakeCamera'
import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import {
  cleanUpTestActivities,
  FAR_AWAY,
  NEAR_VENUE,
  publishedActivityWithShift,
  suffix,
  TEST_TITLE_PREFIX,
  token,
  call,
  volunteerIdByName,
} from '../support/activities'

/**
 * A volunteer on the phone: browse the organization's activities, sign up for a shift, see it in
 * "my sign-ups", and check in at the venue with the code on the venue's screen (a tablet, opened
 * by staff in a second browser), from inside the geofence; outside it the app says so.
 */
const ORG = 'sunshine-sw'
const VOLUNTEER = 'liu.fang@volunteer.demo'
const VOLUNTEER_NAME = '刘芳'

/** The venue screen on a tablet, signed in as staff. */
async function venueScreen(browser: Browser, baseURL: string, activityId: string, shiftId: string): Promise<Page> {
  const tablet = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const screen = await tablet.newPage()
  await login(screen, `/orgs/${ORG}/activities/${activityId}/shifts/${shiftId}/checkin-screen`, 'staff@sunshine.demo')
  await expect(screen.getByTestId('screen-code')).toHaveText(/^\d{6}$/)
  return screen
}

test('a volunteer signs up on the phone, sees it in his list and checks in with the venue code inside the geofence', async ({
  page,
  context,
  browser,
  baseURL,
  appErrors,
}) => {
  const staff = await token('staff@sunshine.demo')
  const volunteerId = await volunteerIdByName(staff, ORG, VOLUNTEER_NAME)
  await cleanUpTestActivities(staff, ORG, volunteerId)
  // Check-in opens 30 minutes before the start (AttendanceDesk.EARLIEST_CHECK_IN); a volunteer
  // signs up only before the start: a shift starting in 20 minutes allows both now.
  const { activityId, shiftId, title } = await publishedActivityWithShift(staff, ORG, `${TEST_TITLE_PREFIX}社区助老 ${suffix()}`, 20)

  try {
    await login(page, '/m/activities', VOLUNTEER)
    const item = page.getByTestId('activity-item').filter({ hasText: title })
    await expect(page.getByTestId('activity-item').first()).toBeVisible()
    while (!(await item.isVisible())) {
      await page.getByTestId('load-more').click()
    }
    await screenshot(page, 'mobile-activities-zh-CN')
    await expectAccessible(page)

    await item.click()
    await expect(page.getByTestId('activity-title')).toHaveText(title)
    const shift = page.getByTestId('shift')
    await expect(shift.getByTestId('shift-places')).toHaveText('已报名 0/5')
    await shift.getByTestId('shift-signup').click()
    await expect(shift.getByTestId('shift-message')).toContainText(`报名成功：${title}`)
    await expect(shift.getByTestId('shift-my-status')).toHaveText('已报名')
    await expect(shift.getByTestId('shift-places')).toHaveText('已报名 1/5')
    await screenshot(page, 'mobile-activity-signed-up-zh-CN')
    await expectAccessible(page)

    await page.goto('/m/activities?tab=mine')
    const mine = page.getByTestId('my-signup').filter({ hasText: title })
    await expect(mine.getByTestId('my-signup-status')).toHaveText('已报名')
    await screenshot(page, 'mobile-my-signups-zh-CN')
    await expectAccessible(page)
    // Elder mode: the same list in large type, still usable.
    await page.getByTestId('elder-toggle').click()
    await expect(page.locator('html')).toHaveClass(/elder/)
    const titleSize = await mine.locator('.title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(titleSize).toBeGreaterThanOrEqual(18)
    await screenshot(page, 'mobile-my-signups-elder-zh-CN')
    await expectAccessible(page)
    await page.getByTestId('elder-toggle').click()
    await expect(page.locator('html')).not.toHaveClass(/elder/)

    // At the venue: the tablet shows the code; the phone is first too far away, then there.
    const screen = await venueScreen(browser, baseURL!, activityId, shiftId)
    await screenshot(screen, 'console-checkin-screen-zh-CN')
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation(FAR_AWAY)
    await mine.getByTestId('my-signup-checkin').click()
    await expect(page.getByTestId('checkin-shift')).toContainText(title)
    await page.getByTestId('checkin-code').locator('input').fill((await screen.getByTestId('screen-code').textContent())!)
    await page.getByTestId('checkin-submit').click()
    await expect(page.getByTestId('checkin-error')).toContainText('你不在活动签到范围内')
    await expect(page.getByTestId('checkin-error')).toContainText('米')
    await screenshot(page, 'mobile-checkin-outside-zh-CN')
    await expectAccessible(page)
    // The browser logs the refused call ("Failed to load resource: 422"): expected here.
    appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('422')))

    await context.setGeolocation(NEAR_VENUE)
    await page.getByTestId('checkin-code').locator('input').fill((await screen.getByTestId('screen-code').textContent())!)
    await page.getByTestId('checkin-submit').click()
    await expect(page.getByTestId('checkin-result')).toContainText('签到成功')
    await screenshot(page, 'mobile-checkin-done-zh-CN')
    // Next time at this shift the phone offers the check-out.
    await expect(page.getByTestId('checkin-submit')).toHaveText('提交签退')

    const attendance = await call(staff, 'GET', `/api/v1/orgs/${ORG}/shifts/${shiftId}/attendance`)
    expect(attendance.items.map((a: { volunteerId: string; status: string }) => [a.volunteerId, a.status])).toEqual([[volunteerId, 'OPEN']])
    await screen.context().close()
  } finally {
    await cleanUpTestActivities(staff, ORG, volunteerId)
  }
})

test('without location permission the phone says how to allow it', async ({ page, context }) => {
  const staff = await token('staff@sunshine.demo')
  const volunteerId = await volunteerIdByName(staff, ORG, VOLUNTEER_NAME)
  await cleanUpTestActivities(staff, ORG, volunteerId)
  const { shiftId } = await publishedActivityWithShift(staff, ORG, `${TEST_TITLE_PREFIX}定位 ${suffix()}`, 20)
  try {
    await context.clearPermissions()
    await login(page, `/m/orgs/${ORG}/shifts/${shiftId}/checkin`, VOLUNTEER)
    await page.getByTestId('checkin-code').locator('input').fill('123456')
    await page.getByTestId('checkin-submit').click()
    await expect(page.getByTestId('checkin-error')).toContainText('定位权限被拒绝')
    await screenshot(page, 'mobile-checkin-location-denied-zh-CN')
    await expectAccessible(page)
  } finally {
    await cleanUpTestActivities(staff, ORG, volunteerId)
  }
})

test('the phone camera reads the QR code of the venue screen and checks in', async ({ baseURL }) => {
  const staff = await token('staff@sunshine.demo')
  const volunteerId = await volunteerIdByName(staff, ORG, VOLUNTEER_NAME)
  await cleanUpTestActivities(staff, ORG, volunteerId)
  const { shiftId } = await publishedActivityWithShift(staff, ORG, `${TEST_TITLE_PREFIX}扫码 ${suffix()}`, 20)
  await call(staff, 'POST', `/api/v1/orgs/${ORG}/shifts/${shiftId}/signups`, { volunteerId })
  // The camera films the venue screen: Chromium's fake camera plays a video of its current QR code.
  const shown = await call(staff, 'GET', `/api/v1/orgs/${ORG}/shifts/${shiftId}/attendance/code`)
  mkdirSync('target', { recursive: true })
  const video = `${process.cwd()}/target/venue-qr.y4m`
  qrVideo(video, shown.qrPayload)
  const phone = await chromium.launch({
    executablePath: process.env.LINLI_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  })
  try {
    const context = await phone.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      geolocation: NEAR_VENUE,
      permissions: ['geolocation', 'camera'],
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await login(page, '/m/checkin', VOLUNTEER)
    await page.getByTestId('scan-start').click()
    await expect(page.getByTestId('checkin-result')).toContainText('签到成功')
    await screenshot(page, 'mobile-checkin-scanned-zh-CN')
    expect(errors).toEqual([])
    const attendance = await call(staff, 'GET', `/api/v1/orgs/${ORG}/shifts/${shiftId}/attendance`)
    expect(attendance.items.map((a: { volunteerId: string; method: string }) => [a.volunteerId, a.method])).toEqual([[volunteerId, 'CODE']])
  } finally {
    await phone.close()
    await cleanUpTestActivities(staff, ORG, volunteerId)
  }
})
