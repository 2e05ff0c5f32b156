import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { analyzeText } from '../pipeline.ts'

const env = createEnv()

function speakersOf(text: string) {
  const doc = analyzeText(text, {}, env)
  return (doc.layers.quotes ?? []).map((q) => ({ speaker: q.speaker, speakers: q.speakers }))
}

describe('who speaks, not who is spoken of', () => {
  it('takes the name an apposition describes, not a name in the genitive inside it', () => {
    const found = speakersOf(
      'US-Botschafter Mike Waltz wies die Vorwürfe zurück. „Wir lassen uns nicht belehren“, sagte Waltz, ein ehemaliger nationaler Sicherheitsberater Trumps.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['per:mike-waltz', 'per:mike-waltz'])
  })

  it('reads a verb form between an article and its noun as an attribute, not a cue ("der erklärten Ziele")', () => {
    const found = speakersOf(
      '„Putin hat einen Fehler begangen. Keines der erklärten Ziele ist erfüllt worden. Und es ist unwahrscheinlich, dass sie erfüllt werden“, schreibt Nadeschdin.',
    )
    expect(found).toHaveLength(1)
  })

  it("leaves quoted words inside somebody else's clause to no earlier speaker", () => {
    expect(
      speakersOf(
        'Trump sagte, das Schiff werde beschlagnahmt. Die Küstenwache hatte am Mittwoch einen Öltanker unter ihre Kontrolle gebracht, was in Caracas als "Akt der internationalen Piraterie" verurteilt wurde.',
      ).map((q) => q.speaker),
    ).toEqual(['per:donald-trump', undefined])
  })

  it("reads a person's gender only from words joined to the name, not from the quotation before it", () => {
    const found = speakersOf(
      '„Die älteste Person, die für mich unterschrieben hat, ist eine Frau aus Orjol“, erzählt Boris Nadeschdin. Er will Kundgebungen in 150 Städten beantragen. Das hatte er bei einem Treffen in Moskau angekündigt.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['per:boris-nadeschdin', 'per:boris-nadeschdin'])
  })

  it('gives a quotation after a colon the subject of a cue in the infinitive ("kann sich vorstellen, …: „…“")', () => {
    const found = speakersOf(
      'Der Politologe Dmitri Oreschkin kann sich vorstellen, dass Nadeschdin junge Menschen mobilisieren kann: "20 bis 25 Prozent der Bevölkerung unterstützen Putin nicht."',
    )
    expect(found.map((q) => q.speaker)).toEqual(['per:dmitri-oreschkin', 'per:dmitri-oreschkin'])
  })

  it('never resolves a pronoun to a person named inside the words it reports', () => {
    const found = speakersOf(
      'UN-Generalsekretär António Guterres erklärte, er sei besorgt. Die schwerwiegende Entscheidung von Donald Trump könne einen gefährlichen Präzedenzfall schaffen, warnte er.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['per:antonio-guterres', 'per:antonio-guterres'])
  })
})

describe('joint speakers', () => {
  it('gives a statement to every actor that "und" or a list with "und" joins, the first as its speaker', () => {
    expect(speakersOf('Blinken und Lawrow hatten getrennte Pressekonferenzen angekündigt.')).toEqual([
      { speaker: 'per:antony-blinken', speakers: ['per:antony-blinken', 'per:sergej-lawrow'] },
    ])
    expect(
      speakersOf('Bundeskanzler Olaf Scholz, Emmanuel Macron und Mario Draghi erklärten, sie seien einig.'),
    ).toEqual([
      {
        speaker: 'per:olaf-scholz',
        speakers: ['per:olaf-scholz', 'per:emmanuel-macron', 'per:mario-draghi'],
      },
    ])
  })

  it('reads "Beide" as the two people the text last joined with "und"', () => {
    expect(
      speakersOf(
        'Sergej Lawrow und Antony Blinken trafen sich in Genf. Beide machten deutlich, dass sie keinen Durchbruch erwarteten.',
      ),
    ).toEqual([{ speaker: 'per:sergej-lawrow', speakers: ['per:sergej-lawrow', 'per:antony-blinken'] }])
    expect(
      speakersOf('Die Gespräche in Genf endeten. Beide machten deutlich, dass sie nichts erwarteten.'),
    ).toEqual([{ speaker: undefined, speakers: undefined }])
  })

  it('keeps one speaker for a name with an apposition that names somebody else', () => {
    expect(
      speakersOf('Der Sprecher von Präsident Wladimir Putin, Dmitri Peskow, sagte, die Lage sei ernst.'),
    ).toEqual([{ speaker: 'per:dmitri-peskow', speakers: undefined }])
  })
})
