/**
 * 统一社会信用代码 (GB 32100-2015), checked in the form as the API does (tenant-admin
 * UnifiedSocialCreditCode): 18 characters from the 31-character set (no I, O, Z, S, V), the last
 * one a mod-31 check character. Spaces around (also full-width) are stripped and lower case is
 * upper-cased first, as the API normalizes. The API stays the judge (it also checks that the code's
 * first two characters fit the organization's kind): its field errors are shown the same way.
 *
 * Answers null when valid, else a reason key under the common i18n-like `uscc<Reason>` names
 * (the same reasons as the API's INVALID_CREDIT_CODE.*).
 */
export type CreditCodeProblem = 'usccRequired' | 'usccLength' | 'usccCharacter' | 'usccCheckCharacter'

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** Surrounding (also full-width) spaces stripped, upper-cased. */
export function normalizeCreditCode(raw: string): string {
  return raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').toUpperCase()
}

/** The check character for the first 17 code characters (throws on a character outside the set). */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length < 17) throw new Error('expected 17 characters')
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i])
    if (value < 0) throw new Error(`invalid character at position ${i + 1}`)
    sum += value * WEIGHTS[i]
  }
  const check = 31 - (sum % 31)
  return USCC_CHARSET[check === 31 ? 0 : check]
}

/** The problem with a code and, for usccCharacter, the 1-based position of the first bad character. */
export function checkCreditCodeDetail(
  raw: string | null | undefined,
): { problem: CreditCodeProblem; position?: number } | null {
  if (!raw || !normalizeCreditCode(raw)) return { problem: 'usccRequired' }
  const value = normalizeCreditCode(raw)
  if (value.length !== 18) return { problem: 'usccLength' }
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(value[i])) return { problem: 'usccCharacter', position: i + 1 }
  }
  if (value[17] !== creditCodeCheckCharacter(value)) return { problem: 'usccCheckCharacter' }
  return null
}

export function checkCreditCode(raw: string | null | undefined): CreditCodeProblem | null {
  return checkCreditCodeDetail(raw)?.problem ?? null
}
