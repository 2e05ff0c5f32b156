/**
 * `node --import tsx scripts/speech-fingerprint.ts [OUT]`: sha256 of the speech findings (describeSpeech) and of the
 * quotes layer over every SpkAtt (train, dev), Redewiedergabe and founding text, the check that a refactoring of
 * the speech rules changes no quote. Prints one hash per corpus with and without rule ids; OUT (optional) gets one
 * line per text, so two runs can be diffed to find the texts that changed. Reads ../shared/data (or $LAGEBILD_DATA).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSample } from '../eval/speech.ts'
import { loadSpkattDir, rebuildText } from '../eval/spkatt-data.ts'
import { createEnv } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { describeSpeech } from '../src/speech/index.ts'

const dataDir = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const corpusDir = new URL('../../shared/corpus/', import.meta.url).pathname
const env = createEnv()

function texts(): Array<{ corpus: string; name: string; text: string; published?: string }> {
  const out: Array<{ corpus: string; name: string; text: string; published?: string }> = []
  for (const split of ['train', 'dev']) {
    const dir = join(dataDir, 'spkatt2023-news', split)
    if (!existsSync(dir)) continue
    for (const a of loadSpkattDir(dir))
      out.push({
        corpus: `spkatt-${split}`,
        name: a.file,
        text: rebuildText(a.sentences).text,
        ...(a.published ? { published: a.published } : {}),
      })
  }
  const rw = join(dataDir, 'redewiedergabe', 'tsv')
  if (existsSync(rw))
    for (const file of readdirSync(rw)
      .filter((f) => f.endsWith('.tsv'))
      .sort())
      out.push({
        corpus: 'redewiedergabe',
        name: file,
        text: rebuildText(readSample(join(rw, file)).sentences).text,
      })
  if (existsSync(corpusDir))
    for (const file of readdirSync(corpusDir).sort())
      out.push({ corpus: 'founding', name: file, text: readFileSync(join(corpusDir, file), 'utf8') })
  return out
}

const withoutRule = (_key: string, value: unknown) => (_key === 'rule' ? undefined : value)
const corpora = new Map<
  string,
  { all: ReturnType<typeof createHash>; noRule: ReturnType<typeof createHash> }
>()
const lines: string[] = []
for (const t of texts()) {
  const doc = analyzeText(t.text, t.published ? { published: t.published } : {}, env)
  const findings = { found: describeSpeech(doc, env), quotes: doc.layers.quotes ?? [] }
  const all = JSON.stringify(findings)
  const noRule = JSON.stringify(findings, withoutRule)
  let c = corpora.get(t.corpus)
  if (!c) {
    c = { all: createHash('sha256'), noRule: createHash('sha256') }
    corpora.set(t.corpus, c)
  }
  c.all.update(all)
  c.noRule.update(noRule)
  lines.push(`${t.corpus}\t${t.name}\t${createHash('sha256').update(all).digest('hex').slice(0, 16)}\t${all}`)
}
for (const [name, c] of corpora)
  console.log(
    `${name.padEnd(16)} with rules ${c.all.digest('hex').slice(0, 16)}  without ${c.noRule.digest('hex').slice(0, 16)}`,
  )
const out = process.argv[2]
if (out) writeFileSync(out, `${lines.join('\n')}\n`)
