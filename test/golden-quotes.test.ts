import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { describeSpeech, reviewSpeech } from '../src/speech/index.ts'
import { loadGolden, quotesWithText } from './golden-helpers.ts'

const env = createEnv()
const golden = loadGolden('orf-2022-01-21-blinken-lawrow')
const doc = analyzeText(golden.input, golden.meta, env)
const found = describeSpeech(doc, env)
const read = (span: Span | undefined) => (span ? doc.text.slice(span[0], span[1]) : undefined)
const expectedDir = `./fixtures/golden/${golden.slug}/expected`

describe('quotes of the founding ORF article', () => {
  it('matches the recorded quotes layer and review', async () => {
    const quotes = quotesWithText(doc)
    await expect(`${JSON.stringify(quotes, null, 2)}\n`).toMatchFileSnapshot(`${expectedDir}/quotes.json`)
    await expect(`# Who said what (speech@2)\n\n${reviewSpeech(doc, found)}\n`).toMatchFileSnapshot(
      `${expectedDir}/review.md`,
    )
  })

  // The article's speech acts and who performed them, read by a person: [words that start the statement, speaker].
  const speechActs: Array<[string, string]> = [
    ['Es dauerte etwa anderthalb Stunden', 'russische Nachrichtenagenturen'],
    ['Blinken sagte schriftliche Antwort zu', 'Lawrow'],
    ['Das Treffen sei „offen und nützlich“ gewesen', 'Lawrow'],
    ['Der Dialog werde fortgesetzt', 'Lawrow'],
    ['Präsident Wladimir Putin sei immer bereit', 'Lawrow'],
    ['Blinken habe ihm zugesichert', 'Lawrow'],
    ['Danach werde man weitersehen', 'Lawrow'],
    ['Allerdings arbeite die NATO gegen sein Land', 'Lawrow'],
    ['Russland sei besorgt', 'Lawrow'],
    ['Besseres Verständnis der Positionen', 'Blinken'],
    ['das Gespräch mit Lawrow sei „offen“ gewesen', 'Blinken'],
    ['Das Treffen sei ein Austausch von Ansichten', 'Blinken'],
    ['Blinken warnte Moskau', 'Blinken'],
    ['„Ich habe die Position', 'Blinken'],
    ['„Wir haben deutlich gemacht', 'Blinken'],
    ['das Gespräch mit Lawrow sei „offen und substanziell“', 'Blinken'],
    ['Seine Regierung warte nicht', 'Blinken'],
    ['dass in den kommenden Wochen weitere Militärhilfe', 'Blinken'],
    ['dass die Beistandspflicht in der NATO', 'Blinken'],
    ['Die Ukraine gehöre nicht dazu', 'Blinken'],
    ['dass Russland mit seiner gegenwärtigen militärischen Aufstellung', 'Blinken'],
    ['Allerdings seien den USA auch Pläne Russlands bekannt', 'Blinken'],
    ['erneut mit Lawrow zusammenzukommen', 'Blinken'],
    ['Klar sei allerdings', 'Blinken'],
    ['Die Situation sei kritisch', 'Blinken'],
    ['Ziel sei eine Deeskalation', 'Blinken'],
    ['Lawrow appellierte an Blinken', 'Lawrow'],
    ['Sicherheitsfragen seien „unteilbar“', 'Lawrow'],
    ['Das russische Außenministerium forderte den Abzug', 'Das russische Außenministerium'],
    ['Es gebe Sorgen um die Sicherheit', 'Duma-Präsident Wjatscheslaw Wolodin'],
    ['Es sei zunächst wichtig', 'Sprecher Dmitri Peskow'],
    ['gezielt Söldner zu rekrutieren', 'Der ukrainische Geheimdienst'],
    ['Erste Soldaten und Material seien bereits', 'Interfax'],
    ['Damit solle die Abschreckung', 'die „Times“'],
    ['Die zusätzlichen Einheiten könnten', 'die „Times“'],
  ]

  it('finds at least 95% of the speech acts with the right speaker', () => {
    const topLevel = found.filter((q) => !q.nested)
    const wrong = speechActs.filter(([start, speaker]) => {
      const q = topLevel.find((x) => read(x.span)?.startsWith(start))
      return !q || read(q.antecedent ?? q.speakerMention) !== speaker
    })
    expect(wrong.length / speechActs.length, JSON.stringify(wrong)).toBeLessThanOrEqual(0.05)
  })

  it('takes no name in quotation marks for a quote', () => {
    for (const name of [
      '„Volksrepublik Donezk“',
      '„Volksrepublik Luhansk“',
      '„Times“',
      '„Alliierte Entschlossenheit“',
    ]) {
      expect(found.some((q) => read(q.span) === name || read(q.span) === name.slice(1, -1))).toBe(false)
    }
  })

  it('passes the plan told with reportative "soll" after Interfax\'s report on as free indirect speech, not as a quote of the name', () => {
    const plan = found.filter((q) => read(q.span)?.startsWith('Die Übung'))
    expect(plan.map((q) => [q.kind, read(q.antecedent ?? q.speakerMention)])).toEqual([
      ['freeIndirect', 'Interfax'],
    ])
  })

  it('leaves photo descriptions and credits alone', () => {
    expect(
      found.some(
        (q) =>
          read(q.span)?.includes('AP/Alex Brandon') ||
          read(q.span)?.startsWith('US-Außenminister Antony Blinken steigt'),
      ),
    ).toBe(false)
  })

  it('gives a joint statement to every speaker it names, in the order of the text', () => {
    const joint = doc.layers.quotes?.find((q) => read(q.span)?.startsWith('Blinken und Lawrow hatten'))
    expect([joint?.speaker, joint?.speakers]).toEqual([
      'per:antony-blinken',
      ['per:antony-blinken', 'per:sergej-lawrow'],
    ])
    // one speaker with an apposition is no joint statement
    const wolodin = doc.layers.quotes?.find((q) => read(q.span)?.startsWith('Es gebe Sorgen'))
    expect(wolodin?.speakers).toBeUndefined()
  })

  it('records the addressee and the attribution chain', () => {
    const appeal = found.find((q) => read(q.span)?.startsWith('Lawrow appellierte'))
    expect(read(appeal?.addresseeMention)).toBe('Blinken')
    const interfax = doc.layers.quotes?.find((q) => read(q.span)?.startsWith('Erste Soldaten'))
    expect(interfax?.via).toEqual(['media:interfax', 'org:rus-verteidigungsministerium'])
  })
})
