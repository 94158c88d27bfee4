import { checkMobilePhone, checkResidentIdNumber, normalizeIdNumber } from '@/shared/validation/identity'

/**
 * The registration form's checks, the same as the API's (tenant-admin IdentityDocument,
 * ResidentIdNumber, PhoneNumber; volunteer-module age rules), answering an i18n key or null.
 * The API stays the judge: its field errors are shown next to the same fields.
 */
export type IdType = 'RESIDENT_ID' | 'HMT_RESIDENCE_PERMIT' | 'PASSPORT'
export const ID_TYPES: IdType[] = ['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'PASSPORT']

/** The version of the privacy notice this form shows (sent as privacyNoticeVersion). */
export const PRIVACY_NOTICE_VERSION = '2026-01'

const HMT_REGION = /^8[123]0000/

export function documentProblem(idType: IdType, raw: string | null | undefined): string | null {
  if (idType === 'PASSPORT') {
    const number = (raw ?? '').replace(/ /g, '').toUpperCase()
    if (!number) return 'common.validation.idRequired'
    return /^[A-Z0-9]{5,20}$/.test(number) ? null : 'volunteers.validation.passport'
  }
  const problem = checkResidentIdNumber(raw)
  if (problem) return `common.validation.${problem}`
  const hmt = HMT_REGION.test(normalizeIdNumber(raw!))
  if (idType === 'HMT_RESIDENCE_PERMIT' && !hmt) return 'volunteers.validation.notHmtPermit'
  if (idType === 'RESIDENT_ID' && hmt) return 'volunteers.validation.hmtPermitNumber'
  return null
}

export function phoneProblem(raw: string | null | undefined): string | null {
  const problem = checkMobilePhone(raw)
  return problem ? `common.validation.${problem}` : null
}

export function emailProblem(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return null
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.trim()) && raw.trim().length <= 254 ? null : 'volunteers.validation.email'
}

export function regionProblem(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return 'common.validation.required'
  return /^[0-9]{6}$/.test(raw.trim()) ? null : 'volunteers.validation.regionCode'
}

/** The birth date a GB 11643 number carries ("yyyy-MM-dd"), or null for a passport or a bad number. */
export function birthDateOf(idType: IdType, raw: string | null | undefined): string | null {
  if (idType === 'PASSPORT' || documentProblem(idType, raw)) return null
  const value = normalizeIdNumber(raw!)
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
}

/** Full years between a birth date and today in Beijing. */
export function ageOn(birthDate: string, today = new Date()): number {
  const beijing = new Date(today.getTime() + 8 * 3600_000)
  const [y, m, d] = birthDate.split('-').map(Number)
  let age = beijing.getUTCFullYear() - y
  if (beijing.getUTCMonth() + 1 < m || (beijing.getUTCMonth() + 1 === m && beijing.getUTCDate() < d)) age--
  return age
}

/** Under 14 may not register; under 18 needs a guardian's consent (志愿服务条例 Art. 15). */
export const MINIMUM_AGE = 14
export const ADULT_AGE = 18
