import type { Locator } from '@playwright/test'
import { test, expect, login, screenshot } from '../support/fixtures'
import { api } from '../support/bankpoints'
import { BUYER, BUYER_ADMIN } from '../support/purchase'

interface Dashboard {
  totals: { budget: string; deliveredAmount: string; deliveredUnits: number; openFlags: number }
  months: { itemCode: string; month: string; deliveredUnits: number; plannedUnits: string | number }[]
  providers: { providerName: string; failedChecks: number; openFlags: number; deliveredAmount: string }[]
  flagsByRule: { rule: string; title: string }[]
  satisfaction: { rated: number; average: string | null }
  sampling: { coveragePercent: number | null; results: { sampled: number; passed: number; failed: number; rectify: number } }
  rectifications: { late: number }
  settlements: { amountDue: string; paid: string; budget: string }
}

/**
 * 购买服务看板: the demo buyer gulou-mz sees its figures across its contracts — the totals equal
 * what the dashboard API answers (its figures are checked against the orders in
 * PurchaseDashboardIT), the charts' legends and axes name the items, the contracts and the rules,
 * sunshine-sw heads the provider ranking, and an order drills down to its evidence with an intact
 * chain. Then the same page in English. (The sampling, rectification and settlement sections: the
 * second test below.)
 */
