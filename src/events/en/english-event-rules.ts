import type { RuleDescription } from '../../document/index.ts'

/**
 * The rule ids of `findEnglishEvents`, in words, for `lagebild analyze --explain`: how the event was found, then
 * why it has its status (`events/en/verb-trigger events/en/status-planned`).
 */
export const ENGLISH_EVENT_RULES: Readonly<Record<string, RuleDescription>> = {
  'events/en/verb-trigger': {
    description:
      'a verb of the type in the English trigger lexicon names the act; the name before it acts, its objects and role prepositions are the recipients',
    example: 'Israel accused Iran of …',
  },
  'events/en/phrase-trigger': {
    description:
      "a verb with its fixed companion word names the act ('open fire', 'call on', 'impose sanctions')",
    example: 'Police opened fire on demonstrators',
  },
  'events/en/predicate-trigger': {
    description: "an adjective after a form of 'be' with an infinitive names the act",
    example: 'Syria says it is willing to withdraw its troops',
  },
  'events/en/noun-trigger': {
    description: "a noun names the act and its own phrase names the sides ('of', 'by', 'on', a name with 's)",
    example: "Iran's attack on the tanker",
  },
  'events/en/light-verb-noun': {
    description: "a noun is the object of a light verb that carries its act; the verb's subject acts",
    example: 'The army imposed a curfew on the city',
  },
  'events/en/happened-noun': {
    description: "a noun with a verb of happening after it ('erupted', 'broke out'): the act took place",
    example: 'Clashes erupted between police and protesters',
  },
  'events/en/obligation-request': {
    description: "'must' or 'should' in what somebody says or reports: their demand of whoever must act",
    example: 'Russia said that Sudan must return the helicopter',
  },
  'events/en/status-occurred': {
    description: 'nothing negates, plans, demands or reports it: it happened',
    example: 'Police arrested three protesters',
  },
  'events/en/status-negated': {
    description: "a negation in the verb group ('not', 'never') or 'no' before the noun: denied",
    example: 'Russia did not attack Ukraine',
  },
  'events/en/status-conditional': {
    description: "in a clause of condition ('if', 'unless'): hypothetical",
    example: 'if Iran attacks the tanker',
  },
  'events/en/status-modal': {
    description: "'could', 'might' or 'may' in the verb group: hypothetical",
    example: 'Russia could invade Ukraine',
  },
  'events/en/status-future': {
    description: "'will', 'shall' or 'would' in the verb group: planned",
    example: 'The ministers will meet on Monday',
  },
  'events/en/status-planned': {
    description:
      "an infinitive after a verb or frame of planning ('plans to', 'is set to', 'announced'): planned",
    example: 'Greece plans to impose restrictions',
  },
  'events/en/status-promised': {
    description:
      "an infinitive after a verb of promising or offering ('pledged to', 'is ready to'): promised",
    example: 'France pledged to send troops',
  },
  'events/en/status-demanded': {
    description:
      'an infinitive after a verb of demanding, or a type that is always a demand (REQUEST): demanded',
    example: 'urged Iraq to withdraw',
  },
  'events/en/status-considered': {
    description: "an infinitive after a verb of considering ('considers to', 'weighs'): considered",
    example: 'Britain is considering to deploy troops',
  },
  'events/en/status-threatened': {
    description: "an infinitive after 'threaten' or 'warn': threatened",
    example: 'Iran threatened to shell Iraqi towns',
  },
  'events/en/status-claimed': {
    description: "inside somebody's words: only claimed",
    example: '"Police arrested three men," the ministry said',
  },
}
