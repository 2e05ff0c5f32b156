import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeArticleBytes, readArticleText } from './read-article-text.ts'

const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('decodeArticleBytes', () => {
  it('keeps UTF-8 text with umlauts and German quotation marks as it is', () => {
    const text = 'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow.'
    expect(decodeArticleBytes(new TextEncoder().encode(text))).toBe(text)
  })

  it.each([
    ['empty', new Uint8Array(), 'LB_INPUT_EMPTY'],
    ['only white space', new TextEncoder().encode(' \n\t\n'), 'LB_INPUT_EMPTY'],
    ['binary (NUL bytes)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'LB_INPUT_BINARY'],
    // "Außenminister" in Latin-1: ß is the single byte 0xDF, which is not valid UTF-8 here.
    ['Latin-1', Uint8Array.from([0x41, 0x75, 0xdf, 0x65, 0x6e]), 'LB_INPUT_NOT_UTF8'],
  ])('refuses %s input with a coded error', (_name, bytes, code) => {
    expect(() => decodeArticleBytes(bytes)).toThrow(expect.objectContaining({ code }))
  })

  it('refuses input over the size limit', () => {
    expect(() => decodeArticleBytes(new Uint8Array(11).fill(65), { maxBytes: 10 })).toThrow(
      expect.objectContaining({ code: 'LB_INPUT_TOO_LARGE' }),
    )
  })
})

describe('readArticleText', () => {
  it('reads a file', async () => {
    expect(await readArticleText(file('ok.txt', 'Lawrow sagte, der Dialog werde fortgesetzt.\n'))).toContain(
      'Lawrow',
    )
  })

  it('refuses a 50 MB file without reading it', async () => {
    const path = file('huge.txt', '')
    truncateSync(path, 50 * 1024 * 1024)
    await expect(readArticleText(path)).rejects.toMatchObject({ code: 'LB_INPUT_TOO_LARGE' })
  })

  it('says when the file does not exist or is a folder', async () => {
    await expect(readArticleText(join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 'LB_INPUT_NOT_FOUND',
    })
    await expect(readArticleText(dir)).rejects.toMatchObject({ code: 'LB_INPUT_UNREADABLE' })
  })
})
