import { defineStage } from '../document/index.ts'
import { readsLanguage } from '../text/index.ts'
import { eventLanguageOf } from './event-language.ts'

/**
 * PLOVER events. Uses `structure`, `entities`, `actors`, `quotes` and `times` when earlier stages made them and
 * degrades without them (every sentence counts as body text; capitalised names stand in for actors; no quote ids,
 * no dates).
 */
export const eventsStage = defineStage({
  name: 'events',
  // 2: every event carries the rule that made it; 3: English text gets English events
  version: 3,
  needs: ['sentences', 'tokens'],
  uses: ['structure', 'entities', 'actors', 'quotes', 'times'],
  makes: ['events'],
  run: (doc, env) => {
    // a language Lagebild does not read at all: the text stage has said so once
    if (!readsLanguage(doc.lang)) return { events: [] }
    // each language reads events by its own triggers and status words: others get none, never German readings
    const language = eventLanguageOf(doc.lang)
    if (!language)
      return {
        events: [],
        diagnostics: [
          {
            stage: 'events',
            rule: 'events/unsupported-language',
            message: `no event rules for language "${doc.lang}": no events were looked for (rules exist for de and en)`,
          },
        ],
      }
    return {
      // the rule stays (analysis@1 `rule`: why this is an event); the trigger token is the rules' own detail
      events: language.findEvents(doc, env).map(({ trigger: _trigger, ...event }) => event),
    }
  },
})
