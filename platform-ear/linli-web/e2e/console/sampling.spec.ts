import type { Page } from '@playwright/test'
import { test, expect, login, screenshot } from '../support/fixtures'
import { BUYER, BUYER_ADMIN, PROVIDER, PROVIDER_STAFF } from '../support/purchase'
import { contractWithADeliveredMonth } from '../support/purchaseMonth'

/**
 * 抽检与整改 (issue 20, part B) in the console. The demo's settled month has a 30 % sample with one
 * 不合格 order whose rectification the provider has answered: the buyer reads it and verifies the
 * draw from its seed (nothing changed, so the spec can run again). Then, on a contract of the
 * spec's own (other specs add contracts and samples to gulou-mz), the buyer draws a month's sample,
 * finds the order 不合格 and sends a rectification request; the provider's staff answer it on their
 * side; in English the buyer sees the answer and accepts the rectification, which makes the
 * order's result 合格 with the first check kept.
 */
const chinaToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
const thisMonth = () => chinaToday().slice(0, 7)
function lastMonth(): string {
  const [y, m] = thisMonth().split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The dialog's fade-in has ended (a screenshot in between shows it half transparent). */
async function dialogOpened(page: Page) {
  await page.waitForFunction(() => document.querySelector('[class*="dialog-fade-enter"]') === null)
}

/** Chooses the contract whose number starts with `number` in the page's contract select. */
async function chooseContract(page: Page, number: string) {
  await page.getByTestId('contract-select').click()
  await page.getByRole('option', { name: new RegExp(`^${number}`) }).click()
}

test('the buyer samples a month, records 不合格, and the provider answers the rectification', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000)
  const own = await contractWithADeliveredMonth('E2E-CJ')

  await login(page, `/orgs/${BUYER}/sampling`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '抽检与整改' })).toBeVisible()
  // The demo's sample of its settled month, read only.
  await chooseContract(page, 'GLMZ-JJYL')
  await expect(page.getByTestId('sample-month')).toHaveText(lastMonth())
  await expect(page.getByTestId('sample-rate')).toHaveText('30%')
  await expect(page.getByTestId('sample-population')).toHaveText('6')
  await expect(page.getByTestId('sample-size')).toHaveText('2')
  await expect(page.getByTestId('sample-seed')).toHaveText(/^[0-9a-f]{16}$/)
  const sampled = page.getByTestId('sampled-table')
  await expect(sampled.getByTestId('result').filter({ hasText: '不合格' })).toHaveCount(1)
  await page.getByTestId('verify').click()
  await expect(page.getByTestId('verified')).toHaveText('复核一致: 用保存的种子重新抽取, 结果与原样本相同')
  const rects = page.getByTestId('rectifications-table')
  const answered = rects.locator('tbody tr').filter({ hasText: '请补齐该次服务的签到签退' })
  await expect(answered.getByTestId('rect-answer')).toContainText('重新上门服务一次')
  await screenshot(page, 'console-sampling-buyer-zh-CN')

  // The spec's own contract: its month's sample (one order, so it is drawn), found 不合格.
  await chooseContract(page, own.number)
  await expect(page.getByTestId('no-sample')).toBeVisible()
  await page.getByTestId('month').fill(own.month)
  await page.getByTestId('draw').click()
  await expect(page.getByTestId('notice')).toContainText(`已抽取 ${own.month} 的样本`)
  await expect(page.getByTestId('sample-month')).toHaveText(own.month)
  const first = sampled.locator('tbody tr').first()
  await expect(sampled.locator('tbody tr')).toHaveCount(1)
  await expect(first.getByTestId('result')).toHaveText('未检查')
  await first.getByTestId('check-failed').click()
  await page.getByTestId('check-note').fill('回访: 服务对象表示当天无人上门')
  await page.getByTestId('confirm-check').click()
  await expect(page.getByTestId('notice')).toHaveText('已记录: 不合格')
  await expect(first.getByTestId('result')).toHaveText('不合格')
  // A change of result needs a reason: the dialog will not send without one.
  await first.getByTestId('check-passed').click()
  await expect(page.getByTestId('confirm-check')).toBeDisabled()
  await page.getByTestId('check-dialog').getByRole('button', { name: '取消' }).click()
  const request = `e2e 补做一次上门服务 ${Date.now().toString(36)}`
  await first.getByTestId('issue').click()
  await page.getByTestId('issue-request').fill(request)
  await expect(page.getByTestId('issue-deadline')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await dialogOpened(page)
  await screenshot(page, 'console-sampling-issue-zh-CN')
  await page.getByTestId('confirm-issue').click()
  await expect(page.getByTestId('notice')).toHaveText('整改通知已发给承接方')
  await expect(rects.locator('tbody tr').filter({ hasText: request }).getByTestId('rect-status')).toHaveText('待答复')

  const context = await browser.newContext({ baseURL })
  try {
    const provider = await context.newPage()
    await login(provider, `/orgs/${PROVIDER}/sampling`, PROVIDER_STAFF)
    await chooseContract(provider, own.number)
    await expect(provider.getByTestId('provider-hint')).toHaveText('购买方抽检后发出的整改通知在此答复')
    await expect(provider.getByTestId('sampled-table')).toHaveCount(0)
    const open = provider.getByTestId('rectifications-table').locator('tbody tr').filter({ hasText: request })
    await expect(open.getByTestId('rect-status')).toHaveText('待答复')
    await open.getByTestId('answer').click()
    await expect(provider.getByTestId('answer-request')).toHaveText(request)
    await expect(provider.getByTestId('confirm-answer')).toBeDisabled()
    await provider.getByTestId('answer-text').fill('已于次日补做上门服务, 服务对象签字确认')
    await dialogOpened(provider)
    await screenshot(provider, 'console-sampling-provider-answer-zh-CN')
    await provider.getByTestId('confirm-answer').click()
    await expect(provider.getByTestId('notice')).toHaveText('已答复')
    await expect(open.getByTestId('rect-status')).toHaveText('已答复')
    await expect(open.getByTestId('answer')).toHaveCount(0)
    await screenshot(provider, 'console-sampling-provider-zh-CN')
  } finally {
    await context.close()
  }

  const english = await browser.newContext({ baseURL })
  try {
    const en = await english.newPage()
    await en.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(en, `/orgs/${BUYER}/sampling`, BUYER_ADMIN)
    await expect(en.getByRole('heading', { name: 'Sampling and rectification' })).toBeVisible()
    await chooseContract(en, own.number)
    await expect(en.getByTestId('sample-month')).toHaveText(own.month)
    const row = en.getByTestId('rectifications-table').locator('tbody tr').filter({ hasText: request })
    await expect(row.getByTestId('rect-status')).toHaveText('Answered')
    await expect(row.getByTestId('rect-answer')).toHaveText('已于次日补做上门服务, 服务对象签字确认')
    const mine = en.getByTestId('sampled-table').locator('tbody tr').first()
    await expect(mine.getByTestId('result')).toHaveText('Failed')
    await screenshot(en, 'console-sampling-buyer-en')
    // Accepting the rectification makes it the order's new result; the first check is kept.
    await row.getByTestId('close-passed').click()
    await expect(row.getByTestId('rect-status')).toHaveText('Accepted')
    await expect(mine.getByTestId('result')).toHaveText('Passed')
    await expect(mine.getByTestId('check-entry')).toHaveCount(2)
  } finally {
    await english.close()
  }
})
