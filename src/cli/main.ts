import { Command, CommanderError } from 'commander'
import { isLagebildError, LagebildError } from '../document/index.ts'
import { readArticleText } from '../ingest/index.ts'
import { analyze } from '../pipeline.ts'
import { parsePublished } from './parse-published.ts'
import { renderPicture } from './render-picture.ts'

interface AnalyzeOptions {
  published?: string
  outlet?: string
  json?: boolean
}

async function runAnalyze(file: string, options: AnalyzeOptions, write: (s: string) => void): Promise<void> {
  const published = parsePublished(options.published)
  const text = await readArticleText(file)
  const analysis = analyze(text, {
    ...(published ? { published } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(file !== '-' ? { uri: `file:${file}` } : {}),
  })
  write(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : renderPicture(analysis))
}

export function buildProgram(write: (s: string) => void): Command {
  const program = new Command('lagebild')
    .description('Turns news coverage of a crisis into a sourced situation picture: who said what, events, figures, dates.')
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: (s) => process.stderr.write(s) })

  program
    .command('analyze')
    .description('analyse one plain-text article (UTF-8; "-" reads standard input)')
    .argument('<file>', 'article file, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD); relative dates are resolved against it')
    .option('--outlet <name>', 'the outlet that published the article')
    .option('--json', 'print one lagebild/analysis@1 JSON object instead of the readable picture')
    .action((file: string, options: AnalyzeOptions) => runAnalyze(file, options, write))

  return program
}

/** Runs the CLI and returns the exit code; errors become one readable line, never a stack trace. */
export async function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  try {
    await buildProgram(write).parseAsync(argv)
    return 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (isLagebildError(error)) {
      process.stderr.write(`lagebild: ${error.message} [${error.code}]\n`)
      return error.code === 'LB_ARG_INVALID' ? 2 : 1
    }
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`lagebild: unexpected error: ${message} (set LAGEBILD_DEBUG=1 for details)\n`)
    if (process.env.LAGEBILD_DEBUG) console.error(error)
    return 1
  }
}

export { LagebildError }
