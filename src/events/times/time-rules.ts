import { parseGermanDigits, parseNumberWord } from '../quantities/number-words.ts'
import type { TimeRule } from './time-language.ts'
import { alternation, type TimeLexicon } from './time-lexicon.ts'

/** What an expression says before it is placed on the calendar. */
export type Meaning =
  /** "21. Jänner 2022", "im Februar", "Sommer 1916", "1914", "490 v. Chr." (year < 0) */
  | {
      kind: 'date'
      year?: number
      /** "1.9.39": the century comes from the context */
      shortYear?: number
      month?: number
      day?: number
      season?: string
      part?: string
      /** "Mai desselben Jahres" (0), "März des folgenden Jahres" (1): the year comes from the last one named */
      yearOffset?: number
      /** "next year's first quarter", "June last year": the offset counts from the publication year, not the last year named */
      yearOffsetFrom?: 'reference'
      /** "last April" (-1), "next March" (1): the direction, where a tense cue would otherwise decide the year */
      dir?: number
    }
  /** "am Freitag", "kommenden Montag" (dir forces the direction) */
  | {
      kind: 'weekday'
      weekday: number
      dir?: number
      part?: string
      /** "over the weekend": the week of that weekday (Saturday), written 1990-W32-WE */
      weekend?: boolean
    }
  /** "gestern", "kommende Woche": from the publication date; "zwei Tage später": from the last date named */
  | {
      kind: 'offset'
      unit: string
      n: number
      from: 'reference' | 'anchor'
      part?: string
      /** "a year ago" after "the third quarter" takes the quarter named: 1988-Q3, not 1988 */
      likeAnchor?: boolean
    }
  /** "gegen 11.00 Uhr", "4 Uhr 45", "Mitternacht" */
  | { kind: 'clock'; hour: number; minute: number }
  /** "die 1930er Jahre" → 193; "zwanziger Jahre" → century from context */
  | { kind: 'decade'; digits: string }
  /** "des 20. Jahrhunderts" → 19 */
  | { kind: 'century'; value: string }
  /** "nun", "bald", "damals": PRESENT_REF etc.; in narrative text the time last named */
  | { kind: 'vague'; value: string }
  /** durations and sets whose value needs no reference: P3D, PT1.5H, XXXX-WXX-5 */
  | { kind: 'literal'; value: string }

export interface Candidate {
  start: number
  end: number
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  meaning: Meaning
  rule: string
}

type Rule = TimeRule<TimeLexicon>

const L = '(?<![\\p{L}\\p{N}])'
const R = '(?![\\p{L}\\p{N}])'
const DAY = '(?:0?[1-9]|[12]\\d|3[01])'
const BC = '(\\s+v\\.\\s?Chr\\.?|\\s+n\\.\\s?Chr\\.?)?'
/** a year after a month or season: "Juni 1940", "Frühjahr 480 v. Chr."; not "26. Dezember 38 Santee" */
const YEAR_AFTER = '(\\d{3,4}|\\d{1,2}(?=\\s+[vn]\\.\\s?Chr))'

/** Words before a bare month or season that show it is one ("im Mai", not the name "August Bebel"). */
const DATE_CONTEXT = new Set(
  'im in am vom von bis ab seit zum zur anfang mitte ende beginn gegen des den dem nach vor um und oder bzw. zwischen spätestens frühestens ausgang noch schon bereits letzten späten frühen'.split(
    ' ',
  ),
)

/** Words before a bare number that make it a year even when a noun follows ("seit 1991 Mitglied"). */
const YEAR_CONTEXT = new Set(
  'im in seit bis ab von vom um nach vor anfang mitte ende beginn sommer herbst winter frühjahr frühling jahr jahre jahres zwischen zum zur'.split(
    ' ',
  ),
)

function previousWord(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 30), at)
  const m = before.match(/([\p{L}.]+)\s*$/u)
  return (m?.[1] ?? '').toLowerCase()
}

function nextWord(text: string, at: number): string {
  const m = text.slice(at, at + 40).match(/^[ \t]*([\p{L}%€$]+)/u)
  return m?.[1] ?? ''
}

function yearOf(digits: string, era: string | undefined): number {
  const y = Number(digits)
  return era && /v\./u.test(era) ? -y : y
}

