// Refreshes openapi/linli.json from a running server:
//   LINLI_BASE_URL=http://127.0.0.1:9080 npm run snapshot:api
// Normalized as OpenApiSnapshotIT compares it: `servers` left out (it names the host), object keys
// sorted, and the set-like string lists `required`, `enum` and `tags` sorted, so diffs stay small
// and stable. OpenApiSnapshotIT fails while the committed snapshot differs from the server's /openapi.
// Or from the copy a failed OpenApiSnapshotIT leaves:
//   LINLI_OPENAPI_FILE=../linli-ear/target/openapi-served.json npm run snapshot:api
import { readFileSync, writeFileSync } from 'node:fs'

const file = process.env.LINLI_OPENAPI_FILE
const base = process.env.LINLI_BASE_URL ?? 'http://127.0.0.1:9080'
const fetchDocument = async () => {
  const response = await fetch(`${base}/openapi`, { headers: { Accept: 'application/json' } })
  if (!response.ok) {
    console.error(`GET ${base}/openapi answered ${response.status}`)
    process.exit(1)
  }
  return response.json()
}
const SET_LIKE = new Set(['required', 'enum', 'tags'])
const normalize = (value, key) => {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v))
    return SET_LIKE.has(key) && items.every((v) => typeof v === 'string') ? items.sort() : items
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalize(value[k], k)]),
    )
  }
  return value
}
const document = file ? JSON.parse(readFileSync(file, 'utf8')) : await fetchDocument()
delete document.servers
writeFileSync('openapi/linli.json', JSON.stringify(normalize(document), null, 2) + '\n')
console.log(`openapi/linli.json refreshed from ${file ?? `${base}/openapi`}`)
