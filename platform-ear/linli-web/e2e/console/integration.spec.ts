import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'
import { StaffApi, runSuffix } from '../support/recordsSetup'

/**
 * The civil-affairs exchange as staff see it: the national volunteer system refuses one approved
 * record (the simulator answers 422 once), the record waits as a dead letter with the receiver's
 * error, and staff send it again: it arrives under the same event id.
 */
const simulator = () => {
  const url = process.env.LINLI_TEST_SIM_URL
  if (!url) throw new Error('LINLI_TEST_SIM_URL is not set: run through liberty-config/bin/linli test')
  return url
}

test('staff see a refused record as a dead letter and send it again', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
  const activity = `民政对接测试${runSuffix()}`
  const refuse = await request.post(`${simulator()}/control/failure?tenant=${SUNSHINE}&status=422&times=1`)
  expect(refuse.status()).toBe(204)
  const volunteerId = await staff.volunteerId(SUNSHINE, '刘芳')
  const { id } = await staff.enterHours(SUNSHINE, volunteerId, activity, 90, [60, 120])
  const review = await staff.post(`/api/v1/orgs/${SUNSHINE}/service-records/review`, { recordIds: [id], decision: 'APPROVE' })
  expect(review.status).toBe(200)
  await expect
    .poll(
      async () => {
        const page = await staff.get<{ items: { payload: string }[] }>(`/api/v1/orgs/${SUNSHINE}/integration/dead-letters?status=OPEN`)
        return page.items.some((d) => d.payload.includes(id))
      },
      { timeout: 60_000 },
    )
    .toBe(true)

  await login(page, `/orgs/${SUNSHINE}/integration`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '民政数据对接' })).toBeVisible()
  const flow = page.getByTestId('integration-flow')
  await expect(flow).toContainText('服务记录 → 全国志愿服务信息系统')
  await expect(flow).toContainText('已接通')
  const row = page.getByTestId('dead-letters').locator('tr', { hasText: activity })
  await expect(row).toContainText('刘芳')
  await expect(row).toContainText('1.50 h')
  await expect(row.getByTestId('dead-letter-error')).toContainText('HTTP 422')
  await expect(row.getByTestId('dead-letter-status')).toHaveText('待处理')
  await expect(row).not.toContainText(/\d{17}[\dX]/)
  await screenshot(page, 'console-integration-dead-letters-zh-CN')

  await row.getByTestId('replay').click()
  await expect(page.getByTestId('integration-notice')).toContainText('已重新排队')
  await expect(page.getByTestId('dead-letters').locator('tr', { hasText: activity })).toHaveCount(0)
  await expect
    .poll(
      async () => {
        const answer = await request.get(`${simulator()}/control/received?recordId=${id}`)
        return ((await answer.json()) as unknown[]).length
      },
      { timeout: 60_000 },
    )
    .toBe(1)
  await page.getByTestId('dead-letter-filter').getByText('已重发').click()
  const replayed = page.getByTestId('dead-letters').locator('tr', { hasText: activity })
  await expect(replayed.getByTestId('dead-letter-status')).toHaveText('已重发')
  await expect(replayed).toContainText('staff')
  await screenshot(page, 'console-integration-replayed-zh-CN')
})
