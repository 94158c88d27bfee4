import { formatTimeRange } from '@/shared/i18n/formatRange'

/** Today in China (the API's dates are Asia/Shanghai calendar days). */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}

/** A shift's time: "2026/06/02 09:00–11:00". */
export const formatShiftTime = formatTimeRange
