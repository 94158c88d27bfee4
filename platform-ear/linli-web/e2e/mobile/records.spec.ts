import type { Page } from '@playwright/test'
import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import { runSuffix, StaffApi } from '../support/recordsSetup'

/**
 * Hours entered by staff are approved in the console's review queue and the volunteer sees them on
 * the phone, with a correction request that staff then answer; trainings and awards on the phone.
 * The volunteer is 周涛 of heart-assoc (张伟's totals are asserted by me.spec, so he is left alone).
 */
const HEART = 'heart-assoc'
const VOLUNTEER = 'zhou.tao@volunteer.demo'
const VOLUNTEER_NAME = '周涛'

async function confirm(page: Page) {
  const box = page.locator('.linli-confirm')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: '确定' }).click()
  await expect(box).toBeHidden()
  await expect(page.locator('.el-overlay.is-message-box').filter({ visible: true })).toHaveCount(0)
}

test('a record staff entered is approved in the console, then the volunteer sees the hours on the phone and asks for a correction', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const activity = `社区环境整治-${runSuffix()}`
  const staff = await StaffApi.as(request, baseURL!, 'staff@heart.demo')
  const volunteerId = await staff.volunteerId(HEART, VOLUNTEER_NAME)
  const { id: recordId } = await staff.enterHours(HEART, volunteerId, activity, 90)

  // Staff approve it in the console's review queue (desktop window).
  const desk = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  })
  const console_ = await desk.newPage()
  await login(console_, `/orgs/${HEART}/records`, 'staff@heart.demo')
  const row = console_.getByTestId('records-table').locator('tbody tr').filter({ hasText: activity })
  await expect(row).toContainText(VOLUNTEER_NAME)
  await expect(row).toContainText('待审核')
  await row.locator('.el-checkbox').click()
  await expect(console_.getByTestId('selected-count')).toContainText('已选 1 条')
  await screenshot(console_, 'console-review-selected-zh-CN')
  await console_.getByTestId('approve-selected').click()
  await expect(console_.locator('.linli-confirm')).toContainText('1.5 小时')
  await confirm(console_)
  await expect(console_.getByText('已批准 1 条记录')).toBeVisible()
  await expect(row).toHaveCount(0)

  // The volunteer sees the approved hours on the phone.
  await login(page, '/m/records', VOLUNTEER)
  const mine = page.getByTestId('my-record').filter({ hasText: activity })
  await expect(mine).toContainText('1.5 小时')
  await expect(mine).toContainText('已确认')
  await expect(mine).toContainText('南京市鼓楼区爱心志愿者协会')
  await screenshot(page, 'mobile-records-zh-CN')
  await expectAccessible(page)

  // ... and asks for a correction of it.
  await mine.click()
  await expect(page.getByRole('heading', { name: activity })).toBeVisible()
  await expect(page.getByTestId('record-hours')).toContainText('1.5 小时')
  await page.getByTestId('ask-correction').click()
  await page.getByTestId('correction-submit').click()
  await expect(page.getByText('请说明需要更正的内容')).toBeVisible()
  const message = `结束时间应为 11:30（${activity}）`
  await page.getByTestId('correction-message').locator('textarea').fill(message)
  await screenshot(page, 'mobile-record-correction-zh-CN')
  await expectAccessible(page)
  await page.getByTestId('correction-submit').click()
  await expect(page.getByTestId('correction-sent')).toBeVisible()

  // Staff decline the request in the console with an explanation.
  await console_.getByRole('menuitem', { name: '更正申请' }).click()
  const request_ = console_.getByTestId('requests-table').locator('tbody tr').filter({ hasText: message })
  await expect(request_).toContainText(VOLUNTEER_NAME)
  await screenshot(console_, 'console-correction-requests-zh-CN')
  await request_.getByTestId('request-decline').click()
  await console_.getByTestId('decline-resolution').fill('经核实签退记录无误')
  await console_.getByTestId('decline-submit').click()
  await confirm(console_)
  await expect(request_).toHaveCount(0)
  await console_.getByTestId('request-status').getByText('已驳回').click()
  await expect(console_.getByTestId('requests-table').locator('tbody tr').filter({ hasText: message })).toContainText('经核实签退记录无误')

  // The volunteer asks again (through the API this time) and staff correct the record as asked.
  const volunteerApi = await StaffApi.as(request, baseURL!, VOLUNTEER)
  const again = `服务内容应为“垃圾分类宣传”（${activity}）`
  const asked = await volunteerApi.post(`/api/v1/orgs/${HEART}/correction-requests`, { recordId, message: again })
  expect(asked.status).toBe(201)
  await console_.getByTestId('request-status').getByText('待处理').click()
  const open = console_.getByTestId('requests-table').locator('tbody tr').filter({ hasText: again })
  await open.getByTestId('request-correct').click()
  const dialog = console_.getByTestId('correct-dialog')
  await expect(dialog).toContainText(again)
  await expect(dialog.getByTestId('facts-activity')).toHaveValue(activity)
  await dialog.getByTestId('facts-content').fill('垃圾分类宣传')
  await dialog.getByTestId('correct-reason').fill('按志愿者申请更正服务内容')
  await dialog.getByTestId('correct-submit').click()
  await expect(console_.getByText('已更正，新记录等待审核')).toBeVisible()
  await expect(open).toHaveCount(0)
  await console_.getByTestId('request-status').getByText('已更正').click()
  await expect(console_.getByTestId('requests-table').locator('tbody tr').filter({ hasText: again })).toBeVisible()

  // The correction waits for review; approved, it replaces the original on the phone.
  await console_.getByRole('menuitem', { name: '服务记录审核' }).click()
  const correction = console_.getByTestId('records-table').locator('tbody tr').filter({ hasText: activity })
  await expect(correction).toContainText('更正记录')
  await correction.locator('.el-checkbox').click()
  await console_.getByTestId('approve-selected').click()
  await confirm(console_)
  await expect(correction).toHaveCount(0)
  await desk.close()

  await page.goto('/m/records')
  const versions = page.getByTestId('my-record').filter({ hasText: activity })
  await expect(versions).toHaveCount(2)
  await expect(versions.filter({ hasText: '已更正' })).toHaveCount(1)
  await expect(versions.filter({ hasText: '已确认' })).toHaveCount(1)
})

