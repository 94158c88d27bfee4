import { describe, expect, it, vi } from 'vitest'
import { createApiClient, fillPath } from './client'
import { ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE, problemFromBody } from './problem'
import { allItems, CursorList, pageQuery, type Page } from './paging'

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

function client(fetchImpl: typeof fetch, extra: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  return createApiClient({
    accessToken: async () => 'token-1',
    locale: () => 'en',
    fetch: fetchImpl,
    ...extra,
  })
}

describe('api client', () => {
  it('sends the bearer token and the UI language, fills path parameters and the query', async () => {
    const fetchImpl = vi.fn(async () => json(200, { items: [], nextCursor: null }))
    await client(fetchImpl).get('/api/v1/orgs/{org}/members', {
      path: { org: 'sunshine sw' },
      query: { limit: 20, cursor: null },
    })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/orgs/sunshine%20sw/members?limit=20')
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer token-1')
    expect(headers['Accept-Language']).toBe('en')
    expect(init.method).toBe('GET')
  })

  it('sends no Authorization header when signed out', async () => {
    const fetchImpl = vi.fn(async () => json(200, {}))
    await client(fetchImpl, { accessToken: async () => null }).get('/api/v1/me')
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('turns a problem+json answer into an ApiError with code, detail and field errors', async () => {
    const problem = {
      type: 'urn:linli:problem:INVALID_ID_NUMBER',
      title: 'Bad request',
      status: 400,
      code: 'INVALID_ID_NUMBER',
      detail: 'ID number check digit is wrong',
      errors: [{ field: 'idNumber', code: 'INVALID_ID_NUMBER', message: 'ID number check digit is wrong' }],
    }
    const onProblem = vi.fn()
    const error = await client(async () => json(400, problem, 'application/problem+json'), { onProblem })
      .post('/api/v1/orgs/{org}/volunteers', { path: { org: 'o' }, body: {} as never })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.code).toBe('INVALID_ID_NUMBER')
    expect(apiError.detail).toBe('ID number check digit is wrong')
    expect(apiError.fieldMessage('idNumber')).toBe('ID number check digit is wrong')
    expect(apiError.fieldMessages()).toEqual({ idNumber: 'ID number check digit is wrong' })
    expect(onProblem).toHaveBeenCalledWith(apiError)
  })

  it('calls onUnauthorized on a 401 and still throws', async () => {
    const onUnauthorized = vi.fn()
    const problem = { status: 401, code: 'UNAUTHENTICATED', title: 'Authentication required' }
    await expect(
      client(async () => json(401, problem, 'application/problem+json'), { onUnauthorized }).get('/api/v1/me'),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('reports an answer that is not problem+json as UNEXPECTED_RESPONSE with its status', async () => {
    const html = new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
    await expect(client(async () => html).get('/api/v1/me')).rejects.toMatchObject({
      code: UNEXPECTED_RESPONSE,
      status: 502,
    })
  })

  it('reports a network failure as NETWORK_ERROR', async () => {
    await expect(
      client(async () => {
        throw new TypeError('Failed to fetch')
      }).get('/api/v1/me'),
    ).rejects.toMatchObject({ code: NETWORK_ERROR, status: 0 })
  })

  it('answers undefined for 204 and sends JSON bodies', async () => {
    const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }))
    const result = await client(fetchImpl).delete('/api/v1/orgs/{org}/members/{personId}', {
      path: { org: 'o', personId: 'p1' },
    })
    expect(result).toBeUndefined()
  })

  it('refuses a missing path parameter instead of calling a wrong URL', () => {
    expect(() => fillPath('/api/v1/orgs/{org}/members', {})).toThrow(/org/)
  })

  it('reads a problem body defensively', () => {
    expect(problemFromBody(500, 'oops').code).toBe(UNEXPECTED_RESPONSE)
    expect(problemFromBody(409, { code: 'EMAIL_TAKEN', errors: [{ field: 'email', code: 'EMAIL_TAKEN' }] }).fieldMessage('email')).toBe(
      'EMAIL_TAKEN',
    )
  })
})

describe('cursor paging', () => {
  const pages: Record<string, Page<number>> = {
    start: { items: [1, 2], nextCursor: 'c2' },
    c2: { items: [3, 4], nextCursor: 'c3' },
    c3: { items: [5], nextCursor: null },
  }
  const fetchPage = async (cursor: string | null) => pages[cursor ?? 'start']

  it('builds limit/cursor queries without empty values', () => {
    expect(pageQuery({ limit: 50, cursor: 'abc' }, { status: 'ACTIVE', q: '' }).toString()).toBe(
      'status=ACTIVE&limit=50&cursor=abc',
    )
    expect(pageQuery().toString()).toBe('')
  })

  it('walks every page following nextCursor', async () => {
    const all: number[] = []
    for await (const n of allItems(fetchPage)) all.push(n)
    expect(all).toEqual([1, 2, 3, 4, 5])
  })

  it('stops a list that never ends', async () => {
    const endless = async () => ({ items: [1], nextCursor: 'again' })
    const walk = async () => {
      for await (const _ of allItems(endless, 3)) void _
    }
    await expect(walk()).rejects.toThrow(/3 pages/)
  })

  it('drops a page that arrives after a reset, and loads the new one at once', async () => {
    let release: (page: Page<string>) => void = () => {}
    const calls: (string | null)[] = []
    let filter = 'old'
    const fetchFiltered = (cursor: string | null): Promise<Page<string>> => {
      calls.push(cursor)
      if (filter === 'old') return new Promise((resolve) => (release = resolve))
      return Promise.resolve({ items: ['new'], nextCursor: null })
    }
    const list = new CursorList(fetchFiltered)
    const stale = list.load()
    expect(list.loading).toBe(true)
    filter = 'new'
    list.reset()
    await list.load()
    expect(list.items).toEqual(['new'])
    release({ items: ['old'], nextCursor: 'more' })
    await stale
    expect(list.items).toEqual(['new'])
    expect(list.finished).toBe(true)
    expect(list.loading).toBe(false)
    expect(calls).toEqual([null, null])
  })

  it('loads more page by page and starts over on reset', async () => {
    const list = new CursorList(fetchPage)
    await list.load()
    expect(list.items).toEqual([1, 2])
    expect(list.finished).toBe(false)
    await list.load()
    await list.load()
    expect(list.items).toEqual([1, 2, 3, 4, 5])
    expect(list.finished).toBe(true)
    await list.load()
    expect(list.items).toHaveLength(5)
    list.reset()
    expect(list.items).toEqual([])
    await list.load()
    expect(list.items).toEqual([1, 2])
  })
})
