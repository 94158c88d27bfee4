/**
 * Form checks that mirror the API's own (tenant-admin ResidentIdNumber and PhoneNumber), so a
 * person sees the mistake next to the field before sending. The API stays the judge: its field
 * errors are shown the same way.
 *
 * Each check answers null when valid, else a reason key under the common i18n
 * `validation.<reason>` (the same reasons as the API's INVALID_ID_NUMBER.* / INVALID_PHONE.*).
 */
export type IdNumberProblem =
  | 'idRequired'
  | 'idLength'
  | 'idDigits'
  | 'idLastCharacter'
  | 'idCheckDigit'
  | 'idBirthDate'
  | 'idBirthDateRange'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CODES = '10X98765432'

/** Spaces stripped, 'x' to 'X' (as the API normalizes). */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().replace(/x/g, 'X')
}

/** The GB 11643-1999 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CODES[sum % 11]
}

/** 居民身份证号码 (GB 11643-1999): 17 digits, the mod-11 check character, a real birth date. */
export function checkResidentIdNumber(raw: string | null | undefined, today = new Date()): IdNumberProblem | null {
  if (!raw || !raw.trim()) return 'idRequired'
  const value = normalizeIdNumber(raw)
  if (value.length !== 18) return 'idLength'
  if (!/^[0-9]{17}$/.test(value.slice(0, 17))) return 'idDigits'
  if (!/^[0-9X]$/.test(value[17])) return 'idLastCharacter'
  if (value[17] !== idCheckCharacter(value)) return 'idCheckDigit'
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return 'idBirthDate'
  }
  // "Today" in Beijing, where the numbers are issued (as the API judges it).
  const beijing = new Date(today.getTime() + 8 * 3600_000)
  const latest = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate())
  if (year < 1900 || birth.getTime() > latest) return 'idBirthDateRange'
  return null
}

export type PhoneProblem = 'phoneRequired' | 'phoneFormat'

/** A mainland China mobile number: +86/0086/86 prefix, spaces and dashes allowed. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s\u3000-]/g, '')
  if (digits.startsWith('+86')) return digits.slice(3)
  if (digits.startsWith('0086')) return digits.slice(4)
  if (digits.startsWith('86') && digits.length === 13) return digits.slice(2)
  return digits
}

export function checkMobilePhone(raw: string | null | undefined): PhoneProblem | null {
  if (!raw || !raw.trim()) return 'phoneRequired'
  return /^1[3-9][0-9]{9}$/.test(normalizePhone(raw)) ? null : 'phoneFormat'
}
