#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step), so `npx lagebild` works from a fresh clone.
import { register } from 'tsx/esm/api'

register()
// "lagebild export … | head": a reader that stops early is not an error
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv)
