import { test, expect, login, screenshot } from '../support/fixtures'

/** Sessions on the phone: an expired session goes back to the login page; logout ends it. */

test('an expired session (tokens no longer renewable) goes back to the login page', async ({ page, context, appErrors }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page.getByTestId('total-hours')).toHaveText('6')

  // The Keycloak session ends (cookies gone) and the stored tokens expire and cannot be renewed.
  await context.clearCookies()
  await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!
      if (!key.startsWith('oidc.user:')) continue
      const user = JSON.parse(sessionStorage.getItem(key)!)
      user.expires_at = Math.floor(Date.now() / 1000) - 60
      user.refresh_token = 'expired'
      sessionStorage.setItem(key, JSON.stringify(user))
    }
  })
  await page.reload()
  await expect(page.locator('#kc-login')).toBeVisible()
  await expect(page).toHaveURL(/\/realms\/linli\/protocol\/openid-connect\/auth/)
  await screenshot(page, 'mobile-login-after-expiry')
  // The browser logs Keycloak's refusal of the dead refresh token (400): expected here.
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('status of 400')))
})

test('a token the API refuses (401) sends the person to the login page, and back after login', async ({ page, context, appErrors }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  await context.clearCookies()
  await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!
      if (!key.startsWith('oidc.user:')) continue
      const user = JSON.parse(sessionStorage.getItem(key)!)
      user.access_token = 'not-a-token'
      sessionStorage.setItem(key, JSON.stringify(user))
    }
  })
  await page.reload()
  await expect(page.locator('#kc-login')).toBeVisible()
  // The browser logs the refused call itself ("Failed to load resource: 401"): expected here.
  appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('401')))

  await page.locator('#username').fill('zhang.wei@volunteer.demo')
  await page.locator('#password').fill(process.env.LINLI_DEMO_PASSWORD!)
  await page.locator('#kc-login').click()
  await expect(page).toHaveURL(/\/m\/me$/)
  await expect(page.getByTestId('total-hours')).toHaveText('6')
})

test('logout ends the session: the app asks for a login again', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await page.getByTestId('logout').click()
  // Keycloak ends its session and sends the browser back to /m/, which has no session any more and
  // so goes to the login page: the form shows (with a live Keycloak session it would not).
  await expect(page.locator('#kc-login')).toBeVisible()
  await expect(page).toHaveURL(/\/realms\/linli\/protocol\/openid-connect\/auth/)
})

test('an expired access token is renewed with the refresh token, without asking for a login', async ({ page }) => {
  await login(page, '/m/me', 'zhang.wei@volunteer.demo')
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  const stored = () =>
    page.evaluate(() => {
      for (let i = 0; i < sessionStorage.length; i++) {
        const key = sessionStorage.key(i)!
        if (key.startsWith('oidc.user:')) return JSON.parse(sessionStorage.getItem(key)!)
      }
      return null
    })
  const before = await stored()
  await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!
      if (!key.startsWith('oidc.user:')) continue
      const user = JSON.parse(sessionStorage.getItem(key)!)
      user.expires_at = Math.floor(Date.now() / 1000) - 60
      sessionStorage.setItem(key, JSON.stringify(user))
    }
  })
  await page.reload()
  await expect(page.getByTestId('total-hours')).toHaveText('6')
  await expect(page).toHaveURL(/\/m\/me$/)
  const after = await stored()
  expect(after.access_token).not.toBe(before.access_token)
  expect(after.expires_at).toBeGreaterThan(Math.floor(Date.now() / 1000))
})
