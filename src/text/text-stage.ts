import {
  type Diagnostic,
  type Document,
  defineStage,
  type Env,
  lexicon,
  type Span,
} from '../document/index.ts'
import { readableRegions } from '../structure/index.ts'
import { annotateMorphology } from './annotate-morphology.ts'
import { annotateClauseMoods, loadClauseLexicon } from './clause-moods.ts'
import { englishSentences } from './en/index.ts'
import { germanLexicon } from './german-lexicon.ts'
import { READ_LANGUAGES } from './language/choose-language.ts'
import { type SentencesAndTokens, splitSentences } from './split-sentences.ts'
import { type AbbreviationLexicon, prepareAbbreviations } from './tokenize.ts'

function germanText(doc: Document, regions: Span[], env: Env): SentencesAndTokens {
  const abbreviations = lexicon(env, 'de-abbreviations', (raw) =>
    prepareAbbreviations(raw as AbbreviationLexicon),
  )
  const starters = lexicon(env, 'de-sentence-starters', (raw) => new Set((raw as { words: string[] }).words))
  const german = germanLexicon(env)
  const subjectPronouns = lexicon(
    env,
    'de-subject-pronouns',
    (raw) => new Set((raw as { words: string[] }).words),
  )
  const { sentences, tokens } = splitSentences(doc.text, regions, { abbreviations, starters })
  env.budget?.check()
  const morphology = annotateMorphology(doc.text, tokens, german, subjectPronouns)
  env.budget?.check()
  return { sentences, tokens: annotateClauseMoods(doc.text, morphology, loadClauseLexicon(env)) }
}

/** The text rules of each language Lagebild reads, by `doc.lang` (READ_LANGUAGES lists the same). */
const LANGUAGES: Record<string, (doc: Document, regions: Span[], env: Env) => SentencesAndTokens> = {
  de: germanText,
  en: (doc, regions, env) => englishSentences(doc.text, regions, env),
}

const unreadLanguage = (lang: string): Diagnostic => ({
  stage: 'text',
  rule: 'text/unsupported-language',
  message: `the text is in language "${lang}", which Lagebild does not read (it reads ${READ_LANGUAGES.join(', ')}): no sentences, names, quotes or events were looked for. If the language is wrong, give it with --lang or the API's "lang".`,
})

export const textStage = defineStage({
  name: 'text',
  // 3: the document's language picks the rules; English has its own; other languages get none
  version: 3,
  needs: ['structure'],
  makes: ['sentences', 'tokens'],
  run(doc, env) {
    const read = Object.hasOwn(LANGUAGES, doc.lang) ? LANGUAGES[doc.lang] : undefined
    if (!read) return { sentences: [], tokens: [], diagnostics: [unreadLanguage(doc.lang)] }
    const structure = doc.layers.structure
    const regions: Span[] = structure ? readableRegions(structure) : [[0, doc.text.length]]
    return read(doc, regions, env)
  },
})
