import { describe, expect, it } from 'vitest'
import { createEnv, type Event } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { eventLanguageOf } from '../event-language.ts'
import { loadEnglishEventLexicon, nounLemma, verbLemma } from './english-event-lexicon.ts'
import { ENGLISH_EVENT_RULES } from './english-event-rules.ts'

const env = createEnv()
const eventsOf = (text: string) =>
  analyzeText(text, { lang: 'en', published: '2024-03-01' }, env).layers.events ?? []
const brief = (e: Event) => `${e.type} ${e.status} ${e.actor.join('+')} -> ${e.recipient.join('+')}`

describe('PLOVER events in English news sentences', () => {
  // [sentence, every event it should yield as "TYPE status actor -> recipient"]
  const table: Array<[string, string[]]> = [
    // subject before the verb acts, the object is the recipient
    ['Israel accused Iran of attacking its embassy.', ['ACCUSE occurred country:ISR -> country:IRN']],
    ['Japan sent aid to Turkey.', ['AID occurred country:JPN -> country:TUR']],
    ['The European Union imposed sanctions on Belarus.', ['SANCTION occurred org:eu -> country:BLR']],
    // a passive: "by X" acts, the subject is acted upon
    ['Serbia was attacked by NATO.', ['ASSAULT occurred org:nato -> country:SRB']],
    // CONSULT lists everyone who met as actor
    [
      'Antony Blinken met Sergei Lavrov in Geneva.',
      ['CONSULT occurred per:antony-blinken+per:sergej-lawrow -> '],
    ],
    // a demand: REQUEST is always demanded, and what it asks for is no event of its own
    ['Egypt urged Israel to withdraw its troops from Gaza.', ['REQUEST demanded country:EGY -> country:ISR']],
    // a threat: what is threatened is its content
    ['Russia threatened to cut off gas supplies to Ukraine.', ['THREATEN occurred country:RUS -> ']],
    // statuses: negation, modals, conditions, plans
    ['Russia did not attack Ukraine.', ['ASSAULT denied country:RUS -> country:UKR']],
    ['Russia could invade Ukraine.', ['ASSAULT hypothetical country:RUS -> country:UKR']],
    [
      'If Iran attacks Israel, the United States will respond.',
      ['ASSAULT hypothetical country:IRN -> country:ISR'],
    ],
    ['China plans to impose sanctions on Taiwan.', ['SANCTION planned country:CHN -> country:TWN']],
    ['Russia will attack Ukraine.', ['ASSAULT planned country:RUS -> country:UKR']],
    ['Russia and Ukraine failed to reach an agreement.', ['AGREE denied country:RUS+country:UKR -> ']],
    // "must" in reported words: the reporter's demand of whoever must act
    [
      'Pakistan said India must withdraw its troops from Kashmir.',
      ['REQUEST demanded country:PAK -> country:IND'],
    ],
    // a verb tells its act even when nobody named does it
    ['Thousands of students demonstrated in Paris against the new law.', ['PROTEST occurred  -> ']],
    // a purpose is no act yet: only the resignation happened
    ['The prime minister resigned on Friday to allow new elections.', ['RETREAT occurred  -> ']],
    // a gerund after a preposition tells why, not what happened
    ['Egypt condemned Israel for attacking Gaza.', ['ACCUSE occurred country:EGY -> country:ISR']],
    // a question tells no act
    ['Will Russia attack Ukraine?', []],
    // a warning is a threat only with a sign of one
    ['Germany warned of rising prices.', []],
  ]
  for (const [sentence, expected] of table)
    it(sentence, () => {
      expect(eventsOf(sentence).map(brief)).toEqual(expected)
    })

  it('reads the verb of a sentence the tagger took for a noun', () => {
    // the tagger reads "attack" after "not" and "attacks" after a name as nouns
    expect(eventsOf('Russia did not attack Ukraine.').map((e) => e.rule)).toEqual([
      'events/en/verb-trigger events/en/status-negated',
    ])
  })

  it('marks what only somebody said as claimed, with the quote', () => {
    const text = 'Police arrested three protesters in Cairo on Monday, Hosni Mubarak said.'
    const doc = analyzeText(text, { lang: 'en' }, env)
    const [event] = doc.layers.events ?? []
    expect(event?.type).toBe('COERCE')
    expect(event?.status).toBe('claimed')
    expect(event?.quote).toBe(doc.layers.quotes?.[0]?.id)
  })

  it('codes a nominalisation by its own phrase: the act of X on Y', () => {
    const [event] = eventsOf("Russia's attack on Ukraine continued.")
    expect(event && brief(event)).toBe('ASSAULT occurred country:RUS -> country:UKR')
  })

  it('describes every rule id its events carry', () => {
    const rules = new Set(
      [
        ...table.flatMap(([s]) => eventsOf(s)),
        ...eventsOf("Russia's attack on Ukraine continued. Clashes erupted in Kyiv."),
      ].flatMap((e) => (e.rule ?? '').split(' ')),
    )
    for (const id of rules) expect(ENGLISH_EVENT_RULES[id], id).toBeDefined()
  })
})

describe('English trigger lexicon', () => {
  const lex = loadEnglishEventLexicon(env)
  it('finds the lemma of regular, irregular and doubled forms', () => {
    expect(
      ['attacks', 'arrested', 'criticized', 'urging', 'denies', 'met', 'expelled', 'shot'].map((w) =>
        verbLemma(w, lex),
      ),
    ).toEqual(['attack', 'arrest', 'criticize', 'urge', 'deny', 'meet', 'expel', 'shoot'])
    expect(verbLemma('table', lex)).toBeUndefined()
    expect(['sanctions', 'talks', 'allies'].map((w) => nounLemma(w, lex))).toEqual([
      'sanction',
      'talk',
      undefined,
    ])
  })

  it('knows the language seam: German and English rules, no others', () => {
    expect(eventLanguageOf('en')?.lang).toBe('en')
    expect(eventLanguageOf('de')?.lang).toBe('de')
    expect(eventLanguageOf('fr')).toBeUndefined()
    expect(eventLanguageOf('constructor')).toBeUndefined()
  })
})
