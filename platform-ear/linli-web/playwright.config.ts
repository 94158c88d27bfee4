import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in a real browser (ADR 0010): Debian's chromium driven by Playwright, against
 * a running platform (LINLI_TEST_BASE_URL; `liberty-config/bin/linli test` runs them through
 * WebE2eIT). No browser is downloaded: executablePath points at the system's chromium.
 */
const baseURL = process.env.LINLI_TEST_BASE_URL ?? 'http://127.0.0.1:9080'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  timeout: 90_000,
  globalTimeout: 40 * 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Charts honour it (src/shared/motion.ts): screenshots show them drawn, not mid-animation.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.LINLI_CHROMIUM ?? '/usr/bin/chromium',
      // As root in a container: no sandbox; and no calls home (closed networks here).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    {
      name: 'mobile',
      testDir: 'e2e/mobile',
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    {
      name: 'console',
      testDir: 'e2e/console',
      use: { viewport: { width: 1366, height: 860 } },
    },
  ],
})
