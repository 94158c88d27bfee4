import { createAppI18n, type AppI18n } from '@/shared/i18n'
import type { MessageModules } from '@/shared/i18n/messages'

/** Console messages: src/console/areas/<area>/i18n/<locale>.ts, under the key `<area>.`. */
export const consoleMessages = import.meta.glob('./areas/*/i18n/*.ts', {
  eager: true,
}) as MessageModules

let instance: AppI18n | undefined

export function consoleI18n(): AppI18n {
  instance ??= createAppI18n(consoleMessages)
  return instance
}