test('the buyer reads its purchase dashboard and drills down to an order', async ({ page, browser, baseURL }) => {
  const expected = await api<Dashboard>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/purchase-dashboard`)
  await login(page, `/orgs/${BUYER}/purchase-dashboard`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '购买服务看板' })).toBeVisible()
  await expect(page.getByTestId('total-budget')).toHaveText('600000.00')
  await expect(page.getByTestId('total-delivered')).toHaveText(expected.totals.deliveredAmount)
  await expect(page.getByTestId('total-units')).toHaveText(String(expected.totals.deliveredUnits))
  await expect(page.getByTestId('total-open-flags')).toHaveText(String(expected.totals.openFlags))
  expect(expected.totals.deliveredUnits).toBeGreaterThan(0)

  // Charts drawn as SVG: their legends and axis labels are text a person reads.
  const delivery = page.getByTestId('chart-delivery')
  await expect(delivery).toContainText('助餐 · 已交付')
  await expect(delivery).toContainText('助餐 · 合同计划')
  // The plan (hundreds a month) has its own axis on the right, so the delivered bars keep a
  // scale of their own on the left instead of being flattened under the plan line.
  await expect(delivery).toContainText('交付数量')
  await expect(delivery).toContainText('计划数量')
  const perMonth = (field: 'deliveredUnits' | 'plannedUnits') => {
    const sums = new Map<string, number>()
    for (const m of expected.months) sums.set(`${m.itemCode} ${m.month}`, (sums.get(`${m.itemCode} ${m.month}`) ?? 0) + Number(m[field]))
    return Math.max(0, ...sums.values())
  }
  const [mostDelivered, mostPlanned] = [perMonth('deliveredUnits'), perMonth('plannedUnits')]
  const axes = await axisMaxima(delivery)
  expect(axes.left).toBeGreaterThanOrEqual(mostDelivered)
  expect(axes.right).toBeGreaterThanOrEqual(mostPlanned)
  if (mostPlanned > 2 * mostDelivered) expect(axes.left).toBeLessThan(mostPlanned)
  const amount = page.getByTestId('chart-amount')
  await expect(amount).toContainText('预算')
  await expect(amount).toContainText('已交付金额')
  await expect(amount).toContainText('GLMZ-JJYL')
  const flags = page.getByTestId('chart-flags')
  await expect(flags).toContainText('待处理')
  for (const r of expected.flagsByRule) await expect(flags).toContainText(r.title)
  await expect(flags).toContainText('重复照片')
  await expect(page.getByTestId('chart-satisfaction')).toContainText('5 分')
  await expect(page.getByTestId('satisfaction-average')).toHaveText(`平均 ${expected.satisfaction.average} 分, 共 ${expected.satisfaction.rated} 单`)

  const first = page.getByTestId('ranking-table').locator('tbody tr').first()
  await expect(first).toContainText('阳光社会工作服务中心')
  await expect(first.getByTestId('rank-open-flags')).toHaveText(String(expected.providers[0].openFlags))
  await expect(first.getByTestId('rank-amount')).toHaveText(expected.providers[0].deliveredAmount)
  await screenshot(page, 'console-purchase-dashboard-zh-CN')

  // Drill down: a completed (rated) order of the demo contract, its evidence and the chain check.
  await page.getByTestId('orders-contract').click()
  await page.getByRole('option', { name: /GLMZ-JJYL/ }).click()
  const rated = page.getByTestId('orders-table').locator('tr', { hasText: '已评价' }).first()
  await rated.getByTestId('open-order').click()
  const drill = page.getByTestId('order-drill')
  await expect(drill.getByTestId('chain')).toContainText('证据链完整')
  await expect(drill.getByTestId('drill-status')).toHaveText('已评价')
  const evidence = drill.getByTestId('evidence-table')
  await expect(evidence).toContainText('签到')
  await expect(evidence).toContainText('签退')
  await expect(evidence).toContainText('回访')
  await page.waitForFunction(() => document.querySelector('[class*="drawer-fade-enter"], [class*="rtl-enter"]') === null)
  await screenshot(page, 'console-purchase-dashboard-drill-zh-CN')

  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(english, `/orgs/${BUYER}/purchase-dashboard`, BUYER_ADMIN)
    await expect(english.getByRole('heading', { name: 'Service purchase dashboard' })).toBeVisible()
    await expect(english.getByTestId('chart-delivery')).toContainText('Delivered')
    await expect(english.getByTestId('chart-delivery')).toContainText('Contracted plan')
    await expect(english.getByTestId('chart-delivery')).toContainText('Units delivered')
    await expect(english.getByTestId('chart-delivery')).toContainText('Units planned')
    await expect(english.getByTestId('chart-amount')).toContainText('Budget')
    await expect(english.getByTestId('chart-flags')).toContainText('Duplicate photo')
    await expect(english.getByTestId('ranking-table')).toContainText('Open flags')
    await expect(english.getByTestId('total-budget')).toHaveText('600000.00')
    await screenshot(english, 'console-purchase-dashboard-en')
  } finally {
    await context.close()
  }
})

/**
 * The sections added in branch dash2 (抽查 coverage and results, 逾期整改, settlements against the
 * budget, ranking by failed checks), against the figures the API gives the same buyer.
 */
test('the buyer reads sampling, rectification and settlement figures and the failed-checks ranking', async ({ page, browser, baseURL }) => {
  const expected = await api<Dashboard>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/purchase-dashboard`)
  await login(page, `/orgs/${BUYER}/purchase-dashboard`, BUYER_ADMIN)
  await expect(page.getByRole('heading', { name: '购买服务看板' })).toBeVisible()
  const first = page.getByTestId('ranking-table').locator('tbody tr').first()
  const amount = page.getByTestId('chart-amount')
  await expect(first.getByTestId('rank-failed-checks')).toHaveText(String(expected.providers[0].failedChecks))

  // Sampling, rectifications and settlements: the demo's sample with its one 不合格, the settled month.
  expect(expected.sampling.results.failed).toBeGreaterThanOrEqual(1)
  await expect(page.getByTestId('sampling-sampled')).toHaveText(String(expected.sampling.results.sampled))
  await expect(page.getByTestId('sampling-passed')).toHaveText(String(expected.sampling.results.passed))
  await expect(page.getByTestId('sampling-failed')).toHaveText(String(expected.sampling.results.failed))
  await expect(page.getByTestId('sampling-rectify')).toHaveText(String(expected.sampling.results.rectify))
  await expect(page.getByTestId('sampling-coverage')).toHaveText(expected.sampling.coveragePercent === null ? '—' : `${expected.sampling.coveragePercent}%`)
  const samplingChart = page.getByTestId('chart-sampling')
  await expect(samplingChart).toContainText('抽查覆盖率 %')
  await expect(samplingChart).toContainText('不合格')
  await expect(page.getByTestId('rectifications-late')).toHaveText(String(expected.rectifications.late))
  expect(Number(expected.settlements.amountDue)).toBeGreaterThan(0)
  await expect(page.getByTestId('settlement-totals')).toContainText(`应付 ${expected.settlements.amountDue} 元`)
  await expect(page.getByTestId('chart-settlements')).toContainText('应付金额 (已结算)')
  await expect(amount).toContainText('应付占预算 %')
  await screenshot(page, 'console-purchase-dashboard-checks-zh-CN')

  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' })
  try {
    const english = await context.newPage()
    await english.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
    await login(english, `/orgs/${BUYER}/purchase-dashboard`, BUYER_ADMIN)
    await expect(english.getByTestId('ranking-table')).toContainText('Failed checks')
    await expect(english.getByTestId('chart-sampling')).toContainText('Coverage %')
    await expect(english.getByTestId('chart-amount')).toContainText('Budget share due (%)')
    await expect(english.getByTestId('rectification-counts')).toContainText('Overdue')
  } finally {
    await context.close()
  }
})

/** The largest number labelling each side's y axis of an SVG chart (left and right of its middle). */
async function axisMaxima(chart: Locator): Promise<{ left: number; right: number }> {
  return chart.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const middle = box.left + box.width / 2
    let left = 0
    let right = 0
    for (const text of el.querySelectorAll('svg text')) {
      const label = (text.textContent ?? '').trim().replace(/,/g, '')
      if (!/^\d+(\.\d+)?$/.test(label)) continue
      const value = Number(label)
      if (text.getBoundingClientRect().left < middle) left = Math.max(left, value)
      else right = Math.max(right, value)
    }
    return { left, right }
  })
}
