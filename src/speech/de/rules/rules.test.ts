import { describe, expect, it } from 'vitest'
import { createEnv } from '../../../document/index.ts'
import { analyzeText } from '../../../pipeline.ts'
import { describeSpeech } from '../../index.ts'
import { NESTED_RULES, SENTENCE_RULES } from '../scan.ts'

const env = createEnv()

/** Each finding as `rule: „words“ — speaker`, nested ones marked with ↳. */
function findings(text: string): string[] {
  const doc = analyzeText(text, {}, env)
  const read = (s: [number, number]) => doc.text.slice(s[0], s[1])
  return describeSpeech(doc, env).map(
    (q) =>
      `${q.nested ? '↳ ' : ''}${q.rule}: „${read(q.span)}“ — ${q.antecedent ? read(q.antecedent) : q.speakerMention ? read(q.speakerMention) : '?'}`,
  )
}

const rules = [...SENTENCE_RULES, ...NESTED_RULES]

describe('a role noun as speaker', () => {
  it('is the person named before it, not the one the text names only later', () => {
    const doc = analyzeText(
      'Der Präsident des Gemeinderats, Nicolas Féraud, sprach am Dienstag. Der Gemeindepräsident sagte, die Justiz werde entscheiden. Die Zermatter Gemeindepräsidentin Romy Biner war auch dort.',
      {},
      env,
    )
    expect((doc.layers.quotes ?? []).map((q) => q.speaker)).toEqual(['per:nicolas-feraud'])
  })
})

describe('German speech rules', () => {
  it('have unique ids, an example and a description each', () => {
    const ids = rules.flatMap((r) => [r.id, ...(r.makes ?? []).map((m) => `${r.id}>${m.id}`)])
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of rules) {
      expect(r.example.length, r.id).toBeGreaterThan(10)
      expect(r.description.length, r.id).toBeGreaterThan(10)
    }
  })

  // The rule's own example phrase, as --explain shows it, is read by that rule.
  for (const rule of SENTENCE_RULES)
    for (const info of rule.makes ?? [rule])
      it(`${info.id} reads its example: ${info.example}`, () => {
        expect(findings(info.example).map((f) => f.split(':')[0])).toContain(info.id)
      })
})

