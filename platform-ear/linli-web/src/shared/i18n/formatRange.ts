/**
 * A time span in the locale, the end without its date when on the same day:
 * "2026/06/02 09:00–11:00" (zh-CN), "06/02/2026, 09:00 – 11:00" (en). Shifts, opening hours.
 */
export function formatTimeRange(from: string | undefined, to: string | undefined, locale: string): string {
  if (!from || !to) return ''
  const start = new Date(from)
  const end = new Date(to)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
  return format.formatRange(start, end)
}
