import { describe, expect, it } from 'vitest'
import { newestFirst } from './sort'

describe('my lists', () => {
  it('show the newest first and keep the API order on the same day', () => {
    const items = [
      { id: 'a', d: '2026-11-01' },
      { id: 'b', d: '2026-12-01' },
      { id: 'c', d: '2026-11-01' },
      { id: 'd', d: undefined },
    ]
    expect(newestFirst(items, (i) => i.d).map((i) => i.id)).toEqual(['b', 'a', 'c', 'd'])
  })
})
