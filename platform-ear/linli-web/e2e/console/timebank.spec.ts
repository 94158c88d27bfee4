import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'

/** 时间银行 in the console: a service request from request to confirmation, and the staff pages. */

test('staff request a service for a volunteer, assign a provider and confirm the hours', async ({ page }) => {
  const description = `e2e 上门理发 ${Date.now()}`
  await login(page, `/orgs/${SUNSHINE}/timebank/requests`, 'staff@sunshine.demo')
  await expect(page.getByRole('heading', { name: '服务申请' })).toBeVisible()

  await page.getByTestId('new-request').click()
  const dialog = page.getByRole('dialog', { name: '代为申请服务' })
  // The picker searches on the server: type part of the name.
  await dialog.getByRole('combobox').first().click()
  await dialog.getByRole('combobox').first().fill('刘芳')
  await page.getByRole('option', { name: /刘芳/ }).click()
  await expect(dialog).toContainText('可用时间')
  await dialog.getByRole('textbox', { name: '服务类别' }).fill('助老')
  await dialog.getByRole('textbox', { name: '服务内容' }).fill(description)
  await dialog.getByRole('textbox', { name: '冻结小时数' }).fill('0.05')
  await dialog.getByRole('button', { name: '提交申请' }).click()

  const row = page.getByTestId('requests-table').locator('tr', { hasText: description })
  await expect(row).toContainText('待安排')
  await expect(row).toContainText('刘芳')
  await row.getByRole('button', { name: '安排' }).click()
  const assign = page.getByRole('dialog', { name: '安排服务志愿者' })
  await assign.getByRole('combobox').click()
  await assign.getByRole('combobox').fill('张伟')
  await page.getByRole('option', { name: /张伟/ }).click()
  await assign.getByRole('button', { name: '安排' }).click()

  await page.locator('.el-radio-button', { hasText: '已安排' }).click()
  const assigned = page.getByTestId('requests-table').locator('tr', { hasText: description })
  await expect(assigned).toContainText('张伟')
  await assigned.getByRole('button', { name: '确认完成' }).click()
  await page.getByRole('dialog', { name: '确认服务完成' }).getByRole('button', { name: '确认完成' }).click()
  await page.locator('.el-message-box').getByRole('button', { name: '确认完成' }).click()
  await expect(page.getByText(/已结算：服务者获得 0\.05 小时/)).toBeVisible()
  await screenshot(page, 'console-timebank-requests-zh-CN')
})

test('staff see beneficiaries, the pool, clearing and this month\u2019s statement', async ({ page }) => {
  await login(page, `/orgs/${SUNSHINE}/timebank/beneficiaries`, 'admin@sunshine.demo')
  await expect(page.getByTestId('beneficiaries-table')).toContainText('张建国')
  await expect(page.getByTestId('beneficiaries-table')).toContainText('张伟')
  await screenshot(page, 'console-timebank-beneficiaries-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/timebank/pool`)
  await expect(page.getByTestId('pool-balance')).toBeVisible()
  await screenshot(page, 'console-timebank-pool-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/timebank/clearing`)
  await expect(page.getByTestId('agreements-table')).toContainText('heart-assoc')
  await expect(page.getByTestId('agreements-table')).toContainText('生效中')
  await screenshot(page, 'console-timebank-clearing-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/timebank/statements`)
  await expect(page.getByTestId('statement-heart-assoc')).toContainText('本机构应付')
  await screenshot(page, 'console-timebank-statements-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/timebank/rules`)
  await expect(page.getByTestId('rules-in-force')).toContainText('60 周岁')
  await screenshot(page, 'console-timebank-rules-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/timebank/dormancy`)
  await expect(page.getByRole('heading', { name: '休眠提醒' })).toBeVisible()
})
