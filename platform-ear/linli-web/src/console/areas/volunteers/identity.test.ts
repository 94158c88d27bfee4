import { describe, expect, it } from 'vitest'
import { identityCandidates, sameBirthDate } from './identity'

describe('identity of a volunteer through the member identity view', () => {
  const volunteer = { id: 'v1', name: '王芳', gender: 'FEMALE' as const, birthDate: '1990-05-04' }

  it('keeps members of the same name whose masked number fits the gender', () => {
    const members = [
      { personId: 'p1', name: '王芳', idNumber: '320***********0024' },
      { personId: 'p2', name: '王芳', idNumber: '320***********0013' },
      { personId: 'p3', name: '王芳芳', idNumber: '320***********0024' },
      { personId: 'p4', name: '王芳', idNumber: 'E1*****78' },
    ]
    expect(identityCandidates(volunteer, members).map((m) => m.personId)).toEqual(['p1', 'p4'])
  })

  it('checks the birth date a revealed number carries', () => {
    expect(sameBirthDate(volunteer, '320106199005040024')).toBe(true)
    expect(sameBirthDate(volunteer, '320106199105040024')).toBe(false)
    expect(sameBirthDate(volunteer, 'E12345678')).toBe(true)
  })
})
