import { describe, expect, it, vi } from 'vitest'
import type { Page } from '@/shared/api/paging'
import { filteringPages, matchesVolunteer } from './search'

describe('volunteer search over cursor pages', () => {
  const pages: Record<string, Page<number>> = {
    start: { items: [1, 2, 3, 4], nextCursor: 'c2' },
    c2: { items: [5, 6, 7, 8], nextCursor: 'c3' },
    c3: { items: [9, 10], nextCursor: null },
  }
  const fetchPage = vi.fn(async (cursor: string | null) => pages[cursor ?? 'start'])

  it('walks pages until enough matches, and continues from its cursor', async () => {
    const even = filteringPages(fetchPage, (n) => n % 2 === 0, 3)
    expect(await even(null)).toEqual({ items: [2, 4, 6, 8], nextCursor: 'c3' })
    expect(await even('c3')).toEqual({ items: [10], nextCursor: null })
  })

  it('stops after maxPages even without matches', async () => {
    fetchPage.mockClear()
    const none = filteringPages(fetchPage, () => false, 20, 2)
    expect(await none(null)).toEqual({ items: [], nextCursor: 'c3' })
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('matches name, volunteer number or id, ignoring case and spaces', () => {
    const v = { name: '王 小明', volunteerNo: 'V2026-000012', id: 'abc-1' }
    expect(matchesVolunteer('王小')(v)).toBe(true)
    expect(matchesVolunteer('v2026-0000')(v)).toBe(true)
    expect(matchesVolunteer('ABC-1')(v)).toBe(true)
    expect(matchesVolunteer('李')(v)).toBe(false)
    expect(matchesVolunteer('  ')(v)).toBe(true)
  })
})
