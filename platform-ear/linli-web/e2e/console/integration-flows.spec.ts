import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'
import { StaffApi, passwordToken, runSuffix } from '../support/recordsSetup'

/**
 * The outbound flows as an org admin sees them: the certificate flow's receiver is down (the
 * simulator answers 503), so an issued certificate waits in the backlog with the receiver's error;
 * the admin sets another flow's own endpoint and credential (never shown back) and switches it
 * off; when the receiver is back the backlog drains. zh-CN first, then English.
 */
const simulator = () => {
  const url = process.env.LINLI_TEST_SIM_URL
  if (!url) throw new Error('LINLI_TEST_SIM_URL is not set: run through liberty-config/bin/linli test')
  return url
}
const ADMIN = 'admin@sunshine.demo'

// FIXME (issue 20/21 closing note): the settings dialog's endpoint field is not found in the merged build (fix after merge).
test('an org admin sees the flows, their backlog and errors, and sets a flow without the credential ever showing', async ({
  page,
  request,
  baseURL,
  appErrors,
}) => {
  const down = await request.post(`${simulator()}/control/flows/failure?mode=status&status=503&flow=volunteer-certificates&tenant=${SUNSHINE}`)
  expect(down.status()).toBe(204)
  try {
    const staff = await StaffApi.as(request, baseURL!, 'staff@sunshine.demo')
    const volunteerId = await staff.volunteerId(SUNSHINE, '刘芳')
    const { id } = await staff.enterHours(SUNSHINE, volunteerId, `报送流程测试${runSuffix()}`, 60, [2, 20])
    expect((await staff.post(`/api/v1/orgs/${SUNSHINE}/service-records/review`, { recordIds: [id], decision: 'APPROVE' })).status).toBe(200)
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
    const issued = await staff.post(`/api/v1/orgs/${SUNSHINE}/volunteers/${volunteerId}/certificates`, { from, to: today, purpose: '端到端测试' })
    expect(issued.status, JSON.stringify(issued.json)).toBe(201)

    await login(page, `/orgs/${SUNSHINE}/integration`, ADMIN)
    await expect(page.getByRole('heading', { name: '报送流程' })).toBeVisible()
    const flows = page.getByTestId('outbound-flows')
    for (const name of ['服务记录 → 全国志愿服务信息系统', '捐赠票据 → 省财政电子票据平台', '合同结算 → 市养老服务平台', '居家养老服务月度统计 → 市养老服务平台']) {
      await expect(flows).toContainText(name)
    }
    const certificates = flows.locator('tr', { hasText: '志愿服务证明 → 全国志愿服务信息系统' })
    await expect(certificates.getByTestId('flow-state')).toHaveText('已接通')
    // The backlog shows once the receiver refused (the page reloads its numbers on each visit).
    await expect
      .poll(
        async () => {
          await page.reload()
          return Number(await flows.locator('tr', { hasText: '志愿服务证明' }).getByTestId('flow-backlog').innerText())
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThanOrEqual(1)
    // The receiver's answer shows with the waiting event once the relay has tried it.
    await expect
      .poll(
        async () => {
          await page.reload()
          await flows.locator('tr', { hasText: '志愿服务证明' }).getByTestId('flow-events').click()
          await expect(page.getByTestId('flow-events-title')).toHaveText('志愿服务证明 → 全国志愿服务信息系统：事件')
          await expect(page.getByTestId('flow-event-list').locator('tbody tr').first()).toBeVisible()
          return (await page.getByTestId('flow-event-list').getByTestId('flow-event-error').allInnerTexts()).join('\n')
        },
        { timeout: 60_000 },
      )
      .toContain('HTTP 503')
    await screenshot(page, 'console-integration-flows-backlog-zh-CN')

    // Settings of another flow: own endpoint and credential; the credential never comes back.
    const secret = `tok-${runSuffix()}-geheim`
    await flows.locator('tr', { hasText: '合同结算' }).getByTestId('flow-settings').click()
    await page.getByTestId('flow-endpoint').fill('https://yl.example.gov.cn/api/settlements')
    await page.getByTestId('flow-credential').fill(secret)
    await page.getByTestId('flow-save').click()
    await expect(page.getByTestId('flow-notice')).toContainText('已保存“合同结算 → 市养老服务平台”的设置。')
    const settlements = flows.locator('tr', { hasText: '合同结算' })
    await expect(settlements).toContainText('使用本机构的接收地址')
    await expect(settlements).toContainText('已保存凭据')
    await expect(page.locator('body')).not.toContainText(secret)
    await settlements.getByTestId('flow-settings').click()
    await expect(page.getByTestId('flow-credential')).toHaveValue('')
    await expect(page.getByTestId('flow-credential')).toHaveAttribute('placeholder', '已保存，留空则保留')
    await page.getByTestId('flow-enabled').click()
    await page.getByTestId('flow-save').click()
    await expect(settlements.getByTestId('flow-state')).toHaveText('已关闭（不再记录）')
    await expect(settlements).toContainText('已保存凭据')
    // A bad endpoint is refused with the reason, and nothing changes.
    await settlements.getByTestId('flow-settings').click()
    await page.getByTestId('flow-endpoint').fill('ftp://example.org/x')
    await page.getByTestId('flow-save').click()
    await expect(page.getByTestId('flow-settings-error')).toBeVisible()
    // That refusal is the API's 400, which the browser logs as a failed resource: expected here.
    appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 400')))
    await screenshot(page, 'console-integration-flow-settings-zh-CN')
    await page.keyboard.press('Escape')
  } finally {
    const up = await request.post(`${simulator()}/control/flows/reset?tenant=${SUNSHINE}`)
    expect(up.status()).toBe(204)
  }

  // The receiver is back: the backlog drains.
  const flows = page.getByTestId('outbound-flows')
  await expect
    .poll(
      async () => {
        await page.reload()
        return Number(await flows.locator('tr', { hasText: '志愿服务证明' }).getByTestId('flow-backlog').innerText())
      },
      { timeout: 90_000 },
    )
    .toBe(0)
  await flows.locator('tr', { hasText: '志愿服务证明' }).getByTestId('flow-events').click()
  await page.getByTestId('flow-event-filter').getByText('已送达').click()
  await expect(page.getByTestId('flow-event-list').locator('tbody tr').first()).toBeVisible()

  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Outbound flows' })).toBeVisible()
  await expect(flows).toContainText('Volunteer certificates → national volunteer service system')
  await expect(flows.locator('tr', { hasText: 'Contract settlements' }).getByTestId('flow-state')).toHaveText('Switched off (nothing recorded)')
  await screenshot(page, 'console-integration-flows-en')
  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: '简体中文' }).click()

  // Leave the demo organization as it was: the flow on, no own endpoint or credential.
  const token = await passwordToken(request, ADMIN)
  const restored = await request.put(`${baseURL}/api/v1/orgs/${SUNSHINE}/integration/flows/CONTRACT_SETTLEMENT/settings`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { enabled: true, credential: '' },
  })
  expect(restored.status()).toBe(200)
})
