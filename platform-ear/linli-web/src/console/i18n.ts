import { createAppI18n } from '@/shared/i18n'
import type { MessageModules } from '@/shared/i18n/messages'

/** Console messages: src/console/areas/<area>/i18n/<locale>.ts, under the key `<area>.`. */
export const consoleMessages = import.meta.glob('./areas/*/i18n/*.ts', {
  eager: true,
}) as MessageModules

export const createConsoleI18n = () => createAppI18n(consoleMessages)
