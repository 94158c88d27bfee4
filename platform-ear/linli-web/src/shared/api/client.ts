import { ApiError, NETWORK_ERROR, problemFrom } from './problem'
import type { paths } from './schema.gen'

/**
 * The API client: adds the bearer token and Accept-Language, parses problem+json into ApiError,
 * and types every call by the OpenAPI document (paths from schema.gen.ts, generated from the
 * committed snapshot openapi/linli.json): a changed endpoint breaks the build, not a screen.
 *
 *   const me = await api.get('/api/v1/me')
 *   const page = await api.get('/api/v1/orgs/{org}/members', { path: { org }, query: { limit: 20 } })
 */
export interface ClientOptions {
  /** Prefix of every path (default: same origin). */
  baseUrl?: string
  /** The current access token, renewed if needed; null when signed out. */
  accessToken: () => Promise<string | null>
  /** The UI language, sent as Accept-Language so problem texts match the screen. */
  locale: () => string
  /** Called on a 401 (the session ended): the app sends the person to the login page. */
  onUnauthorized?: (error: ApiError) => void
  /** Called for every other problem answer before it is thrown (e.g. ORG_SUSPENDED -> a page). */
  onProblem?: (error: ApiError) => void
  fetch?: typeof fetch
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'
type Query = Record<string, string | number | boolean | null | undefined>

/** Paths of the document that have this method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, infer O> ? (O extends undefined ? never : P) : never
}[keyof paths]

type Operation<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : unknown
type Responses<O> = O extends { responses: infer R } ? R : never
/** The JSON of the operation's success answer (200, 201, else unknown; 204 gives undefined). */
export type SuccessOf<P extends keyof paths, M extends Method> =
  200 extends keyof Responses<Operation<P, M>>
    ? JsonOf<Responses<Operation<P, M>>[200]>
    : 201 extends keyof Responses<Operation<P, M>>
      ? JsonOf<Responses<Operation<P, M>>[201]>
      : 204 extends keyof Responses<Operation<P, M>>
        ? undefined
        : unknown
type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

export interface CallOptions<B = unknown> {
  /** Values of the path's {placeholders}. */
  path?: Record<string, string | number>
  query?: Query | URLSearchParams
  body?: B
  headers?: Record<string, string>
  signal?: AbortSignal
  /** A body that is not JSON (a CSV file, a photo), sent as is with its content type. */
  content?: { type: string; data: Blob | string }
}

/** Fills {placeholders} of a path template, each value URL-encoded. */
export function fillPath(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined || value === '') throw new Error(`path parameter '${name}' missing for ${template}`)
    return encodeURIComponent(String(value))
  })
}

function queryString(query?: Query | URLSearchParams): string {
  if (!query) return ''
  const params = query instanceof URLSearchParams ? query : new URLSearchParams()
  if (!(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function createApiClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)

  /** Any call; answers the parsed JSON (or the Response itself with `raw`). */
  async function send(method: string, template: string, call: CallOptions = {}, raw = false) {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.locale(),
      ...call.headers,
    }
    const token = await options.accessToken()
    if (token) headers.Authorization = `Bearer ${token}`
    let body: string | Blob | undefined
    if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(call.body)
    } else if (call.content !== undefined) {
      headers['Content-Type'] = call.content.type
      body = call.content.data
    }
    const url = (options.baseUrl ?? '') + fillPath(template, call.path) + queryString(call.query)
    let response: Response
    try {
      response = await doFetch(url, { method: method.toUpperCase(), headers, body, signal: call.signal })
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
      throw new ApiError({ status: 0, code: NETWORK_ERROR, body: cause })
    }
    if (!response.ok) {
      const error = await problemFrom(response)
      if (response.status === 401) options.onUnauthorized?.(error)
      else options.onProblem?.(error)
      throw error
    }
    if (raw) return response
    if (response.status === 204) return undefined
    const type = response.headers.get('Content-Type') ?? ''
    return type.includes('json') ? response.json() : response.text()
  }

  return {
    get<P extends PathsWith<'get'>>(path: P, call?: CallOptions): Promise<SuccessOf<P, 'get'>> {
      return send('get', path as string, call) as Promise<SuccessOf<P, 'get'>>
    },
    post<P extends PathsWith<'post'>>(
      path: P,
      call?: CallOptions<BodyOf<P, 'post'>>,
    ): Promise<SuccessOf<P, 'post'>> {
      return send('post', path as string, call) as Promise<SuccessOf<P, 'post'>>
    },
    put<P extends PathsWith<'put'>>(
      path: P,
      call?: CallOptions<BodyOf<P, 'put'>>,
    ): Promise<SuccessOf<P, 'put'>> {
      return send('put', path as string, call) as Promise<SuccessOf<P, 'put'>>
    },
    patch<P extends PathsWith<'patch'>>(
      path: P,
      call?: CallOptions<BodyOf<P, 'patch'>>,
    ): Promise<SuccessOf<P, 'patch'>> {
      return send('patch', path as string, call) as Promise<SuccessOf<P, 'patch'>>
    },
    delete<P extends PathsWith<'delete'>>(path: P, call?: CallOptions): Promise<SuccessOf<P, 'delete'>> {
      return send('delete', path as string, call) as Promise<SuccessOf<P, 'delete'>>
    },
    /** The Response itself (headers such as ETag, binary downloads); errors still throw ApiError. */
    raw(method: Method, path: keyof paths, call?: CallOptions): Promise<Response> {
      return send(method, path as string, call, true) as Promise<Response>
    },
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
