import { defineStage } from '../document/index.ts'
import { readsLanguage } from '../text/index.ts'
import { loadGazetteer } from './places/index.ts'
import { findEvents, loadEventLexicon } from './plover/index.ts'

/**
 * PLOVER events. Uses `structure`, `entities`, `actors`, `quotes` and `times` when earlier stages made them and
 * degrades without them (every sentence counts as body text; capitalised names stand in for actors; no quote ids,
 * no dates).
 */
export const eventsStage = defineStage({
  name: 'events',
  // 2: every event carries the rule that made it
  version: 2,
  needs: ['sentences', 'tokens'],
  uses: ['structure', 'entities', 'actors', 'quotes', 'times'],
  makes: ['events'],
  run: (doc, env) => {
    // a language Lagebild does not read at all: the text stage has said so once
    if (!readsLanguage(doc.lang)) return { events: [] }
    // the trigger lexicons and status words are German: other text gets no events, never German readings
    if (doc.lang !== 'de')
      return {
        events: [],
        diagnostics: [
          {
            stage: 'events',
            rule: 'events/unsupported-language',
            message: `no event rules for language "${doc.lang}": no events were looked for (rules exist for de)`,
          },
        ],
      }
    const lex = loadEventLexicon(env)
    const gazetteer = loadGazetteer(env)
    return {
      // the rule stays (analysis@1 `rule`: why this is an event); the trigger token is the rules' own detail
      events: findEvents(doc, lex, gazetteer, env.budget).map(({ trigger: _trigger, ...event }) => event),
    }
  },
})
