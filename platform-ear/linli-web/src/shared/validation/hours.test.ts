import { describe, expect, it } from 'vitest'
import { hoursProblem } from './hours'

describe('hours input', () => {
  it('takes whole minutes with at most two decimals', () => {
    expect(hoursProblem('1')).toBeNull()
    expect(hoursProblem('0.25')).toBeNull()
    expect(hoursProblem('1.5')).toBeNull()
    expect(hoursProblem('0.1')).toBeNull()
    expect(hoursProblem(' 2 ')).toBeNull()
  })

  it('refuses what the API would refuse', () => {
    expect(hoursProblem('')).toBe('required')
    expect(hoursProblem(undefined)).toBe('required')
    expect(hoursProblem('abc')).toBe('format')
    expect(hoursProblem('-1')).toBe('format')
    expect(hoursProblem('1.234')).toBe('format')
    expect(hoursProblem('1e2')).toBe('format')
    expect(hoursProblem('0')).toBe('positive')
    expect(hoursProblem('0.00')).toBe('positive')
    expect(hoursProblem('0.01')).toBe('minutes')
    expect(hoursProblem('0.33')).toBe('minutes')
  })

  it('checks an upper bound when given', () => {
    expect(hoursProblem('3', 2.5)).toBe('tooMany')
    expect(hoursProblem('2.5', 2.5)).toBeNull()
  })
})
