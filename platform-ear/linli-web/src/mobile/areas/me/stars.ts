import type { MyRecord } from './api'

/**
 * The platform's default star thresholds in hours (volunteer-module StarLevel.DEFAULT: 100, 300,
 * 600, 1000, 1500), used to show the progress to the next star. The star count itself comes from
 * the API, which applies the configured thresholds.
 */
export const STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500]

export interface StarProgress {
  stars: number
  /** Hours needed for the next star, null at the top level. */
  nextAt: number | null
  remaining: number
  /** 0..100 within the current level. */
  percent: number
}

export function starProgress(stars: number, approvedHours: number): StarProgress {
  const nextAt = STAR_THRESHOLDS_HOURS[stars] ?? null
  if (nextAt === null) return { stars, nextAt, remaining: 0, percent: 100 }
  const from = stars === 0 ? 0 : STAR_THRESHOLDS_HOURS[stars - 1]
  const percent = Math.max(0, Math.min(100, ((approvedHours - from) / (nextAt - from)) * 100))
  return { stars, nextAt, remaining: Math.max(0, Math.round((nextAt - approvedHours) * 100) / 100), percent }
}

export interface OrgHours {
  org: string
  orgName: string
  minutes: number
}

/** Approved minutes per organization, largest first. */
export function hoursByOrganization(records: MyRecord[]): OrgHours[] {
  const byOrg = new Map<string, OrgHours>()
  for (const r of records) {
    if (r.status !== 'APPROVED' || !r.org) continue
    const entry = byOrg.get(r.org) ?? { org: r.org, orgName: r.orgName ?? r.org, minutes: 0 }
    entry.minutes += r.minutes ?? 0
    byOrg.set(r.org, entry)
  }
  return [...byOrg.values()].sort((a, b) => b.minutes - a.minutes)
}
