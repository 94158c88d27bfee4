import type { Page } from '@playwright/test'
import { test, expect, login, rowPagingOn, screenshot, platformAdminPassword } from '../support/fixtures'
import { idCheckCharacter } from '../../src/shared/validation/identity'
import { creditCodeCheckCharacter } from '../../src/shared/validation/uscc'

/**
 * The administration screens of the console: organization settings (ETag flow), members and
 * roles, the audit log with its verification, the platform admin's organizations and ledger
 * invariants, and the government buyer's landing page. Each run makes its own member and
 * organization (unique names), and puts the demo organization's settings back as they were.
 */
const ORG = 'sunshine-sw'
const run = Date.now().toString(36)
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')

/** A valid resident ID number nobody else has (random birth date and sequence). */
function newIdNumber(): string {
  const year = 1960 + Math.floor(Math.random() * 40)
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const first17 = `320106${year}${month}${day}${digits(3)}`
  return first17 + idCheckCharacter(first17)
}

const newPhone = () => `139${digits(8)}`

/**
 * The browser logs an API answer it expected to fail (here the 412 of a stale save) as a console
 * error; the test takes those entries off the fixture's list after checking they are there.
 */
function acknowledgeHttpError(appErrors: string[], status: number) {
  const expected = appErrors.filter((e) => e.includes(`status of ${status}`))
  expect(expected.length, `a ${status} answer in the console`).toBeGreaterThan(0)
  for (const e of expected) appErrors.splice(appErrors.indexOf(e), 1)
}

/** Opens the audit log from the menu, loads it to the newest record, and verifies the chain. */
async function auditShows(page: Page, actions: string[], shot?: string) {
  await page.getByRole('menuitem', { name: '审计日志' }).click()
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible()
  const table = page.getByTestId('audit-table')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await page.getByTestId('audit-to-end').click()
  await expect(page.getByText('没有更多了')).toBeVisible({ timeout: 60_000 })
  for (const action of actions) await expect(table).toContainText(action)
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-verification')).toContainText('哈希链完整')
  if (shot) await screenshot(page, shot)
}

const formItem = (page: Page, label: string) => page.locator('.el-form-item').filter({ has: page.locator(`label:text-is("${label}")`) })

test('an org admin changes a setting with the ETag flow; a concurrent change asks for a reload; the audit log shows it', async ({ page, context, appErrors }) => {
  await login(page, `/orgs/${ORG}/settings`, 'admin@sunshine.demo')
  await expect(page.getByRole('heading', { name: '机构设置' })).toBeVisible()
  const timezone = page.locator('input[name="timezone"]')
  await expect(timezone).not.toHaveValue('')
  const original = await timezone.inputValue()
  // Asia/Chongqing is the same clock as Asia/Shanghai: nothing else in the demo changes.
  const other = original === 'Asia/Chongqing' ? 'Asia/Shanghai' : 'Asia/Chongqing'

  const version = await page.getByTestId('settings-version').innerText()
  await timezone.fill(other)
  await page.getByTestId('settings-save').click()
  await expect(page.getByText('设置已保存')).toBeVisible()
  await expect(page.getByTestId('settings-version')).not.toHaveText(version)
  await expect(timezone).toHaveValue(other)
  await screenshot(page, 'console-settings-zh-CN')

  // A second page (same login) saves first; this page still holds the version it read.
  const second = await context.newPage()
  await second.goto(`/orgs/${ORG}/settings`)
  const secondTimezone = second.locator('input[name="timezone"]')
  await expect(secondTimezone).toHaveValue(other)
  await secondTimezone.fill(original)
  await second.getByTestId('settings-save').click()
  await expect(second.getByText('设置已保存')).toBeVisible()
  await second.close()

  await timezone.fill('Asia/Harbin')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-stale')).toContainText('设置已被他人修改，请重新加载')
  // The page shows the other person's version now.
  await expect(timezone).toHaveValue(original)
  await screenshot(page, 'console-settings-stale-zh-CN')
  acknowledgeHttpError(appErrors, 412)

  await auditShows(page, ['修改设置'])
})

