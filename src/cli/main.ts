import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Command, CommanderError, Option } from 'commander'
import { createEnv, isLagebildError, LagebildError } from '../document/index.ts'
import { exitCodeOf } from './exit-codes.ts'
import { parseBudget } from './parse-budget.ts'
import { parsePublished } from './parse-published.ts'
import { renderPicture } from './render-picture.ts'

interface AnalyzeOptions {
  published?: string
  outlet?: string
  json?: boolean
  explain?: boolean
  budget?: string
  lang?: string
}

// The server, its store and their native modules load only for the commands that serve.
const serve = async (...args: Parameters<typeof import('./serve-command.ts').serve>) =>
  (await import('./serve-command.ts')).serve(...args)
const ingest = async (...args: Parameters<typeof import('./ingest-command.ts').ingest>) =>
  (await import('./ingest-command.ts')).ingest(...args)
const enqueue = async (...args: Parameters<typeof import('./enqueue-command.ts').enqueue>) =>
  (await import('./enqueue-command.ts')).enqueue(...args)
const work = async (...args: Parameters<typeof import('./worker-command.ts').work>) =>
  (await import('./worker-command.ts')).work(...args)
const exportCorpus = async (...args: Parameters<typeof import('./export-command.ts').exportCorpus>) =>
  (await import('./export-command.ts')).exportCorpus(...args)

async function runAnalyze(file: string, options: AnalyzeOptions, write: (s: string) => void): Promise<void> {
  const published = parsePublished(options.published)
  const budgetMs = parseBudget(options.budget)
  // the readers and the stages load here, not with the program: `--help` and the serving commands need neither.
  // The plain-text reader alone, not ingest/index.ts: that one brings the HTML and feed parsers (250 modules).
  const [{ readArticleText }, { analyze }, { explainAnalysis }, { languageCode }] = await Promise.all([
    import('../ingest/read-article-text.ts'),
    import('../pipeline.ts'),
    import('./explain.ts'),
    import('../text/index.ts'),
  ])
  const text = await readArticleText(file)
  const analysis = analyze(
    text,
    {
      ...(published ? { published } : {}),
      ...(options.outlet ? { outlet: options.outlet } : {}),
      ...(options.lang ? { lang: languageCode(options.lang) } : {}),
      ...(file !== '-' ? { uri: `file:${file}` } : {}),
    },
    createEnv(budgetMs !== undefined ? { budgetMs } : {}),
  )
  if (options.json) write(`${JSON.stringify(analysis, null, 2)}\n`)
  else write(options.explain ? explainAnalysis(analysis) : renderPicture(analysis))
}

/** The version of the package this CLI belongs to (package.json beside src/). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return pkg.version
}

const LANG_HELP =
  'language of the text (de, en; ISO 639-1) instead of the one detected from it; other languages are stored unread'

/** The commands that may create the database `--db` names; every other one reads an existing one. */
const CREATES_DATABASE = new Set(['ingest', 'start', 'serve', 'worker'])

