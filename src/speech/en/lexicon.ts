import { type Env, lexicon } from '../../document/index.ts'
import type { SpeakerWords } from '../resolve-speakers.ts'

export type Medium = 'speech' | 'writing' | 'thought'

export interface CueVerb {
  lemma: string
  medium?: Medium
  /** the object after the verb is the addressee: "told reporters that …" */
  addressee?: boolean
  /** words after the verb are a report only as a "that"-clause, a quotation or a colon ("announced a plan" is none) */
  clause?: boolean
}

interface RawCueVerbs {
  verbs: Record<string, { forms: string[]; medium?: Medium; addressee?: boolean; clause?: boolean }>
}

interface RawMarkers {
  attributionPhrases: string[][]
  personalPronouns: string[]
  firstPersonPronouns: string[]
  determiners: string[]
  definiteArticles: string[]
  roleNouns: string[]
  mediaNouns: string[]
  writingNouns: string[]
  jointSpeakers: string[]
  coordinators: string[]
  pairConjunctions: string[]
  complementizers: string[]
  auxiliaries: string[]
  progressiveAuxiliaries: string[]
  nounPhraseLinks: string[]
  frameAdverbialOpeners: string[]
  relativePronouns: string[]
  colonSourceStops: string[]
  contentStops: string[]
  timeWords: string[]
  participleCues: string[]
  viaCues: string[]
  questionOpeners: string[]
  namingVerbs: string[]
  namingParticles: string[]
  reportedActs: Record<string, string[]>
  clauseSubordinators: string[]
  quantityModifiers: string[]
}

/** The English speech words: cue verbs by inflected form, and the words around a frame. */
export interface EnglishSpeechLexicon extends SpeakerWords {
  /** "said" → say; forms are lower case */
  cueForms: ReadonlyMap<string, CueVerb>
  attributionPhrases: readonly (readonly string[])[]
  complementizers: ReadonlySet<string>
  /** words between a subject and its cue verb: "has", "also", "would" */
  auxiliaries: ReadonlySet<string>
  /** "is" in "is telling": between a subject and the -ing form of its cue verb */
  progressiveAuxiliaries: ReadonlySet<string>
  /** "of" in "Secretary of State John Kerry": joins two parts of one noun phrase */
  nounPhraseLinks: ReadonlySet<string>
  /** "on Tuesday", "in a statement": a frame's adverbial before its "that" */
  frameAdverbialOpeners: ReadonlySet<string>
  /** "who", "which": open an aside after the speaker's name */
  relativePronouns: ReadonlySet<string>
  /** capitalised words that open no source before a colon: "Wait:", "Update:" */
  colonSourceStops: ReadonlySet<string>
  /** after a comma, words that open the narrator's next clause: "…, but Cook did not say when" */
  contentStops: ReadonlySet<string>
  /** "said Tuesday his actions …": a time word between the cue and its words */
  timeWords: ReadonlySet<string>
  /** "…, saying (that) …", "…, citing …": a participle of saying after a comma */
  participleCues: ReadonlySet<string>
  /** "quoting", "citing" after a source: the source it has its words from */
  viaCues: ReadonlySet<string>
  /** "asked (him) whether …", "how …": the words a question reports open with one */
  questionOpeners: ReadonlySet<string>
  /** "called Trump “unhinged”": verbs whose object and its name or judgement are the words */
  namingVerbs: ReadonlySet<string>
  /** "called for …", "called on …", "called out …": the cue goes on with one */
  namingParticles: ReadonlySet<string>
  /** "praised the president's actions", "urged voters to …": acts of speech whose object and the rest are the words */
  reportedActs: ReadonlyMap<string, CueVerb>
  /** "says if elected he will …", "says despite being …, she plans …": reported words may open with one */
  clauseSubordinators: ReadonlySet<string>
  /** "About four in 10 voters", "more than half": words before a number that belong to the speaker's phrase */
  quantityModifiers: ReadonlySet<string>
}

function prepare(verbs: RawCueVerbs, markers: RawMarkers): EnglishSpeechLexicon {
  const cueForms = new Map<string, CueVerb>()
  for (const [lemma, v] of Object.entries(verbs.verbs))
    for (const form of v.forms)
      cueForms.set(form, { lemma, medium: v.medium, addressee: v.addressee, clause: v.clause })
  const set = (words: string[]) => new Set(words)
  return {
    cueForms,
    attributionPhrases: markers.attributionPhrases,
    complementizers: set(markers.complementizers),
    auxiliaries: set(markers.auxiliaries),
    progressiveAuxiliaries: set(markers.progressiveAuxiliaries),
    nounPhraseLinks: set(markers.nounPhraseLinks),
    frameAdverbialOpeners: set(markers.frameAdverbialOpeners),
    relativePronouns: set(markers.relativePronouns),
    colonSourceStops: set(markers.colonSourceStops),
    contentStops: set(markers.contentStops),
    timeWords: set(markers.timeWords),
    participleCues: set(markers.participleCues),
    viaCues: set(markers.viaCues),
    questionOpeners: set(markers.questionOpeners),
    namingVerbs: set(markers.namingVerbs),
    namingParticles: set(markers.namingParticles),
    clauseSubordinators: set(markers.clauseSubordinators),
    quantityModifiers: set(markers.quantityModifiers),
    reportedActs: new Map(
      Object.entries(markers.reportedActs).flatMap(([lemma, forms]) =>
        forms.map((form) => [form, { lemma, medium: 'speech' as const }] as const),
      ),
    ),
    pronouns: set(markers.personalPronouns),
    demonstrativeSpeakers: new Set(),
    farDemonstratives: new Set(),
    definiteArticles: set(markers.definiteArticles),
    determiners: set(markers.determiners),
    roleNouns: set(markers.roleNouns),
    mediaNouns: set(markers.mediaNouns),
    writingNouns: set(markers.writingNouns),
    jointSpeakers: set(markers.jointSpeakers),
    referenceAdverbs: new Set(),
    firstPersonPronouns: set(markers.firstPersonPronouns),
    coordinators: set(markers.coordinators),
    pairConjunctions: set(markers.pairConjunctions),
  }
}

export function loadEnglishSpeechLexicon(env: Env): EnglishSpeechLexicon {
  return env.load('speech-lexicon:en', () =>
    prepare(lexicon<RawCueVerbs>(env, 'en-cue-verbs'), lexicon<RawMarkers>(env, 'en-speech-markers')),
  )
}
