import { describe, expect, it } from 'vitest'
import { emptyPloverScore, readCameoMap, readGoldStandard, readPetrarch, scoreSentence } from './plover.ts'

// written for this test in the layouts of PETRARCH's validation XML and the CAMEO→PLOVER table
const cameo = readCameoMap(
  '04: CONSULT\n042: CONSULT, visit, # Make a visit\n11: DISAPPROVE\n112: ACCUSE, , # Accuse\n',
)
const xml = `<Sentences>
<Sentence category="DEMO" date="19950101" id="T-01" evaluate="true">
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="FRA" />
<EventCoding eventcode="1121" sourcecode="FRA" targetcode="USA" />
<Text>
The American envoy visited Paris, where
France accused Washington of spying.
</Text>
</Sentence>
<Sentence category="DEMO" id="T-02" evaluate="false"><Text>Skipped.</Text></Sentence>
</Sentences>`

const empty = emptyPloverScore

describe('PLOVER and PETRARCH records', () => {
  it('maps CAMEO codes to PLOVER by their digits or their root, and skips records not to evaluate', () => {
    const sentences = readPetrarch(xml, cameo)
    expect(sentences).toHaveLength(1)
    expect(sentences[0]?.text).toBe(
      'The American envoy visited Paris, where France accused Washington of spying.',
    )
    expect(sentences[0]?.codings).toEqual([
      { type: 'CONSULT', source: 'USAGOV', target: 'FRA' },
      { type: 'ACCUSE', source: 'FRA', target: 'USA' },
    ])
  })

  it('reads gold standard records with the 2016 names renamed and documentation records left out', () => {
    const json = JSON.stringify([
      { id: 'D', event: 'DOCUMENT', eventText: 'about the file' },
      {
        id: 'X',
        event: 'DEMAND',
        text: 'Iran demanded that Iraq withdraw.',
        source: [{ code: 'IRN' }],
        target: [{ code: 'IRQ' }],
      },
    ])
    expect(readGoldStandard(json)).toEqual([
      {
        id: 'X',
        text: 'Iran demanded that Iraq withdraw.',
        codings: [{ type: 'REQUEST', source: 'IRN', target: 'IRQ' }],
      },
    ])
  })

  it('counts codings found, false events and the countries of the sides', () => {
    const score = empty()
    const found = scoreSentence(
      [
        { type: 'CONSULT', source: 'USAGOV', target: 'FRA' },
        { type: 'ACCUSE', source: 'FRA', target: 'USA' },
      ],
      [
        { type: 'CONSULT', actorCountries: ['USA'], recipientCountries: ['DEU'] },
        { type: 'THREATEN', actorCountries: [], recipientCountries: [] },
      ],
      score,
    )
    expect(found).toEqual([true, false])
    expect(score).toMatchObject({
      gold: 2,
      found: 1,
      system: 2,
      falseEvents: 1,
      sourceAgree: 1,
      targetAgree: 0,
    })
  })
})
