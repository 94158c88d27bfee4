/**
 * Runs a remote search so that only the answer to the latest query is applied: typing fast sends
 * several requests, and a slow answer to an earlier query must never replace a later one's.
 */
export function latestSearch<T>(fetch: (query: string) => Promise<T[]>, apply: (items: T[]) => void) {
  let latest = 0
  return async function search(query: string): Promise<void> {
    const mine = ++latest
    const items = await fetch(query)
    if (mine === latest) apply(items)
  }
}
