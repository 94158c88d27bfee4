import { describe, expect, it } from 'vitest'
import { formatTimeRange } from './formatRange'

describe('time ranges', () => {
  it('writes the date once for a span within one day', () => {
    const text = formatTimeRange('2026-06-02T01:00:00Z', '2026-06-02T03:00:00Z', 'zh-CN')
    expect(text.match(/2026/g)).toHaveLength(1)
    expect(formatTimeRange('2026-06-02T01:00:00Z', '2026-06-02T03:00:00Z', 'en')).toContain('2026')
  })
  it('shows nothing without both ends', () => {
    expect(formatTimeRange(undefined, '2026-06-02T03:00:00Z', 'en')).toBe('')
  })
})
