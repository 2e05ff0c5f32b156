import { findQuotes } from '../find-quotes.ts'
import { resolveSpeakers } from '../resolve-speakers.ts'
import { rulesOf, type SpeechLanguage } from '../speech-language.ts'
import { loadSpeakerAgreement } from './agreement.ts'
import { loadSpeechLexicon } from './lexicon.ts'
import { NESTED_RULES, SENTENCE_RULES, scan } from './scan.ts'
import { withoutSelfReports } from './self-reports.ts'
import { buildView, innerView } from './sentence-view.ts'

/** German: news in indirect speech, Konjunktiv I, frames before and after the words. */
export const german: SpeechLanguage = {
  lang: 'de',
  rules: rulesOf([...SENTENCE_RULES, ...NESTED_RULES]),
  findSpeech(doc, env, options) {
    const lex = loadSpeechLexicon(env)
    const found = findQuotes(buildView(doc, lex), { scan, innerView }, options)
    resolveSpeakers(doc.text, found, lex, doc.layers.entities, doc.layers.actors, {
      agreement: loadSpeakerAgreement(env),
      sentences: doc.layers.sentences ?? [],
    })
    return withoutSelfReports(doc, found)
  },
  speakerWords: loadSpeechLexicon,
}
