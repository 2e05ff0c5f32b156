#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ when it matches src/ (npm install builds it); otherwise the TypeScript
// sources through tsx, so a checkout being edited, or one never built, still works.
import { isCompiledCurrent } from './compiled.js'

// "lagebild export … | head": a reader that stops early is not an error
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
let main
if (process.env.LAGEBILD_FROM_SOURCE !== '1' && isCompiledCurrent()) {
  ;({ main } = await import('../dist/cli/main.js'))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv)
