import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'

export type Organization = Schemas['OrganizationView']

/** The settings document: `locale`, `timezone`, and sections other modules own (kept as they are). */
export type Settings = Record<string, unknown> & { locale?: string; timezone?: string }

/** Settings with the version they were read at (the ETag, to send back as If-Match). */
export interface VersionedSettings {
  settings: Settings
  etag: string
  /** Who saved this version (the API's Last-Modified-By header), when it says. */
  modifiedBy: string | null
}

function versioned(settings: Settings, response: Response): VersionedSettings {
  return {
    settings,
    etag: response.headers.get('ETag') ?? '',
    modifiedBy: response.headers.get('Last-Modified-By'),
  }
}

/** GET /api/v1/orgs/{org}: the organization (name, kind, status), for any member. */
export function fetchOrganization(org: string): Promise<Organization> {
  return useApi().get('/api/v1/orgs/{org}', { path: { org } })
}

/** GET /api/v1/orgs/{org}/settings with its ETag. */
export async function fetchSettings(org: string): Promise<VersionedSettings> {
  const response = await useApi().raw('get', '/api/v1/orgs/{org}/settings', { path: { org } })
  return versioned((await response.json()) as Settings, response)
}

/**
 * PUT /api/v1/orgs/{org}/settings with If-Match: the whole document replaces the one in force.
 * A 412 (VERSION_MISMATCH) means someone else saved first: read again before editing.
 */
export async function saveSettings(org: string, settings: Settings, etag: string): Promise<VersionedSettings> {
  const response = await useApi().raw('put', '/api/v1/orgs/{org}/settings', {
    path: { org },
    body: settings,
    headers: { 'If-Match': etag },
  })
  return versioned((await response.json()) as Settings, response)
}
