// `npm run build` (also run by `npm install` / `npm ci` through `prepare`): compiles src/ into dist/, which
// bin/lagebild.js runs while it matches src/. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { ROOT, sourceStamp, writeStamp } from '../bin/compiled.js'

const require = createRequire(import.meta.url)

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const stamp = sourceStamp()
// a clean tree, so a deleted source leaves no module behind
rmSync(join(ROOT, 'dist'), { recursive: true, force: true })
// `tsc --noEmit` and the tests check the types; the build only strips them
run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck'])
writeStamp(stamp)

// The German verb/noun lexicon, prebuilt from the dictionaries and lexicons/de-*.json (see
// src/text/prebuilt-german-lexicon.ts); the compiled code builds it, so this takes seconds, not a tsx start.
const { createEnv } = await import('../dist/document/index.js')
const { germanLexiconCorrections, loadGermanLexicon, writePrebuiltGermanLexicon, PREBUILT_GERMAN_LEXICON } =
  await import('../dist/text/index.js')
const corrections = germanLexiconCorrections(createEnv())
writePrebuiltGermanLexicon(loadGermanLexicon(corrections), corrections)
console.log(`built dist/ and ${relative(ROOT, PREBUILT_GERMAN_LEXICON)}`)
