import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chunksOf, readGermEval } from '../src/entities/tagger/index.ts'
import { fromBrackets, NER_TYPES, toBrackets } from './ner-brackets.ts'

const GOLD = new URL('./gold/ner/', import.meta.url)
const files = readdirSync(GOLD).filter((f) => f.endsWith('.tsv'))

/** The blocks of a gold file: its "# source" line and its token lines. */
function blocks(text: string): Array<{ source: string; lines: string[] }> {
  return text
    .split(/\n\s*\n/u)
    .filter((b) => b.trim() !== '')
    .map((b) => {
      const [source = '', ...lines] = b.split('\n').filter((l) => l !== '')
      return { source, lines }
    })
}

describe('our annotated Wikinews sentences (eval/gold/ner)', () => {
  it('name the Wikinews article and sentence of every sentence', () => {
    for (const file of files)
      for (const { source } of blocks(readFileSync(new URL(file, GOLD), 'utf8')))
        expect(source).toMatch(/^# \d+ - .+ \(\d{4}-\d{2}-\d{2}\) \| sentence \d+$/u)
  })

  it('hold each sentence once, numbered from 1, in GermEval columns with BIO tags of the NoSta-D types', () => {
    const seen = new Set<string>()
    const bad: string[] = []
    for (const file of files)
      for (const { source, lines } of blocks(readFileSync(new URL(file, GOLD), 'utf8'))) {
        if (seen.has(source)) bad.push(`twice: ${source}`)
        seen.add(source)
        lines.forEach((line, i) => {
          const [index, token, tag = '', inner] = line.split('\t')
          const tagOk = tag === 'O' || (/^[BI]-/u.test(tag) && NER_TYPES.test(tag.slice(2)))
          if (index !== String(i + 1) || !token || inner !== 'O' || !tagOk) bad.push(`${source}: ${line}`)
        })
      }
    expect(bad).toEqual([])
    expect(seen.size).toBeGreaterThan(0)
  })

  it('read back through the bracket format unchanged', () => {
    const sentences = files.flatMap((f) => readGermEval(readFileSync(new URL(f, GOLD), 'utf8')))
    for (const s of sentences) {
      const back = fromBrackets(toBrackets(s.words, s.tags))
      expect(back.words).toEqual(s.words)
      expect(chunksOf(back.tags)).toEqual(chunksOf(s.tags))
    }
  })
})

describe('the bracket format', () => {
  it('marks each name with its type and reads it back', () => {
    const line = '[LOCderiv Deutsche] Forscher um [PER Angela Merkel] arbeiten in [LOC Berlin] .'
    const { words, tags } = fromBrackets(line)
    expect(words).toEqual(['Deutsche', 'Forscher', 'um', 'Angela', 'Merkel', 'arbeiten', 'in', 'Berlin', '.'])
    expect(tags).toEqual(['B-LOCderiv', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'])
    expect(toBrackets(words, tags)).toBe(line)
  })

  it('keeps two names side by side apart', () => {
    const { tags } = fromBrackets('[LOCderiv Berliner] [ORG SPD]')
    expect(chunksOf(tags)).toEqual([
      { type: 'LOCderiv', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 2 },
    ])
  })

  it('says which line is malformed', () => {
    expect(() => fromBrackets('Die [ORG Vereinten Nationen tagen .')).toThrow(/unclosed bracket in: Die/u)
    expect(() => fromBrackets('[CITY Berlin] .')).toThrow(/unknown type "CITY"/u)
  })
})
