import { expect, type APIRequestContext } from '@playwright/test'
import { idCheckCharacter } from '../../src/shared/validation/identity'
import { demoPassword } from './fixtures'

/**
 * Test data for the records specs, made through the API as staff would (password grant on the
 * `linli-web` client, which allows it for tests and curl; the browser never uses it).
 */
const keycloak = () => process.env.LINLI_KC_URL ?? 'http://127.0.0.1:18080'

export async function passwordToken(request: APIRequestContext, username: string, password = demoPassword()): Promise<string> {
  const answer = await request.post(`${keycloak()}/realms/linli/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'linli-web', username, password },
  })
  expect(answer.status(), `token for ${username}`).toBe(200)
  return (await answer.json()).access_token as string
}

export class StaffApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
    private readonly token: string,
  ) {}

  static async as(request: APIRequestContext, baseURL: string, username: string): Promise<StaffApi> {
    return new StaffApi(request, baseURL, await passwordToken(request, username))
  }

  private headers() {
    return { Authorization: `Bearer ${this.token}`, 'Accept-Language': 'zh-CN' }
  }

  async get<T>(path: string): Promise<T> {
    const answer = await this.request.get(this.baseURL + path, { headers: this.headers() })
    expect(answer.status(), `GET ${path}: ${await answer.text()}`).toBe(200)
    return (await answer.json()) as T
  }

  async post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const answer = await this.request.post(this.baseURL + path, { headers: this.headers(), data: body })
    return { status: answer.status(), json: (await answer.json().catch(() => ({}))) as Record<string, unknown> }
  }

  /** The id of the organization's volunteer of this name (the API's search, `q`). */
  async volunteerId(org: string, name: string): Promise<string> {
    const page = await this.get<{ items: { id: string; name: string }[] }>(
      `/api/v1/orgs/${org}/volunteers?limit=100&q=${encodeURIComponent(name)}`,
    )
    const found = page.items.find((v) => v.name === name)
    if (!found) throw new Error(`no volunteer ${name} in ${org}`)
    return found.id
  }

  /**
   * Staff enter `minutes` of service for a volunteer (a PENDING record) in a free hour between
   * `daysBack` days ago: a volunteer cannot have two records at the same time, so a taken slot is
   * tried again.
   */
  async enterHours(
    org: string,
    volunteerId: string,
    activityName: string,
    minutes: number,
    daysBack: [number, number] = [7, 57],
  ): Promise<{ id: string; serviceDate: string }> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const hourBack = 24 * daysBack[0] + Math.floor(Math.random() * 24 * (daysBack[1] - daysBack[0]))
      const start = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - hourBack * 3_600_000)
      const end = new Date(start.getTime() + minutes * 60_000)
      const serviceDate = new Date(start.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
      const answer = await this.post(`/api/v1/orgs/${org}/service-records`, {
        volunteerId,
        reason: '端到端测试：工作人员补录',
        facts: {
          activityName,
          serviceDate,
          location: '湖南路社区服务中心',
          content: '协助社区环境整治',
          startedAt: start.toISOString(),
          endedAt: end.toISOString(),
          organizer: '端到端测试',
          responsiblePerson: '王老师',
        },
      })
      if (answer.status === 201) return { id: answer.json.id as string, serviceDate }
      if (answer.json.code !== 'OVERLAPPING_SERVICE_TIME') throw new Error(`entering hours: ${answer.status} ${JSON.stringify(answer.json)}`)
    }
    throw new Error('no free hour found for the test record')
  }
}

/** A fresh, valid 居民身份证 number (Gulou, Nanjing) of an adult, and one with a wrong check digit. */
export function residentIdNumbers(): { valid: string; wrongCheckDigit: string } {
  const year = 1960 + Math.floor(Math.random() * 40)
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, '0')
  const first17 = `320106${year}${month}${day}${sequence}`
  const check = idCheckCharacter(first17)
  const wrong = '0123456789X'.replace(check, '')[Math.floor(Math.random() * 10)]
  return { valid: first17 + check, wrongCheckDigit: first17 + wrong }
}

/** A short unique suffix for names made by a test run. */
export function runSuffix(): string {
  return Date.now().toString(36).slice(-5) + Math.floor(Math.random() * 36 ** 2).toString(36)
}
