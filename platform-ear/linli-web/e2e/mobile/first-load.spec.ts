import { gzipSync } from 'node:zlib'
import { writeFileSync, mkdirSync } from 'node:fs'
import { test, expect, login } from '../support/fixtures'

/** The mobile app's first load stays small on a phone network: under 300 KB of JavaScript gzipped. */
test('the first load of the mobile app needs less than 300 KB of JavaScript, gzipped', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page.getByTestId('total-hours')).toHaveText('6')

  // A fresh page load of 我的 with the session already there: every script it fetches.
  const scripts = new Map<string, number>()
  page.on('response', async (response) => {
    const url = response.url()
    if (!url.endsWith('.js') || response.status() !== 200) return
    scripts.set(url, gzipSync(await response.body(), { level: 9 }).length)
  })
  await page.goto('/m/me', { waitUntil: 'networkidle' })
  await expect(page.getByTestId('total-hours')).toHaveText('6')

  const total = [...scripts.values()].reduce((a, b) => a + b, 0)
  mkdirSync('target', { recursive: true })
  writeFileSync(
    'target/mobile-first-load.json',
    JSON.stringify({ totalGzipBytes: total, scripts: Object.fromEntries(scripts) }, null, 2),
  )
  console.log(`mobile first load: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzipped`)
  expect(total).toBeLessThan(300 * 1024)
})
