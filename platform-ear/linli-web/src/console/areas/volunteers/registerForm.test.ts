import { describe, expect, it } from 'vitest'
import { idCheckCharacter } from '@/shared/validation/identity'
import { ageOn, birthDateOf, documentProblem, emailProblem, phoneProblem, regionProblem } from './registerForm'

const valid = (first17: string) => first17 + idCheckCharacter(first17)

describe('registration form checks (as the API does them)', () => {
  const resident = valid('32010619850312001')
  const hmt = valid('81000019900101002')

  it('checks a resident ID number with its check digit', () => {
    expect(documentProblem('RESIDENT_ID', resident)).toBeNull()
    const wrongCheck = resident.slice(0, 17) + (resident[17] === '0' ? '1' : '0')
    expect(documentProblem('RESIDENT_ID', wrongCheck)).toBe('common.validation.idCheckDigit')
    expect(documentProblem('RESIDENT_ID', '')).toBe('common.validation.idRequired')
    expect(documentProblem('RESIDENT_ID', '1234')).toBe('common.validation.idLength')
  })

  it('tells a Hong Kong, Macao or Taiwan residence permit from a resident ID', () => {
    expect(documentProblem('HMT_RESIDENCE_PERMIT', hmt)).toBeNull()
    expect(documentProblem('HMT_RESIDENCE_PERMIT', resident)).toBe('volunteers.validation.notHmtPermit')
    expect(documentProblem('RESIDENT_ID', hmt)).toBe('volunteers.validation.hmtPermitNumber')
  })

  it('accepts passport numbers of 5-20 letters or digits', () => {
    expect(documentProblem('PASSPORT', 'e 1234 5678')).toBeNull()
    expect(documentProblem('PASSPORT', 'AB-12')).toBe('volunteers.validation.passport')
    expect(documentProblem('PASSPORT', ' ')).toBe('common.validation.idRequired')
  })

  it('reads the birth date of a GB 11643 number and counts the age in Beijing', () => {
    expect(birthDateOf('RESIDENT_ID', resident)).toBe('1985-03-12')
    expect(birthDateOf('PASSPORT', 'E12345678')).toBeNull()
    expect(ageOn('2012-12-07', new Date('2026-12-06T16:30:00Z'))).toBe(14)
    expect(ageOn('2012-12-08', new Date('2026-12-06T16:30:00Z'))).toBe(13)
  })

  it('checks phone, e-mail and region code', () => {
    expect(phoneProblem('+86 139 1234 5678')).toBeNull()
    expect(phoneProblem('12345')).toBe('common.validation.phoneFormat')
    expect(emailProblem('')).toBeNull()
    expect(emailProblem('a@b.cn')).toBeNull()
    expect(emailProblem('a@b')).toBe('volunteers.validation.email')
    expect(regionProblem('320106')).toBeNull()
    expect(regionProblem('3201')).toBe('volunteers.validation.regionCode')
  })
})
