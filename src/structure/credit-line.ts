export interface CreditLexicon {
  prefixes: string[]
  graphicPrefixes: string[]
  agencies: string[]
}

export interface CreditMatcher {
  isCredit(line: string): boolean
  isGraphic(credit: string, description?: string): boolean
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** A capitalised name of one to four words: a photographer ("Alex Brandon", "Denis Balibouse"). */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’-]*\.?(?: (?:\p{Lu}[\p{L}'’-]*\.?|von|van|de|di|da|der|den|le|la|al|bin|ibn))*(?: \p{Lu}[\p{L}'’-]*)?$/u

export function createCreditMatcher(lexicon: CreditLexicon): CreditMatcher {
  const prefix = new RegExp(`^(?:${lexicon.prefixes.map(escapeRegExp).join('|')})s?\\s*:\\s*\\S`, 'iu')
  const graphic = new RegExp(`^(?:${lexicon.graphicPrefixes.map(escapeRegExp).join('|')})\\b`, 'iu')
  const agencies = new Set(lexicon.agencies.map((a) => a.toLowerCase()))
  const isAgency = (segment: string) => agencies.has(segment.trim().toLowerCase())

  return {
    isCredit(line) {
      const trimmed = line.trim()
      if (trimmed.length === 0 || trimmed.length > 140) return false
      // "Grafik: APA/ORF.at; Quelle: APA", "Foto: dpa/Michael Kappeler"
      if (prefix.test(trimmed)) return true
      if (trimmed.startsWith('©')) return true
      if (trimmed.length > 90 || /[.!?:,;]$/u.test(trimmed.replace(/\.(?:at|de|ch|com)$/u, ''))) return false
      const segments = trimmed.split(/\s*\/\s*/u)
      // "Reuters" alone under a description line; the caller checks the neighbourhood
      if (segments.length === 1) return isAgency(trimmed)
      // "AP/Alex Brandon", "APA/AFP/Stefan Wermuth", "picturedesk.com/dpa/Kay Nietfeld": at least one agency,
      // every other segment a name
      return segments.some(isAgency) && segments.every((s) => isAgency(s) || PERSON_NAME.test(s))
    },
    isGraphic(credit, description) {
      return graphic.test(credit.trim()) || (description !== undefined && graphic.test(description.trim()))
    },
  }
}
