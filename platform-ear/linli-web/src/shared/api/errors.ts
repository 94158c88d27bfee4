import { ApiError } from './problem'

interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/**
 * The text to show for a failed call: the app's own message for the problem `code` when it has
 * one (common i18n `errors.<CODE>`), else the API's `detail` (already in the UI language, sent as
 * Accept-Language), else a message by HTTP status.
 */
export function errorMessage(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    const key = `common.errors.${error.code}`
    if (i18n.te(key)) return i18n.t(key)
    if (error.detail) return error.detail
    return i18n.t('common.errors.status', { status: error.status })
  }
  return i18n.t('common.errors.UNEXPECTED')
}
