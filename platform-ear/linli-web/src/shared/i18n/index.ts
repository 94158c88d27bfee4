import { createI18n } from 'vue-i18n'
import { collectMessages, type MessageModules, type MessageTree } from './messages'
import { DEFAULT_LOCALE, initialLocale, rememberLocale, type Locale } from './locales'

export * from './locales'

/** Messages shared by both apps, under `common.` (files in shared/i18n/common/<locale>.ts). */
export const commonMessages = import.meta.glob<{ default: MessageTree }>('./common/*.ts', {
  eager: true,
}) as MessageModules

function common(): Record<string, MessageTree> {
  const out: Record<string, MessageTree> = {}
  for (const [path, mod] of Object.entries(commonMessages)) {
    const locale = /\/([^/]+)\.ts$/.exec(path)![1]
    out[locale] = { common: mod.default }
  }
  return out
}

/** One i18n instance per app: the shared `common` messages plus the app's per-area messages. */
export function createAppI18n(areaModules: MessageModules) {
  const messages = collectMessages(areaModules, common())
  const i18n = createI18n({
    legacy: false,
    locale: initialLocale(),
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    missingWarn: import.meta.env.DEV,
    fallbackWarn: import.meta.env.DEV,
  })
  document.documentElement.lang = i18n.global.locale.value
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** Switches the UI language, remembers it and tells the page (screen readers, fonts). */
export function switchLocale(i18n: AppI18n, locale: Locale): void {
  i18n.global.locale.value = locale
  rememberLocale(locale)
  document.documentElement.lang = locale
}
