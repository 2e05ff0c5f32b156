/**
 * The English named-entity sentences `npm run train -- ner-en` learns from and `npm run eval -- ner-en` scores: Universal
 * NER English-EWT dev (CC BY-SA 4.0), the news and interview documents of GUM (CC BY 4.0) and MEANTIME's Wikinews
 * articles (CC BY 4.0), each read as PER/ORG/LOC outer BIO tags and split the same way every time into a part to train
 * on and a part kept aside for reporting.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readLexicon } from '../src/document/index.ts'
import { nameStartAfterTitles, readGermEval, type TaggedSentence } from '../src/entities/tagger/index.ts'

const englishTitles = () => new Set(readLexicon<{ titles: string[] }>('en-person-titles').titles)

const DATA_DIR = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const ENGLISH = `${DATA_DIR}/english`

export const EN_LABELS = ['O', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']

export interface EnglishSplit {
  train: TaggedSentence[]
  heldOut: TaggedSentence[]
}

export interface EnglishNerCorpus {
  uner: EnglishSplit
  gum: EnglishSplit
  meantime: EnglishSplit
}

/** Every fifth document (the 5th, 10th, …) is kept aside: documents, not sentences, so no article is on both sides. */
const keptAside = (documentIndex: number) => documentIndex % 5 === 4

/** An IOB2 file in the UNER layout (index, token, tag, …; `# newdoc id` opens a document), split by document. */
export function readIob2Documents(text: string): TaggedSentence[][] {
  const documents: string[] = []
  let current: string[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc') && current.length > 0) {
      documents.push(current.join('\n'))
      current = []
    }
    current.push(line)
  }
  documents.push(current.join('\n'))
  return documents.map(readGermEval).filter((d) => d.length > 0)
}

function splitDocuments(documents: readonly TaggedSentence[][]): EnglishSplit {
  return {
    train: documents.filter((_, k) => !keptAside(k)).flat(),
    heldOut: documents.filter((_, k) => keptAside(k)).flat(),
  }
}

export function loadUner(): EnglishSplit {
  return splitDocuments(readIob2Documents(readFileSync(`${ENGLISH}/uner_en_ewt/en_ewt-ud-dev.iob2`, 'utf8')))
}

const GUM_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' }
// "University of Helsinki", "Bank of America": small words inside a proper name
const NAME_JOINERS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'von', 'van', 'al', 'la'])

/** The last run of name words inside a mention, small joining words allowed between two of them. */
function lastNameRun(
  mention: { start: number; end: number },
  isName: (k: number) => boolean,
  word: (k: number) => string,
): { start: number; end: number } | undefined {
  let end = mention.end
  while (end > mention.start && !isName(end - 1)) end--
  if (end === mention.start) return undefined
  let start = end - 1
  while (
    start > mention.start &&
    (isName(start - 1) ||
      (NAME_JOINERS.has(word(start - 1).toLowerCase()) && start - 2 >= mention.start && isName(start - 2)))
  )
    start--
  return { start, end }
}

/** Tags a run unless a name already tagged overlaps it. */
function tagRun(tags: string[], run: { start: number; end: number }, type: string): void {
  for (let k = run.start; k < run.end; k++) if (tags[k] !== 'O') return
  for (let k = run.start; k < run.end; k++) tags[k] = `${k === run.start ? 'B' : 'I'}-${type}`
}

interface GumToken {
  word: string
  upos: string
  sentence: number
}

/** GUM's xml: one token a line (word, PTB tag, lemma, CLAWS tag, UPOS, …), `<s …>` opening each sentence. */
function readGumTokens(xml: string): GumToken[] {
  const tokens: GumToken[] = []
  let sentence = -1
  for (const line of xml.split('\n')) {
    if (line.startsWith('<s ') || line === '<s>') sentence++
    else if (!line.startsWith('<')) {
      const columns = line.split('\t')
      if (columns.length >= 5)
        tokens.push({ word: columns[0] as string, upos: columns[4] as string, sentence })
    }
  }
  return tokens
}

interface Mention {
  type: string
  start: number
  /** exclusive */
  end: number
}

/** GUM's coreference conll: bracketed `(type-id` … `type-id)` mentions in the third column, one token a line. */
export function readGumMentions(conll: string): { words: string[]; mentions: Mention[] } {
  const words: string[] = []
  const mentions: Mention[] = []
  const open = new Map<string, Array<{ type: string; start: number }>>()
  for (const line of conll.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    const [, word, column = '_'] = line.split('\t')
    const index = words.length
    words.push(word as string)
    // "(abstract-2(substance-3-Iodine)", "(time-5)time-4)", "person-6)person-7)"
    for (const m of column.matchAll(/(\()?([a-z]+)-(\d+)(?:-[^()]*)?(\))?/gu)) {
      const [, opens, type, id, closes] = m
      const key = `${type}-${id}`
      if (opens) {
        const stack = open.get(key) ?? []
        stack.push({ type: type as string, start: index })
        open.set(key, stack)
      }
      if (closes) {
        const started = open.get(key)?.pop()
        if (started) mentions.push({ type: started.type, start: started.start, end: index + 1 })
      }
    }
  }
  return { words, mentions }
}

/**
 * A GUM mention of a person, organisation or place is named when it holds proper nouns: its last run of them (joined by
 * "of", "the" …) is the name ("Helsinki's biologist Nick Bos" → Nick Bos). Longer mentions first, so "University of
 * Helsinki" keeps the place inside it.
 */