test('an org admin invites a member, grants and revokes a role, views the identity and removes the member; the audit log shows it', async ({ page }) => {
  const name = `测试${run.slice(-4)}`
  const email = `e2e-${run}@members.demo`
  const idNumber = newIdNumber()
  await login(page, `/orgs/${ORG}/members`, 'admin@sunshine.demo')
  await expect(page.getByTestId('members-table')).toContainText('张伟')

  await page.getByTestId('invite').click()
  const form = page.getByTestId('invite-form')
  await form.locator('input[name="name"]').fill(name)
  // The form checks the ID number as the API does before sending.
  await form.locator('input[name="idNumber"]').fill(idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1'))
  await form.locator('input[name="phone"]').fill(newPhone())
  await form.locator('input[name="email"]').fill(email)
  await page.getByTestId('invite-submit').click()
  await expect(form).toContainText('身份证号码校验位错误')
  await form.locator('input[name="idNumber"]').fill(idNumber)
  await page.getByTestId('invite-submit').click()
  await expect(page.getByText(`已邀请 ${name}`)).toBeVisible()
  const roles = page.getByTestId(`roles-${email}`)
  await expect(roles).toHaveText('志愿者')

  await page.getByTestId(`grant-${email}`).click()
  await page.getByRole('menuitem', { name: '工作人员' }).click()
  await expect(roles).toContainText('工作人员')
  await expect(page.getByText(`已授予 ${name}「工作人员」角色`)).toBeVisible()
  await screenshot(page, 'console-members-manage-zh-CN')

  // Revoking asks first; "cancel" keeps the role.
  await roles.locator('.el-tag', { hasText: '工作人员' }).locator('.el-tag__close').click()
  const box = page.locator('.el-message-box')
  await expect(box).toContainText(`确定撤销 ${name} 的「工作人员」角色吗？`)
  await box.getByRole('button', { name: '取消' }).click()
  await expect(roles).toContainText('工作人员')
  await roles.locator('.el-tag', { hasText: '工作人员' }).locator('.el-tag__close').click()
  await box.getByRole('button', { name: '撤销' }).click()
  await expect(roles).toHaveText('志愿者')

  await page.getByTestId(`identity-${email}`).click()
  await expect(page.getByTestId('identity')).toContainText(idNumber)
  await page.getByRole('button', { name: '关闭', exact: true }).click()

  await page.getByTestId(`remove-${email}`).click()
  await expect(box).toContainText(`确定将 ${name} 移出本机构吗？`)
  await box.getByRole('button', { name: '移除' }).click()
  await expect(page.getByText(`已移除 ${name}`)).toBeVisible()
  await expect(page.getByTestId(`remove-${email}`)).toHaveCount(0)

  await auditShows(page, ['添加成员', '授予角色', '撤销角色', '查看身份信息', '移除成员'], 'console-audit-zh-CN')
})

test('the platform admin registers an organization (a bad credit code is refused in the form), suspends and reactivates it', async ({ page }) => {
  const code = `e2e-${run}`
  const orgName = `南京市鼓楼区测试服务中心${run.slice(-4)}`
  const first17 = `52320106${digits(9)}`
  const creditCode = first17 + creditCodeCheckCharacter(first17)
  const badCheck = creditCode[17] === '0' ? '1' : '0'
  const requests: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/v1/platform/orgs')) requests.push(r.url())
  })

  await login(page, '/platform/orgs', 'platform.admin', platformAdminPassword())
  // Organizations list by code, a page at a time: the suite's own organizations come first.
  await rowPagingOn(page, 'orgs-table', '南京市鼓楼区阳光社会工作服务中心')
  await page.getByTestId('register-org').click()
  const form = page.getByTestId('register-form')
  await form.locator('input[name="name"]').fill(orgName)
  await form.locator('input[name="code"]').fill(code)
  await form.locator('input[name="creditCode"]').fill(creditCode.slice(0, 17) + badCheck)
  await form.locator('input[name="regionCode"]').fill('320106')
  await form.locator('input[name="contactName"]').fill('李明')
  await form.locator('input[name="contactPhone"]').fill(newPhone())
  await form.locator('input[name="contactEmail"]').fill(`contact-${run}@org.demo`)
  await form.locator('input[name="adminName"]').fill('李明')
  await form.locator('input[name="adminIdNumber"]').fill(newIdNumber())
  await form.locator('input[name="adminPhone"]').fill(newPhone())
  await form.locator('input[name="adminEmail"]').fill(`admin-${run}@org.demo`)
  await page.getByTestId('register-submit').click()
  await expect(formItem(page, '统一社会信用代码').locator('.el-form-item__error')).toHaveText('统一社会信用代码校验位错误，请核对')
  await screenshot(page, 'console-platform-register-bad-uscc-zh-CN')
  expect(requests, 'nothing sent with a bad credit code').toEqual([])

  await form.locator('input[name="creditCode"]').fill(creditCode.toLowerCase())
  await form.locator('input[name="creditCode"]').blur()
  await expect(formItem(page, '统一社会信用代码').locator('.el-form-item__error')).toHaveCount(0)
  await page.getByTestId('register-submit').click()
  await expect(page.getByText(`已登记 ${orgName}`)).toBeVisible()
  const table = page.getByTestId('orgs-table')
  const row = table.locator('tr', { hasText: code })
  await expect(row).toContainText(creditCode)
  await expect(row).toContainText('正常')

  await page.getByTestId(`status-${code}`).click()
  const dialog = page.getByTestId('status-dialog')
  await expect(dialog).toContainText(`确定暂停“${orgName}”吗？`)
  await dialog.locator('textarea[name="reason"]').fill('e2e：年检未通过')
  await screenshot(page, 'console-platform-suspend-zh-CN')
  await page.getByTestId('status-submit').click()
  await expect(page.getByText(`已暂停 ${orgName}`)).toBeVisible()
  await expect(row).toContainText('已暂停')

  await page.getByTestId(`status-${code}`).click()
  await expect(dialog).toContainText(`确定恢复“${orgName}”吗？`)
  await page.getByTestId('status-submit').click()
  await expect(page.getByText(`已恢复 ${orgName}`)).toBeVisible()
  await expect(row).toContainText('正常')
  await screenshot(page, 'console-platform-orgs-manage-zh-CN')

  await page.getByRole('menuitem', { name: '账本不变量' }).click()
  await expect(page.getByTestId('invariants-summary')).toContainText('全部组织的账本不变量均成立')
  await expect(page.getByTestId('invariants-table')).toContainText(ORG)
  await screenshot(page, 'console-platform-ledger-zh-CN')
})

test("a government buyer's auditor sees the buyer landing page, not volunteer menus", async ({ page }) => {
  await login(page, '/', 'auditor@gulou-mz.demo')
  await expect(page).toHaveURL(/\/orgs\/gulou-mz$/)
  const landing = page.getByTestId('buyer-landing')
  await expect(landing).toContainText('政府购买方工作台')
  await expect(landing).toContainText('合同')
  await expect(page.getByRole('menuitem', { name: '审计日志' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '成员与角色' })).toHaveCount(0)
  await screenshot(page, 'console-buyer-landing-zh-CN')
  await page.locator('.shortcut', { hasText: '审计日志' }).click()
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible()
})
