import { createAppI18n, type AppI18n } from '@/shared/i18n'
import type { MessageModules } from '@/shared/i18n/messages'

/** Mobile messages: src/mobile/areas/<area>/i18n/<locale>.ts, under the key `<area>.`. */
export const mobileMessages = import.meta.glob('./areas/*/i18n/*.ts', {
  eager: true,
}) as MessageModules

let instance: AppI18n | undefined

export function mobileI18n(): AppI18n {
  instance ??= createAppI18n(mobileMessages)
  return instance
}
