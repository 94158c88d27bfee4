import type { Member, Volunteer } from './api'

/**
 * The volunteer API never answers an ID number, and its volunteer view names no person id; the one
 * identity view of the API is the member's (GET .../members/{personId}/identity, org-admin,
 * audited). A volunteer who can sign in is a member too: candidates are the members of the same
 * name whose masked ID number does not contradict the volunteer's gender (the 17th character of a
 * GB 11643 number is odd for men), and a revealed number must carry the volunteer's birth date.
 */
export function identityCandidates(volunteer: Volunteer, members: Member[]): Member[] {
  return members.filter((m) => m.name === volunteer.name && genderFits(volunteer, m.idNumber))
}

function genderFits(volunteer: Volunteer, masked: string | undefined): boolean {
  if (!masked || masked.length !== 18 || !/[0-9]/.test(masked[16]) || !volunteer.gender) return true
  const male = Number(masked[16]) % 2 === 1
  return male === (volunteer.gender === 'MALE')
}

/** Whether a full GB 11643 number agrees with the volunteer's birth date (other documents: yes). */
export function sameBirthDate(volunteer: Volunteer, idNumber: string | undefined): boolean {
  if (!idNumber || !/^[0-9]{17}[0-9X]$/.test(idNumber) || !volunteer.birthDate) return true
  const born = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
  return born === volunteer.birthDate
}
