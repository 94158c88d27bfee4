import type { Page } from '@/shared/api/paging'

/**
 * The volunteers list has no text search in the API (only `status`): a search walks the API's
 * pages (cursor paging, large pages) and keeps the matches, so a "load more" list of matches
 * still pages by the API's cursors. One load stops after `want` matches or `maxPages` pages
 * (then its cursor continues where it stopped).
 */
export function filteringPages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  keep: (item: T) => boolean,
  want = 20,
  maxPages = 10,
): (cursor: string | null) => Promise<Page<T>> {
  return async (cursor) => {
    const items: T[] = []
    let next = cursor
    for (let page = 0; page < maxPages; page++) {
      const result = await fetchPage(next)
      items.push(...result.items.filter(keep))
      next = result.nextCursor
      if (!next || items.length >= want) break
    }
    return { items, nextCursor: next }
  }
}

/** Name, volunteer number or id containing the text (case and spaces ignored). */
export function matchesVolunteer(query: string): (v: { name?: string; volunteerNo?: string; id?: string }) => boolean {
  const q = query.replace(/\s+/g, '').toLowerCase()
  return (v) =>
    !q ||
    [v.name, v.volunteerNo, v.id].some((field) => (field ?? '').replace(/\s+/g, '').toLowerCase().includes(q))
}
