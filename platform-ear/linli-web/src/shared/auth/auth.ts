import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import type { AppConfig } from '../config'

/**
 * Login with Keycloak: OpenID Connect authorization code flow with PKCE (S256), public client
 * `linli-spa` (ADR 0010). The tokens live in sessionStorage (this tab only); the refresh token
 * renews the access token a minute before it expires, and again on demand.
 */
export interface Auth {
  /** Sends the browser to the Keycloak login page; after login it comes back to `returnTo`. */
  login(returnTo: string): Promise<void>
  /** Completes the login on the callback page; answers where to go next. */
  completeLogin(): Promise<string>
  /** Ends the Keycloak session too, then comes back to the app's start page. */
  logout(): Promise<void>
  /** The access token, renewed with the refresh token when it has expired; null when signed out. */
  accessToken(): Promise<string | null>
  /** The signed-in user, or null. */
  user(): Promise<User | null>
  /** Forgets the tokens (the session ended, e.g. after a 401). */
  forget(): Promise<void>
  /** Realm roles of the token (the `groups` claim), e.g. platform-admin. */
  realmRoles(): Promise<string[]>
}

interface LoginState {
  returnTo?: string
}

/**
 * The `ui_locales` that shows Keycloak's pages in the app's language: the realm supports zh-CN (its
 * default; Keycloak reads its zh_Hans message files for it) and en.
 */
export function keycloakUiLocales(appLocale: string): string {
  return appLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/**
 * @param appBase the app's base path: '/' (console) or '/m/' (mobile); the callback route is
 *   `<appBase>callback` in both apps.
 * @param appLocale the app's current language, passed to the login page as `ui_locales`
 */
export function createAuth(config: AppConfig, appBase: string, appLocale?: () => string): Auth {
  const origin = window.location.origin
  const manager = new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${appBase}callback`,
    post_logout_redirect_uri: `${origin}${appBase}`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
  })

  let renewing: Promise<User | null> | null = null

  async function renew(): Promise<User | null> {
    // One renewal at a time: parallel API calls share it.
    renewing ??= manager
      .signinSilent()
      .catch(async () => {
        await manager.removeUser()
        return null
      })
      .finally(() => {
        renewing = null
      })
    return renewing
  }

  async function current(): Promise<User | null> {
    const user = await manager.getUser()
    if (!user) return null
    if (!user.expired) return user
    return user.refresh_token ? renew() : null
  }

  return {
    async login(returnTo) {
      await manager.signinRedirect({
        state: { returnTo } satisfies LoginState,
        ui_locales: appLocale ? keycloakUiLocales(appLocale()) : undefined,
      })
    },
    async completeLogin() {
      const user = await manager.signinRedirectCallback()
      const state = (user.state ?? {}) as LoginState
      // Only paths inside this app: never an absolute URL from the state.
      return state.returnTo?.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/'
    },
    async logout() {
      const user = await manager.getUser()
      await manager.removeUser()
      await manager.signoutRedirect({ id_token_hint: user?.id_token })
    },
    async accessToken() {
      return (await current())?.access_token ?? null
    },
    user: current,
    async forget() {
      await manager.removeUser()
    },
    async realmRoles() {
      const user = await current()
      const token = user?.access_token
      if (!token) return []
      try {
        const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))
        return Array.isArray(payload.groups) ? payload.groups.map(String) : []
      } catch {
        return []
      }
    },
  }
}
