import { defineConfig } from 'vitest/config'

// Browser tests: Debian's chromium driven by playwright-core against the real server on the built web app.
export default defineConfig({
  test: { include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false },
})