test('a volunteer sees trainings, awards and certificates from every organization', async ({ page, request, baseURL }) => {
  const suffix = runSuffix()
  const course = `应急救护培训-${suffix}`
  const award = `优秀志愿者-${suffix}`
  const staff = await StaffApi.as(request, baseURL!, 'staff@heart.demo')
  const volunteerId = await staff.volunteerId(HEART, VOLUNTEER_NAME)
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const training = await staff.post(`/api/v1/orgs/${HEART}/volunteers/${volunteerId}/trainings`, {
    courseName: course,
    trainingDate: today,
    hours: '2.5',
    organizer: '鼓楼区红十字会',
    content: '心肺复苏与止血包扎',
    outcome: '合格',
  })
  expect(training.status).toBe(201)
  const awarded = await staff.post(`/api/v1/orgs/${HEART}/volunteers/${volunteerId}/awards`, {
    awardName: award,
    awardDate: today,
    awardingBody: '南京市鼓楼区爱心志愿者协会',
    level: 'ORGANIZATION',
  })
  expect(awarded.status).toBe(201)

  await login(page, '/m/records?tab=trainings', VOLUNTEER)
  const trainings = page.getByTestId('my-trainings')
  await expect(trainings.locator('.van-cell', { hasText: course })).toContainText('2.5 小时')
  await expect(trainings.locator('.van-cell', { hasText: course })).toContainText('鼓楼区红十字会')
  await screenshot(page, 'mobile-trainings-zh-CN')
  await expectAccessible(page)

  await page.getByRole('tab', { name: '表彰' }).click()
  await expect(page.getByTestId('my-awards').locator('.van-cell', { hasText: award })).toContainText('机构级')
  await screenshot(page, 'mobile-awards-zh-CN')

  await page.getByRole('tab', { name: '证明' }).click()
  // Listed and downloaded in mydata.spec; here: the tab answers (a list, or how to get one).
  await expect(page.getByTestId('my-certificates')).toBeVisible()
  await expect(page.getByTestId('my-certificate').or(page.getByText('还没有服务证明'))).not.toHaveCount(0)
  await expectAccessible(page)

  // Elder mode: large text on the records page too.
  await page.getByRole('tab', { name: '服务记录' }).click()
  await page.getByTestId('elder-toggle').click()
  await expect(page.locator('html')).toHaveClass(/elder/)
  const size = await page.getByTestId('my-record').first().locator('.van-cell__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(18)
  // The title bar's placeholder is measured at load: the elder layout as a person sees it after a reload.
  await page.reload()
  await expect(page.getByTestId('my-record').first()).toBeVisible()
  await screenshot(page, 'mobile-records-elder-zh-CN')
  await expectAccessible(page)
  await page.getByTestId('elder-toggle').click()
})
