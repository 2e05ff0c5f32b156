import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isCompiledCurrent } from '../bin/compiled.js'

const BIN = new URL('../bin/lagebild.js', import.meta.url).pathname
const FOUNDING = new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url)
  .pathname
const dir = mkdtempSync(join(tmpdir(), 'lagebild-cli-'))

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('lagebild analyze', () => {
  it('prints the situation picture of the founding article', () => {
    const { code, stdout } = run('analyze', FOUNDING, '--published', '2022-01-21', '--outlet', 'ORF.at')
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'UKRAINE-KRISE',
      'Keine Annäherung bei USA-Russland-Treffen',
      'ORF.at, 2022-01-21',
    ])
    expect(stdout).toContain('Wer sagte was')
    // what Lawrow reports Blinken to have promised stands indented under Lawrow's words
    const lines = stdout.split('\n')
    const promise = lines.findIndex((l) => l.startsWith('    ↳ Antony Blinken (habe … zugesichert)'))
    expect(promise).toBeGreaterThan(0)
    expect(lines[promise - 1]).toMatch(/^ {2}• Sergej Lawrow/u)
  })

  it('prints one analysis@1 object with --json, from standard input too', () => {
    const result = spawnSync(process.execPath, [BIN, 'analyze', '-', '--json'], {
      input: 'Der Dialog werde fortgesetzt, kündigte er an.',
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    const analysis = JSON.parse(result.stdout)
    expect(analysis.schema).toBe('lagebild/analysis@1')
    expect(analysis.sentences).toEqual([[0, analysis.text.length]])
    expect(analysis.text).toBe('Der Dialog werde fortgesetzt, kündigte er an.')
  })

  // the compiled CLI (dist/, built by npm install) must say what the sources say; a stale dist/ is never run
  it.skipIf(!isCompiledCurrent())('prints the same analysis compiled as from the sources', () => {
    const args = [BIN, 'analyze', FOUNDING, '--published', '2022-01-21', '--json']
    const compiled = spawnSync(process.execPath, args, { encoding: 'utf8' })
    const source = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, LAGEBILD_FROM_SOURCE: '1' },
    })
    expect(compiled.status).toBe(0)
    expect(JSON.parse(compiled.stdout).quotes.length).toBeGreaterThan(0)
    expect(compiled.stdout).toBe(source.stdout)
  })

  it('explains with --explain, per sentence, the rule that made each quote and event and what it means', () => {
    const { code, stdout } = run('analyze', FOUNDING, '--published', '2022-01-21', '--explain')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    // the meeting: its sentence, then the event with its rule, then what each part of the rule means
    const meeting = lines.findIndex((l) => /^\[\d+\] „Der russische Außenminister Sergej Lawrow und/u.test(l))
    expect(meeting).toBeGreaterThanOrEqual(0)
    expect(lines[meeting + 1]).toBe(
      '     event  events/verb-trigger events/status-occurred  CONSULT (occurred)  Sergej Lawrow, Antony Blinken  „Der russische Außenminister Sergej …“',
    )
    expect(lines[meeting + 2]).toMatch(
      /^ {12}events\/verb-trigger: a verb of the type in the trigger lexicon/u,
    )
    expect(lines[meeting + 3]).toMatch(/^ {12}events\/status-occurred: .+: it happened$/u)
    // a rule with the speaker's side: both parts described
    const rejection = lines.findIndex((l) =>
      l.includes('events/phrase-trigger+speaker events/status-occurred'),
    )
    expect(lines[rejection]).toMatch(/REJECT \(occurred\) {2}Antony Blinken → Russland/u)
    expect(lines.slice(rejection + 1, rejection + 4).map((l) => l.trim().split(':')[0])).toEqual([
      'events/phrase-trigger',
      'events/+speaker',
      'events/status-occurred',
    ])
    // every quote has its line with a rule column: the rule the analysis gives it, whatever its id
    const quoteLine = /^ {5}quote {2}(\S+) {2}(direct|indirect|mixed|freeIndirect|reported) {2}(.+)$/u
    const quoteLines = lines.filter((l) => l.startsWith('     quote'))
    for (const l of quoteLines) expect(l).toMatch(quoteLine)
    const json = JSON.parse(run('analyze', FOUNDING, '--published', '2022-01-21', '--json').stdout)
    const rules = (items: { rule?: string }[]) => items.map((i) => i.rule ?? '—').sort()
    expect(quoteLines.map((l) => quoteLine.exec(l)?.[1]).sort()).toEqual(rules(json.quotes))
    expect(rules(json.events)).not.toContain('—')
    const lawrow = lines.findIndex((l) =>
      /^\[\d+\] „Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow\.“$/u.test(l),
    )
    expect(lines[lawrow + 1]).toMatch(
      /^ {5}quote {2}\S+ {2}mixed {2}Sergej Lawrow ← sagte {2}„Das Treffen sei/u,
    )
    // and a tally of the rules at the end
    expect(lines).toContain('Regeln (wie oft, was sie bedeuten)')
    expect(stdout).toMatch(/^ +17 {2}events\/verb-trigger {2}a verb/mu)
  })

  it('refuses --explain together with --json', () => {
    const result = run('analyze', FOUNDING, '--json', '--explain')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--explain.+cannot be used with.+--json/u)
  })

  // Each bad input: exit code 1, one line on stderr with its error code, no stack trace.
  it.each([
    ['an empty file', () => file('empty.txt', ''), 'LB_INPUT_EMPTY'],
    [
      'a binary file',
      () => file('binary.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02])),
      'LB_INPUT_BINARY',
    ],
    [
      'a Latin-1 file',
      () => file('latin1.txt', Buffer.from('Grüße aus Wien', 'latin1')),
      'LB_INPUT_NOT_UTF8',
    ],
    ['a 50 MB file', () => file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a')), 'LB_INPUT_TOO_LARGE'],
    ['a missing file', () => join(dir, 'missing.txt'), 'LB_INPUT_NOT_FOUND'],
  ])('rejects %s with one clear line', (_name, make, code) => {
    const result = run('analyze', make())
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(new RegExp(`^lagebild: .+ \\[${code}\\]\\n$`, 'u'))
  })

  it('reads the language from the text, or takes it from --lang', () => {
    const english = 'The talks in Geneva were useful, the minister said on Friday. More meetings will follow.'
    const analyse = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, 'analyze', '-', '--json', ...args], {
        input: english,
        encoding: 'utf8',
      })
    const detected = JSON.parse(analyse().stdout)
    expect(detected.lang).toBe('en')
    expect(detected.sentences).toHaveLength(2)
    expect(JSON.parse(analyse('--lang', 'de').stdout).lang).toBe('de')
    const wrong = analyse('--lang', 'english!')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('[LB_ARG_INVALID]')
    // three CLI starts, each loading the lexicons: more than one start's worth of time on a busy machine
  }, 120_000)

  it('rejects a malformed --published with exit code 2', () => {
    const result = run('analyze', FOUNDING, '--published', '21.01.2022')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('[LB_ARG_INVALID]')
  })
})

describe('lagebild --db and --version', () => {
  it('refuses a --db that does not exist for a command that only reads, and creates nothing', () => {
    const typo = join(dir, 'typo.sqlite')
    const { code, stdout, stderr } = run('export', '--db', typo, '--format', 'jsonl')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`--db ${typo}: no such database file`)
    expect(existsSync(typo)).toBe(false)
    expect(existsSync(`${typo}-wal`)).toBe(false)
  })

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    for (const flag of ['--version', '-V']) {
      const { code, stdout } = run(flag)
      expect(code, flag).toBe(0)
      expect(stdout.trim(), flag).toBe(version)
    }
  })
})
