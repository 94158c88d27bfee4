import { readFile } from 'node:fs/promises'
import { test, expect, login, screenshot } from '../support/fixtures'
import { SUNSHINE } from '../support/bankpoints'

/**
 * Statements and the trial balance as files (Excel and PDF) from the screens that show them, and the
 * period close page with the closed months of the demo books (every month of this year before the
 * current one is closed by the demo data).
 */
const FINANCE = 'finance@sunshine.demo'

async function downloaded(page: import('@playwright/test').Page, testId: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = await download.path()
  const head = (await readFile(path!)).subarray(0, 4).toString('latin1')
  return { name: download.suggestedFilename(), head }
}

test('finance downloads the statements and the trial balance as Excel and PDF', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10)
  const yearStart = `${today.slice(0, 4)}-01-01`
  await login(page, `/orgs/${SUNSHINE}/accounting/statements`, FINANCE)
  await expect(page.getByTestId('ties-out')).toHaveText('勾稽关系相符')

  const balanceXlsx = await downloaded(page, 'download-xlsx')
  expect(balanceXlsx.name).toBe(`资产负债表-${today}.xlsx`)
  expect(balanceXlsx.head.slice(0, 2)).toBe('PK') // an XLSX workbook is a zip
  await expect(page.getByTestId('download-saved')).toContainText(`资产负债表-${today}.xlsx`)
  const balancePdf = await downloaded(page, 'download-pdf')
  expect(balancePdf.name).toBe(`资产负债表-${today}.pdf`)
  expect(balancePdf.head).toBe('%PDF')

  await page.getByRole('tab', { name: '业务活动表' }).click()
  const activities = await downloaded(page, 'download-pdf')
  expect(activities.name).toBe(`业务活动表-${yearStart}_${today}.pdf`)
  expect(activities.head).toBe('%PDF')
  await page.getByRole('tab', { name: '现金流量表' }).click()
  const cash = await downloaded(page, 'download-xlsx')
  expect(cash.name).toBe(`现金流量表-${yearStart}_${today}.xlsx`)
  await screenshot(page, 'console-accounting-statement-downloads-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/accounting/trial-balance`)
  await expect(page.getByTestId('tb-totals')).toContainText('借贷平衡')
  const tb = await downloaded(page, 'download-xlsx')
  expect(tb.name).toBe(`科目余额表-${yearStart}_${today}.xlsx`)
  expect(tb.head.slice(0, 2)).toBe('PK')
  const tbPdf = await downloaded(page, 'download-pdf')
  expect(tbPdf.name).toBe(`科目余额表-${yearStart}_${today}.pdf`)
  expect(tbPdf.head).toBe('%PDF')
})

test('the period close page lists the closed months and refuses to close one twice', async ({ page, appErrors }) => {
  const now = new Date()
  const months: string[] = []
  for (let m = now.getMonth(); m >= 1; m--) months.push(`${now.getFullYear()}-${String(m).padStart(2, '0')}`)
  await login(page, `/orgs/${SUNSHINE}/accounting/periods`, FINANCE)
  await expect(page.getByRole('heading', { name: '期末结账' })).toBeVisible()
  const table = page.getByTestId('closed-periods')
  if (months.length > 0) {
    // Latest first: last month, then the months before it.
    await expect(table.getByTestId('period').first()).toHaveText(months[0])
    const lastMonth = table.locator('tr', { hasText: months[0] })
    await expect(lastMonth.getByTestId('closing-voucher')).toHaveText(/^(记-\d{4}|无)$/)
    await expect(table.getByTestId('period')).toHaveCount(Math.min(months.length, 20))
    await screenshot(page, 'console-accounting-periods-zh-CN')

    // Closing it again (the month picker starts at last month) is refused with the reason.
    await page.getByTestId('close-period').click()
    await page.getByTestId('confirm-close').click()
    await expect(page.getByTestId('close-error')).toContainText('会计期间已结账')
    await expect(table.getByTestId('period').first()).toHaveText(months[0])
    appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 409')))
  } else {
    await expect(table).toContainText('尚无已结账的期间')
  }
})
