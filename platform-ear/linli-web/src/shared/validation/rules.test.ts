import { describe, expect, it } from 'vitest'
import { elementRule, idNumberMessage, phoneMessage, vantRule } from './rules'

const t = (key: string) => `<${key}>`

describe('form rules', () => {
  it('give the translated reason, or nothing when valid', () => {
    expect(idNumberMessage('11010519491231002X', t)).toBeNull()
    expect(idNumberMessage('110105194912310021', t)).toBe('<common.validation.idCheckDigit>')
    expect(phoneMessage('1381234567', t)).toBe('<common.validation.phoneFormat>')
  })

  it('fit Element Plus (callback) and Vant (true or message)', () => {
    const errors: (Error | undefined)[] = []
    const rule = elementRule(idNumberMessage, t)
    rule.validator(null, '110105194912310021', (e) => errors.push(e))
    rule.validator(null, '11010519491231002X', (e) => errors.push(e))
    expect(errors.map((e) => e?.message)).toEqual(['<common.validation.idCheckDigit>', undefined])
    expect(vantRule(phoneMessage, t).validator('13812345678')).toBe(true)
    expect(vantRule(phoneMessage, t).validator('')).toBe('<common.validation.phoneRequired>')
  })
})
