/** Runtime settings served by Liberty (GET /app-config.json, AppConfigServlet): where to log in. */
export interface AppConfig {
  oidcAuthority: string
  oidcClientId: string
}

export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/app-config.json', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /app-config.json answered ${response.status}`)
  return (await response.json()) as AppConfig
}
