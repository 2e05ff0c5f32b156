import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/slow/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
})
