import { test, expect, login, screenshot, expectAccessible } from '../support/fixtures'
import { SUNSHINE, api, phoneContext, unique } from '../support/bankpoints'

/**
 * Donations end to end: finance registers a company donor and a receipt series, records a
 * restricted bank gift and issues its receipt (amount in capitals); the donor opens, without any
 * login on a phone, the receipt check of the QR code and the page of where the gift went.
 */
const ADMIN = 'admin@sunshine.demo'
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A valid 统一社会信用代码 of a company (9…), check character computed as GB 32100 says. */
function creditCode(): string {
  let code = '91320106'
  for (let i = 0; i < 9; i++) code += String(Math.floor(Math.random() * 10))
  const sum = [...code].reduce((s, c, i) => s + CHARS.indexOf(c) * WEIGHTS[i], 0)
  return code + CHARS[(31 - (sum % 31)) % 31]
}

interface Page<T> {
  items: T[]
}

test('finance records a gift, issues its receipt, and the donor checks it and sees the fund without login', async ({ page, browser, baseURL }) => {
  const donor = unique('鼓楼爱心企业')
  const receiptCode = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
  const fund = await api<{ id: string; name: string }>(ADMIN, 'POST', `/api/v1/orgs/${SUNSHINE}/funds`, {
    name: unique('社区助学基金'),
    purpose: '资助社区困难家庭学生',
  })

  // Donors: a company with its credit code.
  await login(page, `/orgs/${SUNSHINE}/donations/donors`, ADMIN)
  await expect(page.getByRole('heading', { name: '捐赠人' })).toBeVisible()
  await page.getByTestId('new-donor').click()
  await page.getByRole('radio', { name: '单位' }).click({ force: true })
  await page.getByTestId('donor-name').fill(donor)
  await page.getByTestId('credit-code').fill(creditCode())
  await page.getByTestId('save-donor').click()
  await expect(page.getByTestId('donors').locator('tr', { hasText: donor })).toContainText('单位')
  await screenshot(page, 'console-donations-donors-zh-CN')

  // Receipt series.
  await page.goto(`/orgs/${SUNSHINE}/donations/receipts`)
  await page.getByTestId('series-code').fill(receiptCode)
  await page.getByTestId('add-series').click()
  await expect(page.getByTestId('series').locator('tr', { hasText: receiptCode })).toContainText('0000000001')

  // A restricted bank gift, then its receipt.
  await page.goto(`/orgs/${SUNSHINE}/donations`)
  await expect(page.getByRole('heading', { name: '捐赠记录' })).toBeVisible()
  await page.getByTestId('record').click()
  const dialog = page.getByRole('dialog', { name: '登记捐赠' })
  await dialog.getByTestId('donor').click()
  await page.getByRole('option', { name: donor }).click()
  await dialog.getByTestId('amount').fill('1234.50')
  await dialog.getByTestId('fund').click()
  await page.getByRole('option', { name: fund.name }).click()
  await dialog.getByTestId('save').click()
  await expect(dialog).toBeHidden()
  const row = page.getByTestId('donations').locator('tr', { hasText: donor })
  await expect(row).toContainText('1,234.50')
  await expect(row).toContainText(fund.name)
  await expect(row).toContainText('已到账')
  await row.getByRole('button', { name: '开具票据' }).click()
  // The receipt takes the next number of the first series with numbers left (the demo's, when
  // the demo data is loaded; otherwise the series made above).
  const issued = page.getByText(/已开具票据 \d{8}-\d{10}/)
  await expect(issued).toBeVisible()
  const [, issuedCode, issuedNo] = (await issued.textContent())!.match(/(\d{8})-(\d{10})/)!
  await screenshot(page, 'console-donations-list-zh-CN')

  await page.goto(`/orgs/${SUNSHINE}/donations/receipts`)
  const receiptRow = page.getByTestId('receipts').locator('tr', { hasText: issuedNo }).filter({ hasText: issuedCode })
  await expect(receiptRow).toContainText('壹仟贰佰叁拾肆元伍角整')
  await expect(receiptRow).toContainText('有效')
  await screenshot(page, 'console-donations-receipts-zh-CN')

  // The donor, on a phone, no login: the QR code's check and the fund-use link.
  const receipts = await api<Page<{ receiptCode: string; receiptNo: string; verificationUrl: string }>>(
    ADMIN,
    'GET',
    `/api/v1/orgs/${SUNSHINE}/receipts?limit=20`,
  )
  const receipt = receipts.items.find((r) => r.receiptCode === issuedCode && r.receiptNo === issuedNo)!
  const donations = await api<Page<{ donorName: string; fundUseUrl: string }>>(
    ADMIN,
    'GET',
    `/api/v1/orgs/${SUNSHINE}/donations?fundId=${fund.id}`,
  )
  const gift = donations.items.find((d) => d.donorName === donor)!
  const { context, phone } = await phoneContext(browser, baseURL)
  const path = (url: string) => new URL(url).pathname + new URL(url).search
  await phone.goto(path(receipt.verificationUrl))
  await expect(phone.getByTestId('verdict')).toHaveText('票据真实有效')
  await expect(phone.getByText('壹仟贰佰叁拾肆元伍角整')).toBeVisible()
  await expectAccessible(phone)
  await screenshot(phone, 'mobile-donor-receipt-check-zh-CN')
  await phone.goto(path(gift.fundUseUrl))
  await expect(phone.getByRole('heading', { name: '我的捐赠去向' }).or(phone.getByText('我的捐赠去向'))).toBeVisible()
  await expect(phone.getByTestId('gift-amount')).toContainText('1,234.50')
  await expect(phone.getByText(fund.name)).toBeVisible()
  await expect(phone.getByText('本基金尚无支出')).toBeVisible()
  await expectAccessible(phone)
  await screenshot(phone, 'mobile-donor-fund-use-zh-CN')
  await context.close()
})
