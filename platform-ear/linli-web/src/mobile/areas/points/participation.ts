/**
 * Whether I left an organization's leaderboard. The API sets it (PUT .../participation) but has no
 * read, so the phone remembers the last choice made here; without one, the API's default applies
 * (everyone is on the leaderboard until they leave).
 */
const KEY = 'linli.leaderboardOptOut'

function read(): Record<string, boolean> {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Record<string, boolean>
  } catch {
    return {}
  }
}

export function rememberedOptOut(personId: string | undefined, org: string): boolean {
  return read()[`${personId ?? ''}/${org}`] ?? false
}

export function rememberOptOut(personId: string | undefined, org: string, optOut: boolean): void {
  const all = read()
  all[`${personId ?? ''}/${org}`] = optOut
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(all))
  } catch {
    // not remembered on this device
  }
}
