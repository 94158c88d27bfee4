/** A page of a list answer: every list of the API is `{items, nextCursor}` (null on the last page). */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PageRequest {
  limit?: number
  cursor?: string | null
}

/** Adds `limit` and `cursor` to other query parameters (leaving out what is unset). */
export function pageQuery(
  request: PageRequest = {},
  filters: Record<string, string | number | boolean | null | undefined> = {},
): URLSearchParams {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  }
  if (request.limit !== undefined) query.set('limit', String(request.limit))
  if (request.cursor) query.set('cursor', request.cursor)
  return query
}

/**
 * Walks a list page by page, following nextCursor: `for await (const item of allItems(fetchPage))`.
 * Stops after `maxPages` as a guard against a server that keeps answering a cursor.
 */
export async function* allItems<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  maxPages = 1000,
): AsyncGenerator<T> {
  let cursor: string | null = null
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await fetchPage(cursor)
    yield* result.items
    if (!result.nextCursor) return
    cursor = result.nextCursor
  }
  throw new Error(`list did not end after ${maxPages} pages`)
}

/**
 * State for "load more" lists (infinite scroll on the phone, a "more" button in the console):
 * `load()` fetches the next page and appends it; `reset()` starts over (e.g. after a filter change).
 */
export class CursorList<T> {
  items: T[] = []
  nextCursor: string | null = null
  finished = false
  loading = false
  // Bumped by reset(): a page that arrives for an older generation (the filter changed while it
  // loaded) is dropped, and does not hold up the new generation's first load.
  private generation = 0

  constructor(private readonly fetchPage: (cursor: string | null) => Promise<Page<T>>) {}

  async load(): Promise<void> {
    if (this.finished || this.loading) return
    const generation = this.generation
    this.loading = true
    try {
      const page = await this.fetchPage(this.nextCursor)
      if (generation !== this.generation) return
      this.items = [...this.items, ...page.items]
      this.nextCursor = page.nextCursor
      this.finished = !page.nextCursor
    } finally {
      if (generation === this.generation) this.loading = false
    }
  }

  reset(): void {
    this.generation++
    this.items = []
    this.nextCursor = null
    this.finished = false
    this.loading = false
  }
}
