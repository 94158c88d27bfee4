import { describe, expect, it } from 'vitest'
import { hoursByOrganization, starProgress } from './stars'

describe('star progress', () => {
  it('measures the way to the next star within the current level', () => {
    expect(starProgress(0, 6)).toEqual({ stars: 0, nextAt: 100, remaining: 94, percent: 6 })
    expect(starProgress(1, 200)).toMatchObject({ nextAt: 300, remaining: 100, percent: 50 })
    expect(starProgress(5, 2000)).toMatchObject({ nextAt: null, remaining: 0, percent: 100 })
  })
})

describe('hours by organization', () => {
  it('adds approved minutes per organization, largest first', () => {
    const records = [
      { org: 'a', orgName: 'A', minutes: 180, status: 'APPROVED' },
      { org: 'b', orgName: 'B', minutes: 240, status: 'APPROVED' },
      { org: 'a', orgName: 'A', minutes: 60, status: 'APPROVED' },
      { org: 'a', orgName: 'A', minutes: 600, status: 'PENDING' },
      { org: 'b', orgName: 'B', minutes: 600, status: 'REJECTED' },
    ]
    expect(hoursByOrganization(records)).toEqual([
      { org: 'a', orgName: 'A', minutes: 240 },
      { org: 'b', orgName: 'B', minutes: 240 },
    ])
  })
})
