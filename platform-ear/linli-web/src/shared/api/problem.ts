/** One field's complaint in a problem answer (`errors[]`). */
export interface FieldProblem {
  field: string
  code: string
  message?: string
}

/**
 * An RFC 9457 problem answer of the API (application/problem+json), or a failure to reach it.
 * `code` is stable and machine-readable; `detail` is already in the Accept-Language language.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly detail?: string
  readonly fieldErrors: FieldProblem[]
  readonly body: unknown

  constructor(init: {
    status: number
    code: string
    title?: string
    detail?: string
    fieldErrors?: FieldProblem[]
    body?: unknown
  }) {
    super(init.detail ?? init.title ?? init.code)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? []
    this.body = init.body
  }

  /** The message for one field (the first complaint), for display next to the input. */
  fieldMessage(field: string): string | undefined {
    const problem = this.fieldErrors.find((e) => e.field === field)
    return problem ? (problem.message ?? problem.code) : undefined
  }

  /** Map field -> message, for forms (Element Plus `error` props, Vant `error-message`). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.fieldErrors) out[e.field] ??= e.message ?? e.code
    return out
  }
}

/** Codes the client itself produces (not from the API). Texts live in common i18n `errors.<code>`. */
export const NETWORK_ERROR = 'NETWORK_ERROR'
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Turns a failed answer into an ApiError. Reads problem+json (code, detail, errors[]); anything
 * else (a proxy's HTML page, an empty body) becomes UNEXPECTED_RESPONSE with the HTTP status.
 */
export async function problemFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  let body: unknown
  if (type.includes('json')) {
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
  }
  return problemFromBody(response.status, body)
}

export function problemFromBody(status: number, body: unknown): ApiError {
  if (!isRecord(body) || typeof body.code !== 'string') {
    return new ApiError({ status, code: UNEXPECTED_RESPONSE, body })
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((e) => ({
        field: String(e.field ?? ''),
        code: String(e.code ?? ''),
        message: typeof e.message === 'string' ? e.message : undefined,
      }))
    : []
  return new ApiError({
    status: typeof body.status === 'number' ? body.status : status,
    code: body.code,
    title: typeof body.title === 'string' ? body.title : undefined,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    fieldErrors: errors,
    body,
  })
}
