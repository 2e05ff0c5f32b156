import { resolveSpeakers } from '../resolve-speakers.ts'
import { rulesOf, type SpeechLanguage } from '../speech-language.ts'
import { loadEnglishAgreement } from './agreement.ts'
import { loadEnglishSpeechLexicon } from './lexicon.ts'
import { SENTENCE_RULES, scan } from './scan.ts'
import { buildEnglishView } from './sentence-view.ts'

/** English: news with "said" before or after the words, inverted ("said Kerry"), and "according to". */
export const english: SpeechLanguage = {
  lang: 'en',
  rules: rulesOf(SENTENCE_RULES),
  findSpeech(doc, env, options) {
    const lex = loadEnglishSpeechLexicon(env)
    const found = scan(buildEnglishView(doc), lex, options)
    resolveSpeakers(doc.text, found, lex, doc.layers.entities, doc.layers.actors, {
      agreement: loadEnglishAgreement(env),
      sentences: doc.layers.sentences ?? [],
    })
    return found
  },
  speakerWords: loadEnglishSpeechLexicon,
}