/** [input, expected findings] for each rule family, in the order of de/scan.ts. */
const tables: Record<string, Array<[string, string[]]>> = {
  'de/heading-attribution': [
    [
      'Lawrow: Blinken sagte schriftliche Antwort zu\n\nDas Treffen dauerte anderthalb Stunden.',
      ['de/heading-attribution: „Blinken sagte schriftliche Antwort zu“ — Lawrow'],
    ],
    // a topic before the colon is no speaker: only a person or a body is
    ['Russland-Wahl: Nadeschdin darf nicht antreten\n\nDie Wahlkommission hat entschieden.', []],
  ],
  'de/frame-after-sentence': [
    [
      'Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle am Abend.',
      ['de/frame-after-sentence: „Die FDP schließt eine Ampel aus“ — Westerwelle'],
    ],
  ],
  'de/cue-after': [
    [
      'Der Dialog werde fortgesetzt, sagte Lawrow.',
      ['de/cue-after: „Der Dialog werde fortgesetzt“ — Lawrow'],
    ],
    ['„Das ist gut“, so Blinken weiter.', ['de/so-after: „„Das ist gut““ — Blinken']],
    [
      'Die Lage sei ernst, hieß es in einer Erklärung des Kremls.',
      ['de/impersonal-after: „Die Lage sei ernst“ — einer Erklärung des Kremls'],
    ],
    // a described apposition after the name belongs to the speaker (Wikinews, CC BY 2.5)
    [
      'Die Eisbären seien bedroht, sagte Andrew Wetzler, ein Anwalt des Natural Resources Defense Council.',
      [
        'de/cue-after: „Die Eisbären seien bedroht“ — Andrew Wetzler, ein Anwalt des Natural Resources Defense Council',
      ],
    ],
  ],
  'de/wie-clause': [
    [
      'Wie sein Anwalt mitteilte, brach er das Studium ab.',
      ['de/wie-clause: „brach er das Studium ab“ — sein Anwalt'],
    ],
  ],
  'de/fronted-clause': [
    [
      'Ob er es angewendet hat, wissen wir nicht anzugeben.',
      ['de/fronted-clause: „Ob er es angewendet hat“ — wir'],
    ],
  ],
  'de/cue-before': [
    // a name particle inside the apposition's name (Wikinews, CC BY 2.5)
    [
      'Die Sprecherin der Stiftung Warentest, Heike van Laak, sagte: „Wir bleiben bei unseren Testergebnissen.“',
      [
        'de/cue-before: „„Wir bleiben bei unseren Testergebnissen.““ — Die Sprecherin der Stiftung Warentest, Heike van Laak',
      ],
    ],
    [
      'Lawrow sagte, der Westen müsse seine Truppen abziehen.',
      ['de/cue-before: „der Westen müsse seine Truppen abziehen“ — Lawrow'],
    ],
    [
      'In dem Bericht heißt es, die Regierung habe versagt.',
      ['de/impersonal-before: „die Regierung habe versagt“ — dem Bericht'],
    ],
    // "ins Leben rufen" founds something: no verb of saying
    ['Peter Müller rief 2010 die Stiftung ins Leben, die Schulen in Kenia unterstützen solle.', []],
    // a sentence-opening adverb or adjective is no subject: the speaker stands after the verb
    [
      'Natürlich sagte Peter Müller, die Lage sei ernst.',
      ['de/cue-before: „die Lage sei ernst“ — Peter Müller'],
    ],
    [
      'Zusammenfassend erklärte die Regierung, sie habe keine Wahl.',
      ['de/cue-before: „sie habe keine Wahl“ — die Regierung'],
    ],
    [
      'Demgegenüber betonte die Opposition, es gebe Hoffnung.',
      ['de/cue-before: „es gebe Hoffnung“ — die Opposition'],
    ],
    // "er" and "sie" stand for the last person of their gender, "sie" with a plural verb for no single person
    [
      'Die Ministerin Anna Berger traf Olaf Scholz in Berlin. Danach sagte sie, die Gespräche seien gut gewesen.',
      ['de/cue-before: „die Gespräche seien gut gewesen“ — Anna Berger'],
    ],
    [
      'Wladimir Putin sagte, die Lage sei ruhig. In Russland gehen junge Menschen auf die Straße. Sie forderten, dass die Wahl wiederholt werde.',
      [
        'de/cue-before: „die Lage sei ruhig“ — Wladimir Putin',
        'de/cue-before: „dass die Wahl wiederholt werde“ — Sie',
      ],
    ],
    // a role noun stands for the person named before it, not for one the text names only later (the entities
    // stage links it to Féraud itself now, so the mention is its own antecedent; the speaker test below checks the id)
    [
      'Der Präsident des Gemeinderats, Nicolas Féraud, sprach am Dienstag. Der Gemeindepräsident sagte, die Justiz werde entscheiden. Die Zermatter Gemeindepräsidentin Romy Biner war auch dort.',
      ['de/cue-before: „die Justiz werde entscheiden“ — Der Gemeindepräsident'],
    ],
  ],
  'de/attribution-marker': [
    [
      'Laut der Polizei wurden drei Menschen verletzt.',
      ['de/laut: „wurden drei Menschen verletzt“ — der Polizei'],
    ],
    ['Interfax zufolge sind die Truppen abgezogen.', ['de/zufolge: „sind die Truppen abgezogen“ — Interfax']],
    // "nach eigenen Angaben" names nobody: its clause's subject speaks
    [
      'Nach eigenen Angaben hat die Polizei drei Verdächtige festgenommen.',
      ['de/nach-angaben: „hat die Polizei drei Verdächtige festgenommen“ — die Polizei'],
    ],
  ],
  'de/direct': [
    ['„Wir bleiben hart.“', ['de/direct: „„Wir bleiben hart.““ — ?']],
    [
      'Ähnlich sieht es Geoff Yu von der Bank BNY: „Die Zinsen bleiben unverändert.“',
      ['de/direct-colon: „„Die Zinsen bleiben unverändert.““ — Geoff Yu von der Bank BNY'],
    ],
    // a particle joins two words of a name only: a film's title after "zu" does not make a verdict a speaker
    [
      'Das Fazit zu Wish: „Ein schöner Film für die ganze Familie.“',
      ['de/direct: „„Ein schöner Film für die ganze Familie.““ — ?'],
    ],
    // before a colon, "man" is the subject and names nobody: the object after the verb does not speak
    [
      'Die Partei legte ein Papier vor. Und man wollte eine klare Entscheidung: „Die Wähler sollen über den Kurs entscheiden.“',
      ['de/direct: „„Die Wähler sollen über den Kurs entscheiden.““ — ?'],
    ],
    // a conjunction before a colon is no speaker: the quotation goes on with the one who spoke before
    [
      'Die Ministerin lobte den Plan. Aber: „Der Ton ist der Sache nicht dienlich.“',
      [
        'de/reported: „Die Ministerin lobte den Plan.“ — Die Ministerin',
        'de/direct-continued: „„Der Ton ist der Sache nicht dienlich.““ — Die Ministerin',
      ],
    ],
  ],
  'de/noun': [
    [
      'Er reagierte auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen.',
      ['de/noun: „auf die SPD zuzugehen“ — des CSU-Vorsitzenden Edmund Stoiber'],
    ],
  ],
  'de/reported': [
    // a sentence-opening adjective used as an adverb is no subject
    [
      'Generell rechnet der Trainer mit einem engen Spiel.',
      ['de/reported: „Generell rechnet der Trainer mit einem engen Spiel.“ — der Trainer'],
    ],
    [
      'Das russische Außenministerium forderte den Abzug der Truppen.',
      [
        'de/reported: „Das russische Außenministerium forderte den Abzug der Truppen.“ — Das russische Außenministerium',
      ],
    ],
  ],
  'de/continuation': [
    [
      'Der Dialog werde fortgesetzt, sagte Lawrow. Danach werde man weitersehen.',
      [
        'de/cue-after: „Der Dialog werde fortgesetzt“ — Lawrow',
        'de/continuation: „Danach werde man weitersehen.“ — Lawrow',
      ],
    ],
    // nobody's words before: the person the sentence before narrates speaks (Wikinews, CC BY 2.5)
    [
      'Berlins Regierender Bürgermeister Klaus Wowereit (SPD) bedauerte die Entscheidung des Bundesverfassungsgerichtes. Anfang der neunziger Jahre seien offenbar juristische Fehler gemacht worden.',
      [
        'de/continuation: „Anfang der neunziger Jahre seien offenbar juristische Fehler gemacht worden.“ — Berlins Regierender Bürgermeister Klaus Wowereit (SPD)',
      ],
    ],
    // a person narrated in between speaks rather than the one whose words came two sentences before
    [
      'Die Studie sei fahrlässig, sagte der Hauptgeschäftsführer des Verbands. Hubert Primus von der Stiftung Warentest blieb bei seinem Urteil. In Zeiten knapper Kassen sei die Studie richtig.',
      [
        'de/cue-after: „Die Studie sei fahrlässig“ — der Hauptgeschäftsführer des Verbands',
        'de/continuation: „In Zeiten knapper Kassen sei die Studie richtig.“ — Hubert Primus von der Stiftung Warentest',
      ],
    ],
    // hearsay "soll" stays with the source: the person narrated in between is who the report is about
    [
      'Die Anklage sei erhoben, teilte der Generalbundesanwalt mit. Der Ingenieur Xuejun C. lebte seit Jahren in München. Von dort soll er Kontakte zu Forschern gepflegt haben.',
      [
        'de/cue-after: „Die Anklage sei erhoben“ — der Generalbundesanwalt',
        'de/continuation: „Von dort soll er Kontakte zu Forschern gepflegt haben.“ — der Generalbundesanwalt',
      ],
    ],
    // a subject that is no person or body narrates no speaker
    [
      'Alle Opfer stammen aus der Umgebung. Mehrere weitere leblose Körper seien in den Trümmern geortet worden.',
      ['de/continuation: „Mehrere weitere leblose Körper seien in den Trümmern geortet worden.“ — ?'],
    ],
  ],
  'de/cue-before-nested': [
    [
      'Blinken habe ihm zugesichert, dass die USA schriftlich antworten würden, sagte Lawrow.',
      [
        'de/cue-after: „Blinken habe ihm zugesichert, dass die USA schriftlich antworten würden“ — Lawrow',
        '↳ de/cue-before: „dass die USA schriftlich antworten würden“ — Blinken',
      ],
    ],
  ],
}

describe('German speech rules on their tables', () => {
  it('cover every rule of de/scan.ts', () => {
    expect(Object.keys(tables)).toEqual(rules.map((r) => r.id))
  })
  for (const [id, rows] of Object.entries(tables))
    for (const [input, expected] of rows)
      it(`${id}: ${input}`, () => expect(findings(input)).toEqual(expected))
})