/** A number written in digits or as a German word ("drei", "anderthalb", "wenige" → undefined = X). */
export function numberOf(word: string, lex: TimeLexicon): number | 'X' | null {
  const w = word.toLowerCase()
  const digits = parseGermanDigits(word)
  if (digits !== undefined) return digits
  if (lex.numbers.fractions[w] !== undefined && !/^(halb|halbe|halben|halbes|viertel)$/u.test(w)) {
    return lex.numbers.fractions[w] ?? null
  }
  if (lex.numbers.few[w] !== undefined) return 'X'
  return parseNumberWord(w, lex.numbers) ?? null
}

function durationValue(n: number | 'X', unit: string, clock: boolean): string {
  const amount = n === 'X' ? 'X' : String(Math.round(n * 100) / 100)
  return clock ? `PT${amount}${unit}` : `P${amount}${unit}`
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/gu, ' ')

/** Builds the rule list from the lexicons; each rule finds one shape of expression. */
export function buildRules(lex: TimeLexicon): Rule[] {
  const MONTH = `(${alternation(Object.keys(lex.months))})`
  const WEEKDAY = `(${alternation(Object.keys(lex.weekdays))})`
  const SEASON = `(${alternation(Object.keys(lex.seasons))})`
  const DIR = `(${alternation(Object.keys(lex.directions))})(?:e|er|en|es|em)?`
  const UNIT = `(${alternation(Object.keys(lex.units))})`
  const NUM = `(\\d+(?:,\\d+)?|[\\p{L}]+)`
  const APPROX =
    '(?:(?:mehr\\s+als|weniger\\s+als|knapp|etwa|rund|fast|ungefähr|circa|ca\\.|maximal|mindestens|bis\\s+zu|gut|nahezu)\\s+)?'
  const month = (s: string | undefined) => lex.months[lower(s)]
  const flags = 'giu'

  return [
    {
      // "Freitag, 21. Jänner 2022", "1. September 1939", "7. Juli", "1. Mai desselben Jahres"
      name: 'date/day-month-year',
      pattern: new RegExp(
        `${L}(?:${WEEKDAY},?\\s+(?:den\\s+)?)?(${DAY})\\.\\s*${MONTH}(?:\\s+${YEAR_AFTER}${BC}${R}|\\s+(desselben|des\\s+gleichen|des\\s+selben|des\\s+folgenden|des\\s+nächsten|des\\s+vorigen)\\s+Jahres)?${R}`,
        flags,
      ),
      build(m) {
        const meaning: Meaning = { kind: 'date', day: Number(m[2]), month: month(m[3]) }
        if (m[4]) meaning.year = yearOf(m[4], m[5])
        if (m[6]) meaning.yearOffset = /folgend|nächst/u.test(m[6]) ? 1 : /vorig/u.test(m[6]) ? -1 : 0
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "10.2.2022", "1.9.39", "am 10.2." (without a year only after a preposition)
      name: 'date/numeric',
      pattern: new RegExp(
        `${L}(${DAY})\\.\\s?(0?[1-9]|1[0-2])\\.(?:\\s?(\\d{4}|\\d{2})(?![\\p{L}\\p{N}:]|\\.\\d))?`,
        flags,
      ),
      build(m, text) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6)
        if (/^\s*Uhr/u.test(after) || /^\d/u.test(after)) return null
        if (!m[3] && !/^(am|vom|bis|zum|ab|seit)$/u.test(previousWord(text, m.index))) return null
        const meaning: Meaning = { kind: 'date', day: Number(m[1]), month: Number(m[2]) }
        if (m[3] && m[3].length === 2) meaning.shortYear = Number(m[3])
        else if (m[3]) meaning.year = Number(m[3])
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "27./28. September", "vom 26. bis 31. August", "Nacht vom 16. auf den 17. Juni": the lone day borrows the month
      name: 'date/day-before-range',
      pattern: new RegExp(
        `${L}(?:(Nacht)\\s+(?:vom|zum)\\s+)?(${DAY})\\.(?=\\s*(?:[/–-]|bis|und|auf|oder|zum)\\s*(?:(?:den|dem|zum)\\s+)?${DAY}\\.\\s*${MONTH}(?:\\s+(\\d{3,4})${R})?)`,
        flags,
      ),
      build(m) {
        const meaning: Meaning = { kind: 'date', day: Number(m[2]), month: month(m[3]) }
        if (m[4]) meaning.year = Number(m[4])
        if (m[1]) meaning.part = 'NI'
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "Juni 1940", "April des Jahres 1917", "im Februar", "Jänner 2022", "März des folgenden Jahres"
      name: 'date/month-year',
      pattern: new RegExp(
        `${L}${MONTH}(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR_AFTER}${BC}${R}|\\s+(desselben|des\\s+gleichen|des\\s+selben|des\\s+folgenden|des\\s+nächsten|des\\s+vorigen)\\s+Jahres)?${R}`,
        flags,
      ),
      build(m, text) {
        const hasYear = Boolean(m[2] || m[4])
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3)
        if (!hasYear && !DATE_CONTEXT.has(previousWord(text, m.index)) && !/^\s*[/–]/u.test(after))
          return null
        // "Mai" is also a word for the maypole and a name; without a year it needs "im"
        if (/^[a-zäöü]/u.test(m[1] ?? '')) return null
        const meaning: Meaning = { kind: 'date', month: month(m[1]) }
        if (m[2]) meaning.year = yearOf(m[2], m[3])
        if (m[4]) meaning.yearOffset = /folgend|nächst/u.test(m[4]) ? 1 : /vorig/u.test(m[4]) ? -1 : 0
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "Sommer 1916", "im Herbst", "Frühjahr 1943", "Herbst des Jahres 1914"
      name: 'date/season',
      pattern: new RegExp(
        `${L}(?:(späten|frühen)\\s+)?${SEASON}(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR_AFTER}${BC}${R}|\\s+(desselben|des\\s+gleichen|des\\s+folgenden|des\\s+nächsten)\\s+Jahres)?${R}`,
        flags,
      ),
      build(m, text) {
        if (!/^[A-ZÄÖÜ]/u.test(m[2] ?? '')) return null
        const hasYear = Boolean(m[3] || m[5])
        if (!hasYear && !DATE_CONTEXT.has(previousWord(text, m.index))) return null
        const meaning: Meaning = { kind: 'date', season: lex.seasons[lower(m[2])] ?? 'SU' }
        if (m[3]) meaning.year = yearOf(m[3], m[4])
        if (m[5]) meaning.yearOffset = /folgend|nächst/u.test(m[5]) ? 1 : 0
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "1914", "Jahr 1939", "490 v. Chr.", "Kriegsjahr 1916"; not "S-400", "1.000", "1500 Soldaten"
      name: 'date/year',
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}.,/]|\\p{L}-)(?:((?:Kriegs|Wahl)?Jahr(?:e|es|en)?|Jahreswende|Jahreswechsel)\\s+)?(\\d{1,4})${BC}(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%|-\\p{L})`,
        flags,
      ),
      build(m, text) {
        const digits = m[2] ?? ''
        const y = Number(digits)
        const era = m[3]
        const after = nextWord(text, m.index + m[0].length)
        if (!era && !m[1]) {
          if (digits.length !== 4 || y < 1000 || y > 2099) return null
          const prev = previousWord(text, m.index)
          if (
            /^(nr\.|artikel|art\.|paragraf|paragraph|§|resolution|flug|division|seite|s\.|platz|nummer|kilometer|km|tempo)$/u.test(
              prev,
            )
          )
            return null
          if (
            /^(%|prozent|euro|dollar|mann|soldaten|menschen|tote|toten|kilometer|km|meter|einwohner|personen|panzer|flugzeuge|stück|tonnen|gefangene|opfer)$/iu.test(
              after,
            )
          )
            return null
          // "1370 Landungsboote", "etwa 1500 Soldaten": a capitalised noun right after a number counts it, unless a preposition shows a year
          if (
            /^[A-ZÄÖÜ]/u.test(after) &&
            lex.months[after.toLowerCase()] === undefined &&
            !YEAR_CONTEXT.has(prev)
          )
            return null
        }
        if (!era && m[1] && (y > 2099 || digits.length < 3)) return null
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'date', year: yearOf(digits, era) },
        }
      },
    },
    {
      // "1930er Jahre", "den 1990er-Jahren", "zwanziger Jahren", "20er Jahre"
      name: 'date/decade',
      pattern: new RegExp(
        `${L}(?:den\\s+)?(?:(\\d{2,4})er|(zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger|zehner))(?:\\s*-\\s*|\\s+)Jahr(?:e|en)${R}`,
        flags,
      ),
      build(m) {
        const words: Record<string, string> = {
          zehner: '1',
          zwanziger: '2',
          dreißiger: '3',
          vierziger: '4',
          fünfziger: '5',
          sechziger: '6',
          siebziger: '7',
          achtziger: '8',
          neunziger: '9',
        }
        const digits = m[1]
          ? m[1].length >= 3
            ? m[1].slice(0, 3)
            : m[1].slice(0, 1)
          : (words[lower(m[2])] ?? 'X')
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'decade', digits },
        }
      },
    },
    {
      // "des 20. Jahrhunderts" → 19, "im 5. Jh. v. Chr."
      name: 'date/century',
      pattern: new RegExp(`${L}(\\d{1,2})\\.\\s*(?:Jahrhundert(?:s)?|Jh\\.)${BC}(?!\\p{L})`, flags),
      build(m) {
        const n = Number(m[1])
        const bc = Boolean(m[2] && /v\./u.test(m[2]))
        const value = bc ? `BC${String(n - 1).padStart(2, '0')}` : String(n - 1).padStart(2, '0')
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'century', value },
        }
      },
    },
    {
      // "Ende des Jahres", "Anfang des Monats", "Laufe des Jahres 1916", "Mitte des Jahres"
      name: 'date/part-of-this-year',
      pattern: new RegExp(
        `${L}(Anfang|Mitte|Ende|Beginn|Laufe|Verlauf|Hälfte)\\s+(?:des\\s+)?(Jahres|Monats)(?:\\s+(\\d{3,4})${BC}${R})?${R}`,
        flags,
      ),
      build(m) {
        if (m[3])
          return {
            start: m.index,
            end: m.index + m[0].length,
            type: 'DATE',
            meaning: { kind: 'date', year: yearOf(m[3], m[4]) },
          }
        const unit = /jahr/iu.test(m[2] ?? '') ? 'Y' : 'M'
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'offset', unit, n: 0, from: 'anchor' },
        }
      },
    },
    {
      // "Jahresende 1941", "Jahresbeginn", "zum Jahreswechsel"
      name: 'date/year-compound',
      pattern: new RegExp(
        `${L}(Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Jahreswechsel|Jahreswende)(?:\\s+(\\d{3,4})${R})?${R}`,
        flags,
      ),
      build(m) {
        const meaning: Meaning = m[2]
          ? { kind: 'date', year: Number(m[2]) }
          : { kind: 'offset', unit: 'Y', n: 0, from: 'anchor' }
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "gegen 11.00 Uhr", "um 4:45 Uhr", "4 Uhr 45", "20 Uhr MEZ"
      name: 'time/clock',
      pattern: new RegExp(
        `${L}(?:(gegen|etwa|ungefähr|kurz\\s+vor|kurz\\s+nach|knapp)\\s+)?([01]?\\d|2[0-4])(?:[:.]([0-5]\\d))?\\s*Uhr(?:\\s+([0-5]\\d)(?!\\d))?(?:\\s+(morgens|früh|abends|nachts|nachmittags|Ortszeit|MEZ|MESZ|mitteleuropäischer\\s+Zeit))?${R}`,
        flags,
      ),
      build(m) {
        let hour = Number(m[2])
        if (/abends|nachmittags/u.test(m[5] ?? '') && hour < 12) hour += 12
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'TIME',
          meaning: { kind: 'clock', hour, minute: Number(m[3] ?? m[4] ?? 0) },
        }
      },
    },
    {
      // "um 4:45", "06:30" (a colon is enough; a dot is not: "1.30" is a number)
      name: 'time/colon',
      pattern: new RegExp(`${L}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{L}\\p{N}]|:\\d)`, flags),
      build(m) {
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'TIME',
          meaning: { kind: 'clock', hour: Number(m[1]), minute: Number(m[2]) },
        }
      },
    },
    {
      // "Mitternacht", "gegen Mittag"
      name: 'time/named',
      pattern: new RegExp(`${L}(?:(gegen)\\s+)?(Mitternacht|Mittag)${R}`, flags),
      build(m) {
        const midnight = /nacht/iu.test(m[2] ?? '')
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'TIME',
          meaning: { kind: 'clock', hour: midnight ? 24 : 12, minute: 0 },
        }
      },
    },
    {
      // "heute", "gestern Abend", "morgen früh", "am heutigen Tag"; "morgen" only lower-case (not "am Morgen")
      name: 'date/deictic-day',
      pattern: new RegExp(
        `${L}(${alternation([...Object.keys(lex.dayPartWords), ...Object.keys(lex.days)])})${R}`,
        flags,
      ),
      build(m) {
        const key = lower(m[1])
        if (/^morgen/u.test(key) && /^M/u.test(m[1] ?? '')) return null
        const pair = lex.dayPartWords[key]
        const n = pair ? Number(pair[0]) : (lex.days[key] ?? 0)
        const meaning: Meaning = {
          kind: 'offset',
          unit: 'D',
          n,
          from: /darauf/u.test(key) ? 'anchor' : 'reference',
        }
        if (pair) meaning.part = pair[1]
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "kommende Woche", "vergangener Woche", "diese Woche", "im nächsten Jahr", "am folgenden Tag", "im selben Monat"
      name: 'date/direction-unit',
      pattern: new RegExp(
        `${L}${DIR}\\s+(${alternation(Object.keys(lex.unitWords))})${R}(?:\\s+(darauf))?`,
        flags,
      ),
      build(m, text) {
        const dir = lex.directions[lower(m[1])] ?? 0
        const unit = lex.unitWords[lower(m[2])] ?? 'D'
        const anchored =
          /^(folgend|darauffolgend|darauf folgend|anschließend|selb|gleich|derselb|desselb|vorangegangen|vorhergehend)$/u.test(
            lower(m[1]),
          )
        // TIMEX2 keeps the preposition of anaphoric days: "am selben Tag", "an diesem Tag", "im selben Monat"
        const same = dir === 0 && (unit === 'D' || /^(selb|gleich)$/u.test(lower(m[1])))
        const prep = same
          ? text.slice(Math.max(0, m.index - 4), m.index).match(/(?<![\p{L}])(am|im|an)\s+$/iu)
          : null
        return {
          start: m.index - (prep?.[0].length ?? 0),
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'offset', unit, n: dir, from: anchored ? 'anchor' : 'reference' },
        }
      },
    },
    {
      // "in den kommenden Wochen" → FUTURE_REF, "in den vergangenen Jahren" → PAST_REF
      name: 'date/direction-plural',
      pattern: new RegExp(
        `${L}${DIR}\\s+(Wochen|Monaten|Monate|Jahren|Jahre|Tagen|Tage|Jahrzehnten|Jahrzehnte)${R}`,
        flags,
      ),
      build(m) {
        const dir = lex.directions[lower(m[1])] ?? 0
        if (dir === 0) return null
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'vague', value: dir > 0 ? 'FUTURE_REF' : 'PAST_REF' },
        }
      },
    },
    {
      // "in den nächsten drei Wochen", "der letzten zwei Monate" → P3W, P2M
      name: 'duration/direction-number-unit',
      pattern: new RegExp(`${L}${DIR}\\s+${NUM}\\s+${UNIT}${R}`, flags),
      build(m) {
        const n = numberOf(m[2] ?? '', lex)
        const unit = lex.units[lower(m[3])]
        if (n === null || !unit || (lex.directions[lower(m[1])] ?? 0) === 0) return null
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DURATION',
          meaning: { kind: 'literal', value: durationValue(n, unit[0], unit[1]) },
        }
      },
    },
    {
      // "kommenden Freitag", "vergangenen Montag"
      name: 'date/direction-weekday',
      pattern: new RegExp(`${L}${DIR}\\s+${WEEKDAY}${R}`, flags),
      build(m) {
        const dir = lex.directions[lower(m[1])] ?? 0
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'weekday', weekday: lex.weekdays[lower(m[2])] ?? 1, dir },
        }
      },
    },
    {
      // "Vorjahr", "im Folgejahr", "am Vortag"
      name: 'date/relative-compound',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.compounds))})${R}`, flags),
      build(m) {
        const [unit, n] = lex.compounds[lower(m[1])] ?? ['Y', 0]
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'offset', unit, n, from: 'anchor' },
        }
      },
    },
    {
      // "zwei Tage später", "einen Monat später", "drei Jahre zuvor", "knapp einen Monat später"
      name: 'date/offset-after-before',
      pattern: new RegExp(
        `${L}(?:(nach|vor)\\s+)?${APPROX}${NUM}(?:\\s+(halbe|halbes|halben))?\\s+(Tage|Tag|Tagen|Wochen|Woche|Monate|Monat|Monaten|Jahre|Jahr|Jahren|Stunden|Stunde)(?:\\s+(${alternation([...lex.after, ...lex.before])}))?${R}`,
        flags,
      ),
      build(m) {
        // "zwei Tage später", "nach zwei Tagen" (a date), but not a bare "zwei Tage" (a duration)
        if (!m[1] === !m[5]) return null
        if (m[1] && !/^(nach|Nach)$/u.test(m[1])) return null
        let n = numberOf(m[2] ?? '', lex)
        if (n === null) return null
        if (m[3]) n = n === 'X' ? 'X' : n * 0.5
        let unit = lex.units[lower(m[4])]?.[0] ?? 'D'
        if (unit === 'Y' && typeof n === 'number' && !Number.isInteger(n)) {
          n *= 12
          unit = 'M'
        }
        if (typeof n === 'number' && !Number.isInteger(n)) return null
        const sign = m[5] && lex.before.includes(lower(m[5])) ? -1 : 1
        const meaning: Meaning =
          n === 'X'
            ? { kind: 'vague', value: sign > 0 ? 'FUTURE_REF' : 'PAST_REF' }
            : {
                kind: 'offset',
                unit: unit === 'H' ? 'D' : unit,
                n: unit === 'H' ? 0 : sign * n,
                from: 'anchor',
              }
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "anderthalb Stunden" → PT1.5H, "drei Tage" → P3D, "etwa zwanzig Tagen", "eine halbe Stunde"
      name: 'duration/number-unit',
      pattern: new RegExp(`${L}${APPROX}${NUM}(?:\\s+(halbe|halben|halbes))?\\s+${UNIT}${R}`, flags),
      build(m, text) {
        let n = numberOf(m[1] ?? '', lex)
        if (n === null) return null
        if (m[2]) n = n === 'X' ? 'X' : n * 0.5
        const unit = lex.units[lower(m[3])]
        if (!unit) return null
        // "die Jahre 1914 bis 1918" and "Tage" after an ordinal are not durations
        if (/^\s*\d/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null
        let [u, clock] = unit
        // "ein halbes Jahr" is six months
        if (u === 'Y' && typeof n === 'number' && !Number.isInteger(n)) {
          n = n * 12
          u = 'M'
        }
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DURATION',
          meaning: { kind: 'literal', value: durationValue(n, u, clock) },
        }
      },
    },
    {
      // "siebentägigen", "zweimonatige", "mehrjährigen", "90-tägige", "anderthalbstündigem"
      name: 'duration/compound-adjective',
      pattern: new RegExp(
        `${L}${APPROX}([\\p{L}]+?|\\d+-)(${alternation(Object.keys(lex.adjectiveStems))})(?:e|en|er|es|em)?${R}`,
        flags,
      ),
      build(m) {
        const head = (m[1] ?? '').replace(/-$/u, '')
        const n = /^mehr$/iu.test(head) ? 'X' : numberOf(head, lex)
        const unit = lex.adjectiveStems[lower(m[2])]
        if (n === null || !unit) return null
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DURATION',
          meaning: { kind: 'literal', value: durationValue(n, unit[0], unit[1]) },
        }
      },
    },
    {
      // "wochenlangen", "jahrzehntelang"
      name: 'duration/long',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.longStems))})(?:e|en|er|es|em)?${R}`, flags),
      build(m) {
        const unit = lex.longStems[lower(m[1])]
        if (!unit) return null
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DURATION',
          meaning: { kind: 'literal', value: durationValue('X', unit[0], unit[1]) },
        }
      },
    },
    {
      // "am Freitag", "Donnerstagabend"
      name: 'date/weekday',
      pattern: new RegExp(`${L}${WEEKDAY}(abend|morgen|nachmittag|vormittag|mittag|nacht)?${R}`, flags),
      build(m) {
        if (!/^[A-ZÄÖÜ]/u.test(m[0])) return null
        const meaning: Meaning = { kind: 'weekday', weekday: lex.weekdays[lower(m[1])] ?? 1 }
        if (m[2]) meaning.part = lex.dayParts[lower(m[2])] ?? 'DT'
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "freitags", "täglich", "pro Tag", "jedes Jahr"
      name: 'set/frequency',
      pattern: new RegExp(
        `${L}(?:(${alternation(Object.keys(lex.weekdays))})s|(${alternation(Object.keys(lex.sets))}))${R}`,
        flags,
      ),
      build(m) {
        if (m[1]) {
          if (!/^[a-zäöü]/u.test(m[0])) return null
          return {
            start: m.index,
            end: m.index + m[0].length,
            type: 'SET',
            meaning: { kind: 'literal', value: `XXXX-WXX-${lex.weekdays[lower(m[1])]}` },
          }
        }
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'SET',
          meaning: { kind: 'literal', value: lex.sets[lower(m[2])] ?? 'P1D' },
        }
      },
    },
    {
      // "Weihnachten 1966", "Neujahrstag 1863", "zu Silvester"
      name: 'date/feast',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.feasts))})(?:\\s+(\\d{3,4})${R})?${R}`, flags),
      build(m) {
        if (!/^[A-ZÄÖÜ]/u.test(m[1] ?? '')) return null
        const [mm, dd] = (lex.feasts[lower(m[1])] ?? '12-25').split('-').map(Number)
        const meaning: Meaning = { kind: 'date', month: mm ?? 12, day: dd ?? 25 }
        if (m[2]) meaning.year = Number(m[2])
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', meaning }
      },
    },
    {
      // "bald", "damals", "derzeit", "in Zukunft"
      name: 'date/vague',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.vague))})${R}`, flags),
      build(m) {
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'vague', value: lex.vague[lower(m[1])] ?? 'PRESENT_REF' },
        }
      },
    },
  ]
}

/**
 * Words in front of a found date that belong to it: "Anfang März", "Mitte 1916", "Ende des 18. Jahrhunderts",
 * "ungefähr Mitte Juni", "Morgen des 22. Juni 1941" (a part of the day), "Laufe des 18. April".
 */
export function extendWithModifier(text: string, c: Candidate, lex: TimeLexicon): Candidate {
  const meaning = c.meaning
  if (meaning.kind !== 'date' && meaning.kind !== 'century' && meaning.kind !== 'decade') return c
  let start = c.start
  let part: string | undefined
  const before = () => text.slice(Math.max(0, start - 50), start)
  if (meaning.kind === 'date' && meaning.day !== undefined) {
    const m = before().match(
      /(?<![\p{L}])(?:(?:gegen|frühen|späten)\s+)?(Morgen|Morgenstunden|Vormittag|Mittag|Nachmittag|Abend|Abendstunden|Nacht|Laufe|Verlauf)\s+des\s+$/u,
    )
    if (m) {
      start -= m[0].length
      part = lex.dayParts[lower(m[1])]
    }
  }
  const des = meaning.kind === 'date' ? '' : '(?:des\\s+|der\\s+)?'
  const mod = before().match(
    new RegExp(`(?<![\\p{L}])(?:[Gg]egen\\s+)?(?:Anfang|Mitte|Ende|Beginn|Ausgang)\\s+${des}$`, 'u'),
  )
  if (mod) start -= mod[0].length
  const approx = before().match(/(?<![\p{L}])(?:etwa|Etwa|ungefähr|Ungefähr|circa|Circa)\s+$/u)
  if (approx) start -= approx[0].length
  if (start === c.start) return c
  return { ...c, start, meaning: part && meaning.kind === 'date' ? { ...meaning, part } : meaning }
}
