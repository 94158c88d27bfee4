/**
 * API set-up for the activity and attendance specs: what a test mutates it makes itself (a new
 * activity, shifts, volunteers), through the same API as the screens, with tokens from the
 * password grant of the `linli-web` client (the browser app itself uses the code flow).
 */
const KC = () => process.env.LINLI_KC_URL ?? 'http://127.0.0.1:18080'
const BASE = () => process.env.LINLI_TEST_BASE_URL ?? 'http://127.0.0.1:9080'

export async function token(username: string, password = process.env.LINLI_DEMO_PASSWORD!): Promise<string> {
  const response = await fetch(`${KC()}/realms/linli/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'linli-web', username, password }),
  })
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { access_token: string }).access_token
}

export async function call<T = any>(bearer: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(BASE() + path, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

/** A short unique suffix for names that must not clash between runs. */
export const suffix = () => `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296).toString(36)}`

/** The venue of the test activities (湖南路, Nanjing) and a point well outside its radius. */
export const VENUE = { latitude: 32.0603, longitude: 118.7969 }
export const NEAR_VENUE = { latitude: 32.0605, longitude: 118.797 }
export const FAR_AWAY = { latitude: 32.1603, longitude: 118.8969 }
export const TEST_TITLE_PREFIX = 'E2E签到'

export function activityBody(title: string) {
  return {
    title,
    serviceCategory: '助老',
    organizer: '阳光社工',
    responsiblePerson: '李强',
    address: '南京市鼓楼区湖南路1号',
    latitude: VENUE.latitude,
    longitude: VENUE.longitude,
    checkinRadiusMeters: 200,
    riskDisclosure: '户外活动，注意防暑',
    insuranceArranged: true,
  }
}

/** A published activity with one shift of `minutes` starting `startsInMinutes` from now. */
export async function publishedActivityWithShift(
  staff: string,
  org: string,
  title: string,
  startsInMinutes: number,
  minutes = 60,
  capacity = 5,
) {
  const activity = await call(staff, 'POST', `/api/v1/orgs/${org}/activities`, activityBody(title))
  const start = new Date(Date.now() + startsInMinutes * 60_000)
  start.setSeconds(0, 0)
  const shift = await call(staff, 'POST', `/api/v1/orgs/${org}/activities/${activity.id}/shifts`, {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
    capacity,
  })
  await call(staff, 'POST', `/api/v1/orgs/${org}/activities/${activity.id}/publish`)
  return { activityId: activity.id as string, shiftId: shift.id as string, title }
}

/** A valid 18-digit resident ID (GB 11643 check digit), born 1970-1999 in 南京市鼓楼区. */
export function residentId(): string {
  const year = 1970 + Math.floor(Math.random() * 30)
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0')
  const body = `320106${year}${month}${day}${seq}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** A new ACTIVE volunteer without a login (staff sign them up and check them in). */
export async function activeVolunteer(staff: string, org: string, name: string): Promise<string> {
  const created = await call(staff, 'POST', `/api/v1/orgs/${org}/volunteers`, {
    name,
    idNumber: residentId(),
    phone: phone(),
    regionCode: '320106',
    skills: [],
    serviceCategories: ['助老'],
    emergencyContact: { name: '家属', phone: phone(), relation: '配偶' },
    privacyConsent: true,
    privacyNoticeVersion: '2026-01',
  })
  await call(staff, 'POST', `/api/v1/orgs/${org}/volunteers/${created.id}/status`, { status: 'ACTIVE' })
  return created.id as string
}

/**
 * Leaves no live sign-up of `volunteerId` on the test activities of earlier runs (a run that
 * stopped half-way): the platform refuses overlapping sign-ups, so a rerun would fail. Closes
 * those activities too, so they leave the volunteers' lists.
 */
export async function cleanUpTestActivities(staff: string, org: string, volunteerId?: string) {
  let cursor: string | null = null
  for (let page = 0; page < 20; page++) {
    const query = new URLSearchParams({ status: 'PUBLISHED', limit: '100' })
    if (cursor) query.set('cursor', cursor)
    const activities: { items: { id: string; title: string }[]; nextCursor: string | null } = await call(
      staff,
      'GET',
      `/api/v1/orgs/${org}/activities?${query}`,
    )
    for (const activity of activities.items.filter((a) => a.title.startsWith(TEST_TITLE_PREFIX))) {
      if (volunteerId) await cancelLiveSignups(staff, org, activity.id, volunteerId)
      await call(staff, 'POST', `/api/v1/orgs/${org}/activities/${activity.id}/close`).catch(() => undefined)
    }
    cursor = activities.nextCursor
    if (!cursor) break
  }
}

export async function cancelLiveSignups(staff: string, org: string, activityId: string, volunteerId: string) {
  const shifts: { items: { id: string; startsAt: string }[] } = await call(
    staff,
    'GET',
    `/api/v1/orgs/${org}/activities/${activityId}/shifts?limit=100`,
  )
  for (const shift of shifts.items.filter((s) => Date.parse(s.startsAt) > Date.now())) {
    const signups: { items: { id: string; volunteerId: string; status: string }[] } = await call(
      staff,
      'GET',
      `/api/v1/orgs/${org}/shifts/${shift.id}/signups?limit=100`,
    )
    for (const s of signups.items.filter((x) => x.volunteerId === volunteerId && x.status !== 'CANCELLED')) {
      await call(staff, 'DELETE', `/api/v1/orgs/${org}/shifts/${shift.id}/signups/${s.id}`).catch(() => undefined)
    }
  }
}

/** The volunteer id of a demo person, by name, among the organization's active volunteers. */
export async function volunteerIdByName(staff: string, org: string, name: string): Promise<string> {
  let cursor: string | null = null
  for (let page = 0; page < 20; page++) {
    const query = new URLSearchParams({ status: 'ACTIVE', limit: '100' })
    if (cursor) query.set('cursor', cursor)
    const volunteers: { items: { id: string; name: string }[]; nextCursor: string | null } = await call(
      staff,
      'GET',
      `/api/v1/orgs/${org}/volunteers?${query}`,
    )
    const found = volunteers.items.find((v) => v.name === name)
    if (found) return found.id
    cursor = volunteers.nextCursor
    if (!cursor) break
  }
  throw new Error(`no active volunteer named ${name} in ${org}`)
}
