import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** Debian's chromium, driven headless by playwright-core (`LAGEBILD_CHROMIUM` names another). */
export const CHROMIUM = process.env.LAGEBILD_CHROMIUM ?? '/usr/bin/chromium'
/** A folder to write screenshots to, for a person to look at; none are taken without it. */
export const SCREENSHOTS = process.env.LAGEBILD_SCREENSHOTS

if (!existsSync(CHROMIUM))
  throw new Error(
    `no browser at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set LAGEBILD_CHROMIUM`,
  )

/** The newest modification time under a folder (dist and node_modules left out). */
function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== 'dist' && name !== 'node_modules')
      .map((name) => newest(join(path, name))),
  )
}

// npm install builds the app; after an edit under ui/ the tests build it again rather than test a stale copy
const UI = fileURLToPath(new URL('../../ui/', import.meta.url))
const BUILT = join(UI, 'dist', 'index.html')
if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < newest(UI))
  await build({ configFile: join(UI, 'vite.config.ts'), logLevel: 'warn' })
