import { describe, expect, it } from 'vitest'
import { formatAmount, formatDate, formatHours, minutesToHours } from './format'

describe('formatting per locale', () => {
  it('formats plain dates without shifting the day', () => {
    expect(formatDate('2026-12-06', 'zh-CN')).toBe('2026/12/06')
    expect(formatDate('2026-12-06', 'en')).toBe('12/06/2026')
  })

  it('formats hours and money', () => {
    expect(formatHours('6.00', 'zh-CN')).toBe('6')
    expect(formatHours('1234.5', 'en')).toBe('1,234.5')
    expect(minutesToHours(180)).toBe(3)
    expect(minutesToHours(100)).toBe(1.67)
    expect(formatAmount('123.45', 'zh-CN')).toBe('¥123.45')
    expect(formatAmount(12345, 'en', { fen: true })).toBe('CN¥123.45')
  })
})
