import { describe, expect, it } from 'vitest'
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  SAME_STORY,
  similarity,
  textSignature,
} from './near-duplicates.ts'

// An APA story as two outlets carried it: other headline, one paragraph cut, quotes in other marks.
const ORF = `Keine Annäherung bei USA-Russland-Treffen

Der russische Außenminister Sergej Lawrow und sein US-Kollege Antony Blinken haben einander am Freitag zu einem Krisengespräch im Ukraine-Konflikt in Genf getroffen. Eine Annäherung gab es dabei nicht, beide Seiten vereinbarten aber, im Gespräch zu bleiben. Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow nach dem rund eineinhalbstündigen Gespräch. Blinken habe ihm zugesichert, dass der Westen seiner Regierung kommende Woche eine schriftliche Antwort auf deren Anfrage nach Sicherheitsgarantien übergeben werde.

Blinken sagte, er habe Lawrow klargemacht, dass jeder Einmarsch russischer Truppen in die Ukraine eine rasche, schwere und gemeinsame Antwort der USA und ihrer Verbündeten nach sich ziehen werde. Russland hat an der Grenze zur Ukraine mehr als 100.000 Soldaten zusammengezogen.`
const STANDARD = `Lawrow und Blinken vereinbaren weitere Gespräche

Der russische Außenminister Sergej Lawrow und sein US-Kollege Antony Blinken haben einander am Freitag zu einem Krisengespräch im Ukraine-Konflikt in Genf getroffen. Eine Annäherung gab es dabei nicht, beide Seiten vereinbarten aber, im Gespräch zu bleiben. Das Treffen sei "offen und nützlich" gewesen, sagte Lawrow nach dem rund eineinhalbstündigen Gespräch. Blinken habe ihm zugesichert, dass der Westen seiner Regierung kommende Woche eine schriftliche Antwort auf deren Anfrage nach Sicherheitsgarantien übergeben werde.`
const OTHER = `Gaspreise steigen weiter

Die Großhandelspreise für Erdgas in Europa sind am Montag erneut gestiegen. Händler verwiesen auf die geringen Füllstände der Speicher und den kalten Winter. Die Bundesnetzagentur rief Verbraucher zum Sparen auf, eine Mangellage sei aber derzeit nicht zu befürchten.`

describe('near-duplicate articles', () => {
  it('sees the same agency story in two outlets as one story, and another article as another', () => {
    const orf = textSignature(ORF)
    const standard = textSignature(STANDARD)
    const other = textSignature(OTHER)
    expect(similarity(orf, standard)).toBeGreaterThanOrEqual(SAME_STORY)
    expect(similarity(orf, other)).toBeLessThan(0.2)
    expect(similarity(orf, orf)).toBe(1)
  })

  it('finds the duplicate through a shared band key, so the store can look it up by index', () => {
    const orf = new Set(bandKeys(textSignature(ORF)))
    expect(bandKeys(textSignature(STANDARD)).some((k) => orf.has(k))).toBe(true)
    expect(bandKeys(textSignature(OTHER)).some((k) => orf.has(k))).toBe(false)
  })

  it('round-trips a signature through its stored form', () => {
    const signature = textSignature(ORF)
    const back = decodeSignature(encodeSignature(signature))
    expect(back.size).toBe(signature.size)
    expect(Array.from(back.minhash)).toEqual(Array.from(signature.minhash))
  })
})
