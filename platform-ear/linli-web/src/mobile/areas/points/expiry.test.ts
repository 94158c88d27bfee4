import { describe, expect, it } from 'vitest'
import { expiryByOrg } from './expiry'

describe('my points by expiry date', () => {
  it('adds up lots of one organization that expire on the same day, soonest first, never last', () => {
    const lines = expiryByOrg([
      { org: 'a', expiresOn: '2027-12-31', remaining: 20 },
      { org: 'a', expiresOn: null, remaining: 5 },
      { org: 'a', expiresOn: '2026-07-01', remaining: 10 },
      { org: 'a', expiresOn: '2027-12-31', remaining: 30 },
      { org: 'b', expiresOn: '2027-12-31', remaining: 12 },
      { org: 'b', expiresOn: '2026-01-01', remaining: 0 },
    ])
    expect(lines.get('a')).toEqual([
      { expiresOn: '2026-07-01', points: 10 },
      { expiresOn: '2027-12-31', points: 50 },
      { expiresOn: null, points: 5 },
    ])
    expect(lines.get('b')).toEqual([{ expiresOn: '2027-12-31', points: 12 }])
    expect(lines.get('c')).toBeUndefined()
  })
})
