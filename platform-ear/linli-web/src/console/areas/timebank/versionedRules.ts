import { formatNumber } from '@/shared/i18n/format'

/**
 * What the versioned rules pages (time bank and points) share: rules take effect on a China
 * calendar date and never back-dated, and both weight service categories.
 */

/** Today's date in China (YYYY-MM-DD), the day rules are compared with. */
export const chinaToday = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

/** The category weights as "category × weight" in the locale, or `none` when all weigh 1. */
export function weightsText(weights: Record<string, string | number> | undefined, locale: string, none: string): string {
  return weights && Object.keys(weights).length
    ? Object.entries(weights)
        .map(([category, weight]) => `${category} × ${formatNumber(weight, locale)}`)
        .join('，')
    : none
}
