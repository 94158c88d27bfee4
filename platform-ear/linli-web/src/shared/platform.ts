import type { Router } from 'vue-router'
import { createApiClient, type ApiClient } from './api/client'
import { createAuth, type Auth } from './auth/auth'
import { loadAppConfig } from './config'
import type { AppI18n } from './i18n'

/**
 * The app-wide services, made once at start by bootPlatform and reached with useAuth()/useApi()
 * (plain module state: they never change after boot, so they need no store).
 */
let auth: Auth | undefined
let api: ApiClient | undefined

export function useAuth(): Auth {
  if (!auth) throw new Error('bootPlatform() has not run')
  return auth
}

export function useApi(): ApiClient {
  if (!api) throw new Error('bootPlatform() has not run')
  return api
}

export async function bootPlatform(options: {
  /** '/' (console) or '/m/' (mobile). */
  appBase: string
  i18n: AppI18n
  router: Router
}): Promise<void> {
  const config = await loadAppConfig()
  const theAuth = createAuth(config, options.appBase, () => options.i18n.global.locale.value)
  auth = theAuth
  let redirecting = false
  api = createApiClient({
    accessToken: () => theAuth.accessToken(),
    locale: () => options.i18n.global.locale.value,
    // The session ended (expired refresh token, logout elsewhere): log in again, then come back.
    onUnauthorized: () => {
      if (redirecting) return
      redirecting = true
      // The history's location, not the current route: during the first navigation the route is
      // still '/', while the address bar already holds the page the person asked for.
      const returnTo = options.router.options.history.location
      void theAuth.forget().then(() => theAuth.login(returnTo))
    },
    // The organization was suspended while in use: its page says so.
    onProblem: (error) => {
      if (error.code !== 'ORG_SUSPENDED') return
      const org = options.router.currentRoute.value.params.org
      void options.router.push({ name: 'suspended', query: typeof org === 'string' ? { org } : {} })
    },
  })
}

/** For unit tests of code that calls useApi(). */
export function setPlatformForTests(services: { auth?: Auth; api?: ApiClient }): void {
  auth = services.auth
  api = services.api
}
