import type { Span } from '../../document/index.ts'
import { type Gazetteer, loadGazetteer, type PlaceInfo } from './gazetteer.ts'

export interface PlaceMention extends PlaceInfo {
  span: Span
}

const LOCATIVE = new Set([
  'in',
  'im',
  'nach',
  'aus',
  'bei',
  'von',
  'vor',
  'um',
  'über',
  'durch',
  'gegen',
  'zwischen',
])

/**
 * Countries, capitals, cities and regions named in a text, longest name first ("Volksrepublik Donezk" before
 * "Donezk"), with genitives ("Russlands", "Moskaus"). Parts of compounds ("Ukraine-Krise", "US-Präsident")
 * are not mentions of the place.
 */
export function findPlaces(text: string, gazetteer: Gazetteer = loadGazetteer()): PlaceMention[] {
  const toks = [...text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }))
  const found: PlaceMention[] = []
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i] as { start: number; end: number }
    if (text[first.start - 1] === '-' && /\p{L}/u.test(text[first.start - 2] ?? '')) continue
    for (let n = Math.min(gazetteer.maxWords, toks.length - i); n >= 1; n--) {
      const last = toks[i + n - 1] as { start: number; end: number }
      // only spaces between the words of a name
      if (n > 1 && !/^[\p{L}\p{N}'’.\- ]+$/u.test(text.slice(first.start, last.end))) continue
      const surface = text.slice(first.start, last.end)
      if (/^-\p{L}/u.test(text.slice(last.end, last.end + 2))) continue
      let place = gazetteer.names.get(surface)
      let end = last.end
      // "Russlands", "Moskaus", "des Baltikums": the genitive -s
      if (!place && surface.endsWith('s')) place = gazetteer.names.get(surface.slice(0, -1))
      // "Washington D.C." keeps its final dot; a full stop after "Kiew." does not belong to the name
      if (!place && text[end] === '.') {
        place = gazetteer.names.get(`${surface}.`)
        if (place) end++
      }
      if (!place) continue
      if (!/^[\p{Lu}]/u.test(surface) && place.kind !== 'region') continue
      const before = text.slice(Math.max(0, first.start - 20), first.start).match(/(\p{L}+)[ /]$/u)?.[1]
      const afterWord = text.slice(end, end + 20).match(/^ (\p{L}+)/u)?.[1]
      const locative = before !== undefined && LOCATIVE.has(before.toLowerCase())
      if (gazetteer.ambiguous.has(surface) && !locative) continue
      // "Antony Blinken", "Alex Brandon", "Wladimir Putin": a town's name inside a person's name
      if (place.kind === 'city' && !locative) {
        const named = (w: string | undefined) =>
          w !== undefined && /^\p{Lu}/u.test(w) && !gazetteer.names.has(w)
        if (named(before) || named(afterWord)) continue
      }
      found.push({ ...place, span: [first.start, end] })
      i += n - 1
      break
    }
  }
  return found
}
