import type { RuleDescription } from '../../document/index.ts'

/**
 * The rule ids of `findEvents`, in words: what `lagebild analyze --explain` prints beside an event's `rule`.
 *
 * An event's rule is two ids separated by a space: how the event was found (its trigger and who acts), then why it
 * has its status — `events/verb-trigger events/status-planned`. A trigger rule ending in `+speaker` took its actor
 * from the speaker of the words around it (`events/+speaker`). A new rule id in `find-events.ts` gets its line here.
 */
export const EVENT_RULES: Readonly<Record<string, RuleDescription>> = {
  // how the event was found
  'events/verb-trigger': {
    description:
      'a verb of the type in the trigger lexicon names the act; its subject acts, bare objects and role prepositions are the recipients',
    example: 'Blinken warnte Moskau',
  },
  'events/noun-trigger': {
    description:
      'a noun (or the tail of a compound) names the event, no verb trigger beside it; the subject of its clause acts',
    example: 'hege auch keine Angriffspläne',
  },
  'events/noun-phrase': {
    description: "a noun names the event and its own phrase names who acts ('der', 'durch') and against whom",
    example: 'Sanktionen der Europäischen Union gegen Russland',
  },
  'events/noun-circumstance': {
    description:
      "a noun in a phrase of time or cause ('nach', 'trotz', 'seit') names an act that happened, with the sides its own phrase names",
    example: 'nach einer Besetzung der US-Botschaft',
  },
  'events/noun-anaphor': {
    description:
      'a definite noun refers to the event told before and takes its sides; only its own status cue makes it a new event',
    example: 'Der Dialog werde fortgesetzt',
  },
  'events/adjective-trigger': {
    description: 'a predicate adjective names the event',
    example: 'Er sei sich einig mit Lawrow',
  },
  'events/phrase-trigger': {
    description: 'a verb with its fixed companion word names the event',
    example: 'sei immer bereit, in Kontakt mit Biden zu treten',
  },
  'events/predicate-trigger': {
    description:
      "in somebody's words a form of sein with a condemning word: the speaker accuses the clause's subject",
    example: 'Maduro sei ein brutaler Diktator gewesen, sagt die Rechte',
  },
  'events/attributive-trigger': {
    description:
      'a participle inside a noun phrase names the act; the forces of that phrase are the side that acted',
    example: 'die an der Grenze zusammengezogenen 100.000 russischen Soldaten',
  },
  'events/+joined': {
    description:
      'a second verb of another kind joined by a coordinator to a verb of the same type is a second act (deeds only: lexicon joinedActs)',
    example: 'wurde inhaftiert und später zu 20 Jahren Haft verurteilt',
  },
  'events/+speaker': {
    description: 'the clause names nobody who acts: the speaker of the words around it does',
    example: 'Klar sei, dass die NATO-Politik der offenen Tür nicht infrage gestellt werde',
  },
  // why it has its status
  'events/status-occurred': {
    description: 'nothing negates, plans, demands or reports it: it happened',
    example: 'Unterdessen verlegte Russland zwei Bataillone in das Nachbarland',
  },
  'events/status-negated': {
    description: 'a negation in the clause: denied',
    example: 'Russland habe die Ukraine niemals bedroht',
  },
  'events/status-negated-noun': {
    description: "a negation before the noun ('kein', 'nicht'): denied",
    example: 'hege auch keine Angriffspläne',
  },
  'events/status-promise-verb': {
    description: 'the trigger is a verb of promising: promised',
    example: 'Blinken habe ihm zugesichert',
  },
  'events/status-demand': {
    description: 'a verb of demanding, or a type that is always a demand (REQUEST): demanded',
    example: 'verlangen einen Rückzug',
  },
  'events/status-offer': {
    description: "an offer frame around it ('sich bereit erklären'): promised",
    example: 'Frankreich hat sich bereit erklärt, Soldaten zu entsenden',
  },
  'events/status-considered': {
    description: "'erwägen', 'bereit', 'sich befassen' around it: considered",
    example: 'erwägt die britische Regierung, Soldaten zu entsenden',
  },
  'events/status-planned': {
    description: "'ankündigen', 'planen', 'sollen' or a verb of planning around it: planned",
    example: 'Er kündigte an, dass Militärhilfe geliefert werde',
  },
  'events/status-future-time': {
    description: "its date lies after the article's: planned",
    example: 'Die Gespräche finden am Montag statt',
  },
  'events/status-claimed': {
    description: "inside somebody's words about another side: only claimed",
    example: 'Zudem seien Fortschritte geschafft worden, hieß es',
  },
  'events/status-hypothetical': {
    description: 'in a condition (wenn, falls, selbst wenn, a sentence opened by sollte): hypothetical',
    example: 'Sollte die Wahlkommission sich weigern, ihn zuzulassen',
  },
  'events/status-hearsay': {
    description: "'sollen' with a perfect infinitive: the outlet passes on what is said, so only claimed",
    example: 'Auch sollen Polizisten Knüppel gegen Demonstranten eingesetzt haben',
  },
}
