// Runs `npm ci` when node_modules is missing or older than package-lock.json (called by Maven).
// npm ci always deletes node_modules first; skipping it when nothing changed keeps builds fast.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const installed = 'node_modules/.package-lock.json'
const stale =
  !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs
if (stale) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
