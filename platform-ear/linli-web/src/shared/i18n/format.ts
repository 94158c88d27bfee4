/**
 * Dates, numbers, hours and money per UI locale (Intl). The API sends ISO-8601 dates and
 * timestamps, hours and money as decimal strings ("6.00"; ADR: money never a float on the wire).
 */
type LocaleTag = string

/** A date "2026-12-06" (local date, no time zone shift) or a timestamp's date. */
export function formatDate(value: string | null | undefined, locale: LocaleTag): string {
  if (!value) return ''
  const plainDate = /^\d{4}-\d{2}-\d{2}$/.exec(value)
  const date = plainDate ? new Date(`${value}T00:00:00`) : new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

export function formatDateTime(value: string | null | undefined, locale: LocaleTag): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
}

export function formatNumber(value: number | string, locale: LocaleTag, fractionDigits?: number): string {
  const n = typeof value === 'string' ? Number(value) : value
  if (!Number.isFinite(n)) return String(value)
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(n)
}

/** Hours as a number in the locale, up to two decimals ("6", "1.5", "1,234.25"). */
export function formatHours(hours: string | number | null | undefined, locale: LocaleTag): string {
  if (hours === null || hours === undefined || hours === '') return ''
  return formatNumber(hours, locale)
}

/** Minutes to hours, for values the API gives in minutes. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}

/** A CNY amount given as a decimal string ("123.45") or in fen (integer, `fen: true`). */
export function formatAmount(
  amount: string | number,
  locale: LocaleTag,
  options: { currency?: string; fen?: boolean } = {},
): string {
  const value = options.fen ? Number(amount) / 100 : Number(amount)
  if (!Number.isFinite(value)) return String(amount)
  return new Intl.NumberFormat(locale, { style: 'currency', currency: options.currency ?? 'CNY' }).format(value)
}
