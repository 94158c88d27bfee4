/** A lot of my points as GET /api/v1/me/points/lots answers it. */
export interface LotLike {
  org?: string
  expiresOn?: string | null
  remaining?: number
}

/** Points of one organization that expire on one day (null: never). */
export interface ExpiryLine {
  expiresOn: string | null
  points: number
}

/**
 * My points per organization by the day they expire, soonest first and "never" last: lots earned on
 * different days that expire together (e.g. at the end of next year) make one line.
 */
export function expiryByOrg(lots: LotLike[]): Map<string, ExpiryLine[]> {
  const byOrg = new Map<string, Map<string | null, number>>()
  for (const lot of lots) {
    if (!lot.org || !lot.remaining) continue
    const days = byOrg.get(lot.org) ?? new Map<string | null, number>()
    const day = lot.expiresOn ?? null
    days.set(day, (days.get(day) ?? 0) + lot.remaining)
    byOrg.set(lot.org, days)
  }
  const out = new Map<string, ExpiryLine[]>()
  for (const [org, days] of byOrg) {
    out.set(
      org,
      [...days.entries()]
        .map(([expiresOn, points]) => ({ expiresOn, points }))
        .sort((a, b) => (a.expiresOn ?? '9999-12-31').localeCompare(b.expiresOn ?? '9999-12-31')),
    )
  }
  return out
}
