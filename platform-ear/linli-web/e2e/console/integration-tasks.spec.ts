import { createHmac } from 'node:crypto'
import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'
import { BUYER } from '../support/purchase'
import { StaffApi, residentIdNumbers, runSuffix } from '../support/recordsSetup'

/**
 * 待办 as staff see it: the province gateway sends the demo buyer a death notice naming a person
 * who volunteers for sunshine-sw and holds time in its bank. The platform moves no time by itself
 * (the deceased-holder rule): sunshine-sw's integration page lists a task with the person (ID
 * masked), the date of death and the time held; a staff member marks it done with a note of what
 * was done, and the list shows it done, by whom. In Chinese, then the done task in English.
 */
function gatewaySecret(): string {
  const value = process.env.LINLI_INTEGRATION_GATEWAY_SECRET
  if (!value) throw new Error('LINLI_INTEGRATION_GATEWAY_SECRET is not set: run through liberty-config/bin/linli test')
  return value
}

const STAFF = 'staff@sunshine.demo'
const chinaDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** A Chinese name no earlier run used (the run's suffix spelled in characters). */
function uniqueName(): string {
  const characters = '安柏长春丹芳刚海华佳建娟康丽林梅敏宁平琴荣霞秀燕毅英玉泽珍志'
  const suffix = runSuffix()
  let name = '郑'
  for (let i = 0; i < 3; i++) name += characters[(suffix.charCodeAt(i) * 7 + suffix.charCodeAt(i + 3)) % characters.length]
  return name
}

test('staff see a deceased volunteer\'s time as a task, mark it done with a note, and see it done', async ({ page, request, baseURL }) => {
  const staff = await StaffApi.as(request, baseURL!, STAFF)
  const name = uniqueName()
  const { valid: idNumber } = residentIdNumbers()
  const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

  // A volunteer of sunshine-sw with 1.5 hours approved, so deposited in the time bank.
  const registered = await staff.post(`/api/v1/orgs/${SUNSHINE}/volunteers`, {
    name,
    idNumber,
    phone: phone(),
    regionCode: '320106',
    skills: [],
    serviceCategories: ['助老'],
    emergencyContact: { name: '家属', phone: phone(), relation: '配偶' },
    privacyConsent: true,
    privacyNoticeVersion: '2026-01',
  })
  expect(registered.status, JSON.stringify(registered.json)).toBe(201)
  const volunteerId = registered.json.id as string
  expect((await staff.post(`/api/v1/orgs/${SUNSHINE}/volunteers/${volunteerId}/status`, { status: 'ACTIVE' })).status).toBe(200)
  const { id: recordId } = await staff.enterHours(SUNSHINE, volunteerId, `待办测试${runSuffix()}`, 90, [2, 20])
  const approved = await staff.post(`/api/v1/orgs/${SUNSHINE}/service-records/review`, { recordIds: [recordId], decision: 'APPROVE' })
  expect(approved.status, JSON.stringify(approved.json)).toBe(200)
  const account = await staff.get<{ balanceHours: string; donateOnlyHours?: string }>(`/api/v1/orgs/${SUNSHINE}/volunteers/${volunteerId}/time-account`)
  const held = (Number(account.balanceHours) + Number(account.donateOnlyHours ?? 0)).toFixed(2)
  expect(Number(held)).toBeGreaterThan(0)

  // The province gateway's signed death notice, sent to the buyer that receives civil-affairs lists.
  const died = chinaDay(-1)
  const body = JSON.stringify({ type: 'DEATH', notices: [{ idNumber, name, dateOfDeath: died }] })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = createHmac('sha256', gatewaySecret()).update(`${timestamp}\n`).update(body).digest('hex')
  const pushed = await request.post(`${baseURL}/api/v1/gateway/orgs/${BUYER}/messages`, {
    headers: { 'Content-Type': 'application/json', 'X-Linli-Timestamp': timestamp, 'X-Linli-Signature': signature },
    data: body,
  })
  expect(pushed.status(), await pushed.text()).toBe(201)

  await login(page, `/orgs/${SUNSHINE}/integration`, STAFF)
  const tasks = page.getByTestId('staff-tasks')
  await expect(tasks.getByRole('heading', { name: '待办' })).toBeVisible()
  const row = tasks.locator('tbody tr', { hasText: name })
  await expect(row.getByTestId('task-person')).toContainText(name)
  await expect(row.getByTestId('task-person')).toContainText('*')
  await expect(row).not.toContainText(idNumber)
  await expect(row).toContainText('身故志愿者的时间余额')
  await expect(row).toContainText(`${died} 身故`)
  await expect(row).toContainText(`${held} 小时`)
  await expect(row).toContainText('待处理')
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'console-integration-task-open-zh-CN')

  // Marking it done asks what was done; the button stays off until a note is written.
  await row.getByTestId('resolve-task').click()
  const dialog = page.locator('.el-dialog', { hasText: '标记待办完成' })
  await expect(dialog).toContainText('标记完成不会转移任何时间')
  await expect(dialog.getByTestId('confirm-resolve')).toBeDisabled()
  const note = `已按身故持有人规则结算给继承人，证明编号 SG-${runSuffix()}`
  await dialog.getByTestId('task-note').fill(note)
  await dialog.getByTestId('confirm-resolve').click()
  await expect(tasks.locator('.el-alert--success')).toContainText(`${name} 的待办已完成。`)
  await expect(tasks.locator('tbody tr', { hasText: name })).toHaveCount(0)

  await tasks.locator('.filter').getByText('已完成').click()
  const done = tasks.locator('tbody tr', { hasText: name })
  await expect(done).toContainText('已完成')
  await expect(done).toContainText(note)
  await expect(done).toContainText('staff')
  await expect(done.getByTestId('resolve-task')).toHaveCount(0)
  await done.scrollIntoViewIfNeeded()
  await screenshot(page, 'console-integration-task-done-zh-CN')

  // The API says the same: the task is DONE with the note and who did it.
  const api = await staff.get<{ items: { name: string; status: string; note: string; resolvedBy: string }[] }>(
    `/api/v1/orgs/${SUNSHINE}/integration/tasks?status=DONE&limit=100`,
  )
  const stored = api.items.find((t) => t.name === name)
  expect(stored?.status).toBe('DONE')
  expect(stored?.note).toBe(note)

  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(tasks.getByRole('heading', { name: 'To do (待办)' })).toBeVisible()
  const doneEn = tasks.locator('tbody tr', { hasText: name })
  await expect(doneEn).toContainText("Deceased volunteer's time balance")
  await expect(doneEn).toContainText(`Died on ${died}`)
  await expect(doneEn).toContainText('Done')
  await page.getByTestId('locale-select').click()
  await page.getByRole('option', { name: '简体中文' }).click()
})
