import { describe, expect, it } from 'vitest'
import { balanceOf, toCents } from './amounts'

describe('voucher form amounts', () => {
  it('reads yuan strings into fen exactly', () => {
    expect(toCents('1000')).toBe(100000)
    expect(toCents('0.1')).toBe(10)
    expect(toCents('12.34')).toBe(1234)
    expect(toCents(' 7.05 ')).toBe(705)
  })

  it('counts what the API would refuse as nothing', () => {
    expect(toCents('1.001')).toBe(0)
    expect(toCents('-5')).toBe(0)
    expect(toCents('1e3')).toBe(0)
    expect(toCents('')).toBe(0)
  })

  it('totals debit and credit lines', () => {
    expect(balanceOf([{ debit: '100.00', credit: '' }, { debit: '', credit: '99.99' }])).toEqual({ debit: 10000, credit: 9999 })
  })
})
