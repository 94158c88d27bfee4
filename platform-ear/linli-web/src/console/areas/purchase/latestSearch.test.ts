import { describe, expect, it } from 'vitest'
import { latestSearch } from './latestSearch'

/** A search whose answers come back when the test says so, in any order. */
function controlled() {
  const pending = new Map<string, (items: string[]) => void>()
  const fetch = (query: string) => new Promise<string[]>((resolve) => pending.set(query, resolve))
  return { fetch, answer: (query: string, items: string[]) => pending.get(query)!(items) }
}

describe('latestSearch', () => {
  it('keeps the latest query answer when an earlier one arrives after it', async () => {
    const server = controlled()
    let shown: string[] = []
    const search = latestSearch(server.fetch, (items) => (shown = items))
    const first = search('王')
    const second = search('王秀英')
    server.answer('王秀英', ['王秀英'])
    await second
    server.answer('王', ['王秀英', '王建国'])
    await first
    expect(shown).toEqual(['王秀英'])
  })

  it('applies each answer when they come in order', async () => {
    const server = controlled()
    const shown: string[][] = []
    const search = latestSearch(server.fetch, (items) => shown.push(items))
    const first = search('')
    server.answer('', ['a', 'b'])
    await first
    const second = search('1234')
    server.answer('1234', ['b'])
    await second
    expect(shown).toEqual([['a', 'b'], ['b']])
  })
})
