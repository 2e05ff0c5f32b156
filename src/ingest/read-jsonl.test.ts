import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countJsonlLines, type JsonlItem, parseJsonlArticle, readJsonlArticles } from './read-jsonl.ts'

const dir = mkdtempSync(join(tmpdir(), 'lagebild-jsonl-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
async function all(path: string, maxBytes?: number): Promise<JsonlItem[]> {
  const items: JsonlItem[] = []
  for await (const item of readJsonlArticles(path, maxBytes ? { maxBytes } : {})) items.push(item)
  return items
}
const summary = (items: JsonlItem[]) =>
  items.map((i) => ('error' in i ? `${i.line}:${i.error.code}` : `${i.line}:${i.article.outlet ?? '-'}`))

describe('readJsonlArticles', () => {
  it('yields each article with its metadata and reports a broken line by number, going on after it', async () => {
    const path = file(
      'news.jsonl',
      [
        JSON.stringify({
          text: 'Lawrow sagte, Russland werde nicht ewig warten.',
          outlet: 'APA',
          published: '2022-01-24',
        }),
        '{"text": "Blinken sprach von einem offenen Gespräch.", "outlet": ',
        '',
        JSON.stringify({
          text: 'Die NATO wies die Forderungen zurück.',
          outlet: 'ORF.at',
          title: 'NATO',
          uri: 'https://orf.at/1',
        }),
      ].join('\r\n'),
    )
    const items = await all(path)
    expect(summary(items)).toEqual(['1:APA', '2:LB_INPUT_UNREADABLE', '4:ORF.at'])
    const last = items[2]
    expect(last && 'article' in last && last.article).toEqual({
      text: 'Die NATO wies die Forderungen zurück.',
      outlet: 'ORF.at',
      title: 'NATO',
      uri: 'https://orf.at/1',
    })
    // each line's bytes (with its line break), so a progress bar can measure a file of unknown line count
    expect(items[0]?.bytes).toBe(
      Buffer.byteLength(
        `${JSON.stringify({ text: 'Lawrow sagte, Russland werde nicht ewig warten.', outlet: 'APA', published: '2022-01-24' })}\r\n`,
      ),
    )
  })

  it('refuses a Latin-1 line, an empty text, a missing text, and an overlong line, each on its own', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"text": "Au'),
      Buffer.from([0xdf]),
      Buffer.from('enminister"}'),
    ])
    const path = file(
      'bad.jsonl',
      Buffer.concat([
        latin1,
        Buffer.from('\n{"text": "   "}\n{"title": "ohne Text"}\n'),
        Buffer.from(`${JSON.stringify({ text: 'x'.repeat(300) })}\n`),
        Buffer.from('{"text": "Scholz reiste nach Kiew."}\n'),
      ]),
    )
    expect(summary(await all(path, 100))).toEqual([
      '1:LB_INPUT_NOT_UTF8',
      '2:LB_INPUT_EMPTY',
      '3:LB_INPUT_UNREADABLE',
      '4:LB_INPUT_TOO_LARGE',
      '5:-',
    ])
  })

  it('says when the file is missing', async () => {
    await expect(all(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'LB_INPUT_NOT_FOUND' })
  })
})

describe('parseJsonlArticle', () => {
  it.each([
    ['[1, 2]', 'one JSON object'],
    ['"Lawrow"', 'one JSON object'],
    ['{"text": 42}', 'no string field "text"'],
    ['{"text": "Lawrow sagte …", "published": 20220121}', '"published" must be a string'],
  ])('refuses %s', (line, message) => {
    expect(() => parseJsonlArticle(line)).toThrow(message)
  })
})

describe('countJsonlLines', () => {
  it('counts what readJsonlArticles yields: good and broken lines, not blank ones, a last line without newline', async () => {
    const content = [
      JSON.stringify({ text: 'Lawrow sagte, Russland werde nicht ewig warten.' }),
      '   ',
      '{"text": "kaputt", ',
      '',
      JSON.stringify({ text: 'Blinken reiste nach Genf.', outlet: 'ORF.at' }),
    ].join('\r\n')
    const path = file('count.jsonl', content)
    expect(await countJsonlLines(path)).toBe(3)
    expect(await countJsonlLines(path)).toBe((await all(path)).length)
    await expect(countJsonlLines(join(dir, 'missing.jsonl'))).rejects.toMatchObject({
      code: 'LB_INPUT_NOT_FOUND',
    })
  })
})