export function buildProgram(write: (s: string) => void): Command {
  const program = new Command('lagebild')
    .description(
      'Turns news coverage of a crisis into a sourced situation picture: who said what, events, figures, dates.',
    )
    .version(packageVersion(), '-V, --version', 'print the version of lagebild')
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: (s) => process.stderr.write(s) })
    // a mistyped --db ("typo.sqlite") would otherwise create an empty database and answer from it
    .hook('preAction', (_program, command) => {
      const db = command.opts().db as string | undefined
      if (db !== undefined && db !== ':memory:' && !CREATES_DATABASE.has(command.name()) && !existsSync(db))
        throw new LagebildError(
          'LB_ARG_INVALID',
          `--db ${db}: no such database file (only ingest, start and serve create one)`,
        )
    })

  program
    .command('analyze')
    .description('analyse one plain-text article (UTF-8; "-" reads standard input)')
    .argument('<file>', 'article file, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD); relative dates are resolved against it')
    .option('--outlet <name>', 'the outlet that published the article')
    .option('--lang <code>', LANG_HELP)
    .option('--json', 'print one lagebild/analysis@1 JSON object instead of the readable picture')
    .option(
      '--budget <seconds>',
      'time one article may take before it is refused as too complex (default $LAGEBILD_BUDGET, else 10 s + 2 ms per KB)',
    )
    .addOption(
      new Option(
        '--explain',
        'print, per sentence with a quote or an event, the rule that made each and what it means',
      ).conflicts('json'),
    )
    .action((file: string, options: AnalyzeOptions) => runAnalyze(file, options, write))

  program
    .command('serve')
    .description('serve the HTTP API (and web app) over the store')
    .option('--port <n>', 'port to listen on (default $PORT or 8080)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option(
      '--budget <seconds>',
      'time one article may take before it is refused as too complex (default $LAGEBILD_BUDGET, else 10 s + 2 ms per KB)',
    )
    .option(
      '--db <path>',
      'SQLite file (default $LAGEBILD_DB or a per-user file); DATABASE_URL selects PostgreSQL',
    )
    .option(
      '--log-level <level>',
      'server log on stderr, JSON lines: error, warn, info, debug (default warn)',
    )
    .option(
      '--workers <n>',
      `threads that analyse POSTed articles; more at once wait a little or get 503 (default: the cores, ${availableParallelism()})`,
    )
    .option(
      '--timeout <seconds>',
      'wall-clock time one article may hold a thread; then its thread is replaced and the request gets 503 (default 60)',
    )
    .option('--token <token>', 'writes need "Authorization: Bearer TOKEN" (default $LAGEBILD_TOKEN)')
    .option('--token-reads', 'API reads need the token too (or $LAGEBILD_TOKEN_READS=1)')
    .option(
      '--allow-private-fetch',
      '{"url": …} may fetch private, loopback and link-local addresses (or $LAGEBILD_ALLOW_PRIVATE_FETCH=1)',
    )
    .action((options) => serve(options, write))

  program
    .command('start')
    .description('the main job: store the sample article if needed, print its picture, and serve')
    .option('--port <n>', 'port to listen on (default $PORT or 8080)')
    .option('--db <path>', 'SQLite file (default $LAGEBILD_DB or a per-user file)')
    .option(
      '--log-level <level>',
      'server log on stderr, JSON lines: error, warn, info, debug (default warn)',
    )
    .action((options) => serve({ ...options, withSample: true }, write))

  program
    .command('ingest')
    .description('analyse and store articles: files and folders (.txt, .jsonl, .html), RSS/Atom feeds')
    .argument('[paths...]', 'files or folders (walked recursively)')
    .option(
      '--db <path>',
      'SQLite file (default $LAGEBILD_DB or a per-user file); DATABASE_URL selects PostgreSQL',
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that bring none')
    .option('--outlet <name>', 'outlet for articles that name none')
    .option('--lang <code>', LANG_HELP)
    .option(
      '--budget <seconds>',
      'time one article may take before it is refused as too complex (default $LAGEBILD_BUDGET, else 10 s + 2 ms per KB)',
    )
    .option(
      '--feed <url|file>',
      'an RSS or Atom feed to ingest (repeatable)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--workers <n>',
      `threads that analyse side by side; one writer stores in input order (default: the cores, ${availableParallelism()})`,
    )
    .option(
      '--queue <url>',
      'put the articles in this Redis queue (redis://host:port) for `lagebild worker` instead of analysing them',
    )
    .action(async (paths: string[], options) => {
      exitCode =
        options.queue !== undefined
          ? await enqueue(paths, options, { write })
          : await ingest(paths, options, { write })
    })

  program
    .command('worker')
    .description(
      'analyse and store the articles `ingest --queue` puts in a Redis queue; run as many as you like, anywhere',
    )
    .requiredOption('--queue <url>', 'the Redis queue (redis://[:password@]host:port[/db])')
    .option(
      '--db <path|url>',
      'a postgres:// URL (or a SQLite file for workers on one machine); default $DATABASE_URL, else $LAGEBILD_DB',
    )
    .option(
      '--budget <seconds>',
      'time one article may take before it is refused as too complex (default $LAGEBILD_BUDGET, else 10 s + 2 ms per KB)',
    )
    .option(
      '--lock-seconds <n>',
      'a job of a worker that stopped answering (killed, machine lost) goes to another after this (default 30)',
    )
    .option('--until-empty', 'stop once the queue is empty instead of waiting for more')
    .option('--name <name>', 'this worker in messages (default host:pid)')
    .action(async (options) => {
      exitCode = await work(options, { write })
    })

  program
    .command('export')
    .description(
      'write every stored article: analysis@1 JSON lines, CSV tables, or PLOVER-style event records',
    )
    .requiredOption('--format <format>', 'jsonl | csv | plover')
    .option(
      '--db <path>',
      'SQLite file (default $LAGEBILD_DB or a per-user file); DATABASE_URL selects PostgreSQL',
    )
    .option('--out <file>', 'write to this file (csv: FILE.documents.csv, FILE.quotes.csv, FILE.events.csv)')
    .action(async (options) => {
      exitCode = await exportCorpus(options, write)
    })

  return program
}

// A command that finished its work but has something to report (a failed item) sets the code main() returns.
let exitCode = 0

/** Runs the CLI and returns the exit code; errors become one readable line, never a stack trace. */
export async function main(
  argv: string[],
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  try {
    exitCode = 0
    await buildProgram(write).parseAsync(argv)
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (isLagebildError(error)) {
      process.stderr.write(`lagebild: ${error.message} [${error.code}]\n`)
      return exitCodeOf(error.code)
    }
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`lagebild: unexpected error: ${message} (set LAGEBILD_DEBUG=1 for details)\n`)
    if (process.env.LAGEBILD_DEBUG) console.error(error)
    return 1
  }
}

export { LagebildError }
