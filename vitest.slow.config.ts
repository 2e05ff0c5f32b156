import { defineConfig } from 'vitest/config'

// Tests that take minutes of CPU (the hostile-input fuzz): part of `npm test`, left out of `npm run test:unit` so
// that the quick run while working stays quick.
export default defineConfig({
  test: { include: ['test/slow/**/*.test.ts'], testTimeout: 180_000 },
})
