import { describe, expect, it } from 'vitest'
import { checkCreditCode, checkCreditCodeDetail, creditCodeCheckCharacter, normalizeCreditCode } from './uscc'

// Real codes whose check characters are published (GB 32100-2015 mod 31).
const REAL = ['91110000802100433B', '91310000775785552L']

describe('unified social credit code (GB 32100-2015)', () => {
  it('computes the check character', () => {
    expect(creditCodeCheckCharacter('91110000802100433')).toBe('B')
    expect(creditCodeCheckCharacter('91310000775785552')).toBe('L')
  })

  it('accepts valid codes, lower case and surrounding (full-width) spaces', () => {
    for (const code of REAL) expect(checkCreditCode(code)).toBeNull()
    expect(checkCreditCode(' 91110000802100433b\u3000')).toBeNull()
    expect(normalizeCreditCode(' 91110000802100433b\u3000')).toBe('91110000802100433B')
    const built = '5132010650000000' + '1'
    expect(checkCreditCode(built + creditCodeCheckCharacter(built))).toBeNull()
  })

  it('names the reason of a refusal as the API does', () => {
    expect(checkCreditCode('')).toBe('usccRequired')
    expect(checkCreditCode('   ')).toBe('usccRequired')
    expect(checkCreditCode(null)).toBe('usccRequired')
    expect(checkCreditCode('9111000080210043')).toBe('usccLength')
    expect(checkCreditCode('91110000802100433BB')).toBe('usccLength')
    // I, O, Z, S and V are not code characters.
    expect(checkCreditCodeDetail('9111000080210O433B')).toEqual({ problem: 'usccCharacter', position: 14 })
    expect(checkCreditCode('91110000802100433A')).toBe('usccCheckCharacter')
  })

  it('a remainder of 0 gives the check character 0 (31 - 0 is no code value)', () => {
    expect(creditCodeCheckCharacter('5132010650000000P')).toBe('0')
    expect(checkCreditCode('5132010650000000P0')).toBeNull()
  })
})
