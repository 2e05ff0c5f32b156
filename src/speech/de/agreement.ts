import { type Env, lexicon, readLexicon } from '../../document/index.ts'
import { verbReadings } from '../../text/index.ts'
import type { Agreement, Gender, SpeakerAgreement } from '../resolve-speakers.ts'
import { loadSpeechLexicon } from './lexicon.ts'

interface RawAgreementWords {
  pronounGenders: Record<string, Gender>
  genderedTitles: Record<string, Gender>
  ageNoun: string
  roleNouns: string[]
}

const ARTICLE_GENDERS: Readonly<Record<string, Gender>> = { der: 'm', die: 'f', das: 'n' }

/** The shortest role that a compound may end in and still name a person: "…präsident", not "…rat". */
const MIN_ROLE_SUFFIX = 5

/**
 * German agreement of speakers: "er"/"sie"/"es" by gender, "sie" with a verb in the plural for several, an article
 * with a person noun ("der Gemeindepräsident", "die 42-Jährige") for the last person of its gender. Person nouns
 * are the roles of lexicons/de-roles.json and the speech markers' role nouns, their compounds ("Gemeindepräsident"
 * ends in "präsident") and their feminine forms in -in, which also tell a person's gender before a name.
 */
export function loadSpeakerAgreement(env: Env): SpeakerAgreement {
  const lex = loadSpeechLexicon(env)
  const words = lexicon(env, 'de-speech-markers', (raw) => raw as RawAgreementWords)
  return env.load('speech-agreement', () => {
    // read apart from the entities stage's prepared copy of the same file (lexicon() caches by name)
    const roles = Object.keys(readLexicon<{ personRoles: object }>('de-roles').personRoles)
    const ageNoun = new RegExp(words.ageNoun, 'u')
    const roleWords = [...new Set([...roles, ...words.roleNouns].filter((w) => !lex.mediaNouns.has(w)))].map(
      (w) => w.toLowerCase(),
    )
    const exact = new Set(roleWords)
    const suffixes = roleWords.filter((w) => w.length >= MIN_ROLE_SUFFIX)
    const isRole = (lower: string) => exact.has(lower) || suffixes.some((r) => lower.endsWith(r))
    /** the gender a person noun tells by itself: "Ministerin" f, "Minister" m, "Vorsitzende" neither */
    const roleGender = (word: string): Gender | 'person' | undefined => {
      const lower = word.toLowerCase()
      if (ageNoun.test(word)) return 'person'
      // "Ministerin", and "Anwältin", whose lexicon lists the feminine form itself: no masculine role ends in -in
      if (lower.endsWith('in') && (isRole(lower) || isRole(lower.slice(0, -2)))) return 'f'
      if (!isRole(lower)) return undefined
      return lower.endsWith('e') ? 'person' : 'm'
    }
    const articleGender = (article: string): Gender | undefined => ARTICLE_GENDERS[article.toLowerCase()]
    const pluralVerb = (verbWords: readonly string[]): boolean | undefined => {
      for (const w of verbWords) {
        const finite = (verbReadings(lex.german, w.toLowerCase()) ?? []).filter((r) => r.form === 'finite')
        if (finite.length === 0) continue
        return finite.every((r) => r.person?.endsWith('P'))
      }
      return undefined
    }
    return {
      referent(mention, verbWords): Agreement | undefined {
        // a mention without words (random text can cut one to nothing) refers to nobody
        if (mention.length === 0) return undefined
        if (mention.length === 1) {
          const gender = words.pronounGenders[(mention[0] as string).toLowerCase()]
          if (!gender || !lex.pronouns.has(mention[0] as string)) return undefined
          // "sie forderten": several; "sie sagte": a woman
          if (gender === 'f' && pluralVerb(verbWords)) return { plural: true }
          return { gender, plural: false }
        }
        // "der Gemeindepräsident", "die 42-Jährige", "der frühere Minister": an article, at most one adjective, a person noun
        if (mention.length > 3 || !lex.definiteArticles.has((mention[0] as string).toLowerCase()))
          return undefined
        const head = mention.at(-1) as string
        const told = roleGender(head)
        if (!told) return undefined
        const gender = articleGender(mention[0] as string)
        if (gender === 'n') return undefined
        return { gender: told === 'person' ? gender : told, plural: false }
      },
      genderBefore(before) {
        for (const w of before) {
          const titled = words.genderedTitles[w]
          if (titled) return titled
          const told = roleGender(w)
          if (told === 'm' || told === 'f') return told
        }
        return undefined
      },
      mentionAgreement(mention, verbWords) {
        // "die Demonstranten forderten": the verb tells the number an article leaves open
        if (pluralVerb(verbWords)) return { plural: true }
        const told = roleGender(mention.at(-1) ?? '')
        if (told === 'm' || told === 'f') return { gender: told, plural: false }
        const gender = articleGender(mention[0] ?? '')
        return gender ? { gender, plural: false } : undefined
      },
    }
  })
}
