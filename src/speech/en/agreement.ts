import { type Env, lexicon } from '../../document/index.ts'
import type { Agreement, Gender, SpeakerAgreement } from '../resolve-speakers.ts'
import { loadEnglishSpeechLexicon } from './lexicon.ts'

interface RawAgreementWords {
  pronounGenders: Record<string, Gender>
  pluralPronouns: string[]
  genderedTitles: Record<string, Gender>
}

/** "officials", "the Democrats": a plural noun, not a name that ends in s ("Jones", "Paris"). */
function pluralHead(words: readonly string[]): boolean {
  const head = words.at(-1) ?? ''
  if (!/[^s]s$/u.test(head)) return false
  return !/^\p{Lu}/u.test(head) || words.at(-2)?.toLowerCase() === 'the'
}

/**
 * English agreement of speakers: "he"/"she" stand for the last person of their gender (told by a title before the
 * name: "Mr.", "Congresswoman"; unknown agrees with both), "they" for the last plural speaker ("officials"), and
 * "the" with a role noun ("the senator") for the last person.
 */
export function loadEnglishAgreement(env: Env): SpeakerAgreement {
  const lex = loadEnglishSpeechLexicon(env)
  const words = lexicon(env, 'en-speech-markers', (raw) => raw as RawAgreementWords)
  return env.load('speech-agreement:en', () => {
    const plural = new Set(words.pluralPronouns)
    return {
      referent(mention: readonly string[]): Agreement | undefined {
        const lower = mention.map((w) => w.toLowerCase())
        if (lower.length === 1) {
          const only = lower[0] as string
          if (plural.has(only)) return { plural: true }
          const gender = words.pronounGenders[only]
          return gender ? { gender, plural: false } : undefined
        }
        const head = mention.at(-1) as string
        if (lower.length === 2 && lex.definiteArticles.has(lower[0] as string) && lex.roleNouns.has(head))
          return { gender: words.genderedTitles[head], plural: false }
        return undefined
      },
      genderBefore(wordsBefore: readonly string[]): Gender | undefined {
        const nearest = wordsBefore[0]
        if (nearest === undefined) return undefined
        return words.genderedTitles[nearest] ?? words.genderedTitles[`${nearest}.`]
      },
      mentionAgreement(mention: readonly string[]): Agreement | undefined {
        return { plural: pluralHead(mention) }
      },
    }
  })
}
