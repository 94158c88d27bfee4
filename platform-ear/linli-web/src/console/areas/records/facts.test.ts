import { describe, expect, it } from 'vitest'
import { beijingDate, factsOf, hoursBetween, toFacts } from './facts'

describe('service record facts in forms', () => {
  it('round-trips a record through the form shape', () => {
    const record = {
      id: 'r1',
      activityId: 'a1',
      activityName: '湖南路社区助老服务',
      serviceDate: '2026-11-30',
      location: '湖南路社区',
      content: '陪伴老人',
      startedAt: '2026-11-30T01:00:00Z',
      endedAt: '2026-11-30T04:00:00Z',
      organizer: '阳光社工',
      responsiblePerson: '王老师',
    }
    expect(toFacts(factsOf(record))).toEqual({
      activityId: 'a1',
      activityName: '湖南路社区助老服务',
      serviceDate: '2026-11-30',
      location: '湖南路社区',
      content: '陪伴老人',
      startedAt: '2026-11-30T01:00:00.000Z',
      endedAt: '2026-11-30T04:00:00.000Z',
      organizer: '阳光社工',
      responsiblePerson: '王老师',
    })
  })

  it('counts hours and the Beijing date', () => {
    expect(hoursBetween(new Date('2026-11-30T01:00:00Z'), new Date('2026-11-30T02:30:00Z'))).toBe(1.5)
    expect(hoursBetween(null, new Date())).toBeNull()
    expect(beijingDate(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
  })
})
