import { describe, expect, it } from 'vitest'
import { checkMobilePhone, checkResidentIdNumber, idCheckCharacter } from './identity'

// 11010519491231002X: the standard's own example (GB 11643-1999, Annex A).
const STANDARD_EXAMPLE = '11010519491231002X'
const today = new Date('2026-12-01T00:00:00Z')

describe('resident ID number (GB 11643-1999)', () => {
  it('computes the check character of the standard example', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X')
    expect(idCheckCharacter('44052419800101001')).toBe('3')
  })

  it('accepts valid numbers, lower-case x and surrounding spaces', () => {
    expect(checkResidentIdNumber(STANDARD_EXAMPLE, today)).toBeNull()
    expect(checkResidentIdNumber(' 11010519491231002x ', today)).toBeNull()
    expect(checkResidentIdNumber('440524198001010013', today)).toBeNull()
  })

  it('names the reason of a refusal as the API does', () => {
    expect(checkResidentIdNumber('', today)).toBe('idRequired')
    expect(checkResidentIdNumber('1101051949123100', today)).toBe('idLength')
    expect(checkResidentIdNumber('11010519491231A02X', today)).toBe('idDigits')
    expect(checkResidentIdNumber('11010519491231002Y', today)).toBe('idLastCharacter')
    expect(checkResidentIdNumber('110105194912310021', today)).toBe('idCheckDigit')
  })

  it('refuses impossible and future birth dates', () => {
    const feb30 = '11010519990230001'
    expect(checkResidentIdNumber(feb30 + idCheckCharacter(feb30), today)).toBe('idBirthDate')
    const future = '11010520270101001'
    expect(checkResidentIdNumber(future + idCheckCharacter(future), today)).toBe('idBirthDateRange')
    const old = '11010518991231001'
    expect(checkResidentIdNumber(old + idCheckCharacter(old), today)).toBe('idBirthDateRange')
  })
})

describe('mobile phone', () => {
  it('accepts mainland mobile numbers with prefixes and separators', () => {
    expect(checkMobilePhone('13812345678')).toBeNull()
    expect(checkMobilePhone('+86 138-1234-5678')).toBeNull()
    expect(checkMobilePhone('008613812345678')).toBeNull()
  })

  it('refuses empty and malformed numbers', () => {
    expect(checkMobilePhone(' ')).toBe('phoneRequired')
    expect(checkMobilePhone('12812345678')).toBe('phoneFormat')
    expect(checkMobilePhone('1381234567')).toBe('phoneFormat')
  })
})
