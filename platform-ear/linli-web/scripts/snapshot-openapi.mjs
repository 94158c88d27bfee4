// Refreshes openapi/linli.json from a running server (keys sorted, so diffs stay small):
//   LINLI_BASE_URL=http://127.0.0.1:9080 npm run snapshot:api
// OpenApiSnapshotIT fails while the committed snapshot differs from the server's /openapi.
import { writeFileSync } from 'node:fs'

const base = process.env.LINLI_BASE_URL ?? 'http://127.0.0.1:9080'
const response = await fetch(`${base}/openapi?format=JSON`, { headers: { Accept: 'application/json' } })
if (!response.ok) {
  console.error(`GET ${base}/openapi answered ${response.status}`)
  process.exit(1)
}
const sorted = (value) =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted(value[key])]),
        )
      : value
writeFileSync('openapi/linli.json', JSON.stringify(sorted(await response.json()), null, 2) + '\n')
console.log(`openapi/linli.json refreshed from ${base}/openapi`)