export function gumSentences(
  xml: string,
  conll: string,
  titles: ReadonlySet<string> = englishTitles(),
): TaggedSentence[] {
  const tokens = readGumTokens(xml)
  const { words, mentions } = readGumMentions(conll)
  if (words.length !== tokens.length)
    throw new Error(`GUM xml has ${tokens.length} tokens, its coreference file ${words.length}`)
  const tags = tokens.map(() => 'O')
  const isProper = (k: number) => tokens[k]?.upos === 'PROPN'
  const ordered = mentions
    .filter((m) => GUM_TYPES[m.type])
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const mention of ordered) {
    const run = lastNameRun(mention, isProper, (k) => (tokens[k] as GumToken).word)
    if (!run || tokens[run.start]?.sentence !== tokens[run.end - 1]?.sentence) continue
    const type = GUM_TYPES[mention.type] as string
    // GUM writes titles as proper nouns ("President Barack Obama"); UNER and CoNLL leave them out of the name
    if (type === 'PER')
      run.start += nameStartAfterTitles(
        tokens.slice(run.start, run.end).map((t) => t.word),
        titles,
      )
    tagRun(tags, run, type)
  }
  const sentences: TaggedSentence[] = []
  tokens.forEach((token, k) => {
    if (sentences.length <= token.sentence) sentences.push({ words: [], tags: [] })
    const s = sentences[token.sentence] as TaggedSentence
    s.words.push(token.word)
    s.tags.push(tags[k] as string)
  })
  return sentences.filter((s) => s.words.length > 0)
}

/** GUM's own dev documents are kept aside (its test documents are not in our copy). */
export function loadGum(): EnglishSplit {
  const gum = `${ENGLISH}/gum_news`
  const splits = readFileSync(`${gum}/splits.md`, 'utf8')
  const dev = new Set((/## dev\n([\s\S]*?)\n## /u.exec(splits)?.[1] ?? '').match(/GUM_[a-z0-9_]+/gu) ?? [])
  const split: EnglishSplit = { train: [], heldOut: [] }
  for (const file of readdirSync(`${gum}/xml`).sort()) {
    const name = file.replace(/\.xml$/u, '')
    const sentences = gumSentences(
      readFileSync(`${gum}/xml/${file}`, 'utf8'),
      readFileSync(`${gum}/coref/gum/conll/${name}.conll`, 'utf8'),
    )
    ;(dev.has(name) ? split.heldOut : split.train).push(...sentences)
  }
  return split
}

const MEANTIME_TYPES = new Set(['PER', 'ORG', 'LOC'])

/**
 * A MEANTIME article (NAF-style XML): tokens with sentence numbers; name mentions (`NAM`, and `PRE.NAM` before a noun:
 * "Apple executives") take the type of the entity they refer to. A leading "the" is no part of a name.
 */
export function meantimeSentences(xml: string): TaggedSentence[] {
  const tokens = [...xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/gu)].map(
    (m) => ({ sentence: Number(m[1]), id: m[2] as string, word: decodeXml(m[3] as string) }),
  )
  const position = new Map(tokens.map((t, k) => [t.id, k]))
  const mentions = new Map<string, number[]>()
  for (const m of xml.matchAll(
    /<ENTITY_MENTION [^>]*m_id="(\d+)" syntactic_type="(NAM|PRE\.NAM)">([\s\S]*?)<\/ENTITY_MENTION>/gu,
  ))
    mentions.set(
      m[1] as string,
      [...(m[3] as string).matchAll(/t_id="(\d+)"/gu)].map((a) => position.get(a[1] as string) ?? -1),
    )
  const entityType = new Map<string, string>()
  for (const m of xml.matchAll(/<ENTITY [^>]*ent_type="([A-Z]+)"[^>]*m_id="(\d+)"/gu))
    entityType.set(m[2] as string, m[1] as string)
  const spans: Mention[] = []
  for (const m of xml.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/gu)) {
    const target = /<target m_id="(\d+)"/u.exec(m[1] as string)?.[1] ?? ''
    const type = entityType.get(target)
    if (!type || !MEANTIME_TYPES.has(type)) continue
    for (const source of (m[1] as string).matchAll(/<source m_id="(\d+)"/gu)) {
      const span = (mentions.get(source[1] as string) ?? []).filter((k) => k >= 0).sort((a, b) => a - b)
      if (span.length > 0) spans.push({ type, start: span[0] as number, end: (span.at(-1) as number) + 1 })
    }
  }
  // "Airbus parent company European Aeronautic Defence and Space Company EADS N.V.": a mention may hold an apposition;
  // the shortest mentions first, each its last run of capitalised words
  const tags = tokens.map(() => 'O')
  const capitalised = (k: number) => /^[\p{Lu}\d]/u.test(tokens[k]?.word ?? '')
  spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
  for (const span of spans) {
    const run = lastNameRun(span, capitalised, (k) => tokens[k]?.word ?? '')
    if (run) tagRun(tags, run, span.type)
  }
  const sentences = new Map<number, TaggedSentence>()
  tokens.forEach((token, k) => {
    const s = sentences.get(token.sentence) ?? { words: [], tags: [] }
    s.words.push(token.word)
    s.tags.push(tags[k] as string)
    sentences.set(token.sentence, s)
  })
  return [...sentences.values()]
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
}

export function loadMeantime(): EnglishSplit {
  const root = `${ENGLISH}/meantime_en/intra-doc_annotation`
  const documents = readdirSync(root)
    .sort()
    .flatMap((topic) =>
      readdirSync(`${root}/${topic}`)
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => meantimeSentences(readFileSync(`${root}/${topic}/${f}`, 'utf8'))),
    )
  return splitDocuments(documents)
}

export function loadEnglishNerCorpus(): EnglishNerCorpus {
  return { uner: loadUner(), gum: loadGum(), meantime: loadMeantime() }
}
