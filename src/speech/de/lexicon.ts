import { type Env, lexicon } from '../../document/index.ts'
import { type GermanLexicon, loadClauseLexicon } from '../../text/index.ts'
import type { SpeakerWords } from '../resolve-speakers.ts'

export type Medium = 'speech' | 'writing' | 'thought'

export interface CueVerb {
  medium?: Medium
  /** a speech act even with only a noun object: "forderte den Abzug" */
  reported?: boolean
  /** a speech act with a noun object when one of these words stands in the clause: "schätzt die Zahl auf …" */
  reportedWith?: string[]
  /** where the addressee stands: "appellierte an Blinken" ('an'), "forderte die USA auf" ('object') */
  addressee?: 'an' | 'object'
  /** a word that must stand in the clause: "wies darauf hin", "geht davon aus", "gab bekannt" */
  needs?: string[]
  /** `needs` holds only without a content clause after the verb: "bat um Hilfe", but "bat, daß es mitgehen möchte" */
  clauseFree?: boolean
  /** words that make the verb no speech act: "hatten einander mit Handschlag begrüßt" */
  unless?: string[]
  /** the participle with "sein" still reports a state of knowing: "war überzeugt, daß …", "ist ihm eingefallen" */
  stateReports?: boolean
}

interface RawCueVerbs {
  verbs: Record<string, CueVerb>
}

interface RawMarkers {
  attributionPrepositions: string[]
  attributionPostpositions: string[]
  referenceAdverbs: string[]
  sourceNounsAfterNach: string[]
  viaPhrases: string[][]
  impersonalCues: string[][]
  impersonalCuesBefore: string[][]
  writingNouns: string[]
  personalPronouns: string[]
  determiners: string[]
  speakerStopWords: string[]
  contentClauseOpeners: string[]
  questionWords: string[]
  auxiliaries: string[]
  modalVerbs: string[]
  roleNouns: string[]
  mediaNouns: string[]
  subordinators: string[]
  subordinatorsAlsoPrepositions: string[]
  sourceNounSuffixesAfterNach: string[]
  nominativeRelatives: string[]
  otherRelativePronouns: string[]
  anaphoricOpeners: string[][]
  phrasePrepositions: string[]
  relativePrepositions: string[]
  relativeAntecedents: string[]
  writerPossessives: string[]
  possessiveVerbForms: string[]
  jointSpeakers: string[]
  prospectiveSubordinators: string[]
  subjectAttributePrepositions: string[]
  genitiveOpeners: string[]
  mainClauseConjunctions: string[]
  speakingPerson: string[]
  politePerson: string[]
  demonstrativeSpeakers: string[]
  speechNouns: string[]
  firstPersonPronouns: string[]
  definiteArticles: string[]
  farDemonstratives: string[]
  coordinators: string[]
  pairConjunctions: string[]
}

/** Function words by the case or clause they signal (lexicons/de-speech-grammar.json): each the set one rule tests. */
const GRAMMAR_LISTS = [
  'narratorConjunctions',
  'wieConjunctions',
  'purposeConjunctions',
  'articleOrRelativeOpeners',
  'nominativePronouns',
  'objectPronouns',
  'experiencerPronouns',
  'dativeOpeners',
  'notNominativeOpeners',
  'genitiveArticles',
  'genitiveAttributeArticles',
  'genitiveRelatives',
  'sourceAttributePrepositions',
  'sourcePrepositions',
  'nameParticles',
  'nameConnectors',
  'quantifierSpeakers',
  'connectiveAdverbs',
  'adverbialEndings',
  'expletivePronouns',
  'indefinitePronouns',
  'reflexivePossessives',
] as const

type RawGrammar = Record<(typeof GRAMMAR_LISTS)[number], string[]>

type Grammar = { [K in keyof RawGrammar]: ReadonlySet<string> }

function grammarSets(raw: RawGrammar): Grammar {
  const sets: Partial<Record<keyof RawGrammar, ReadonlySet<string>>> = {}
  for (const k of GRAMMAR_LISTS) sets[k] = new Set(raw[k])
  return sets as Grammar
}

export interface SpeechLexicon extends SpeakerWords, Grammar {
  verbs: Map<string, CueVerb>
  prepositions: Set<string>
  postpositions: Set<string>
  referenceAdverbs: Set<string>
  sourceNouns: Set<string>
  viaPhrases: string[][]
  impersonalCues: string[][]
  /** impersonal frames before the words: "In dem Bericht heißt es, …", "Es hieß, …" */
  impersonalBefore: string[][]
  writingNouns: Set<string>
  pronouns: Set<string>
  determiners: ReadonlySet<string>
  stopWords: Set<string>
  complementizers: Set<string>
  /** "dass", "daß", "ob": the complementizers that open a content clause, not a question */
  contentClauses: Set<string>
  auxiliaries: ReadonlySet<string>
  modals: ReadonlySet<string>
  roleNouns: Set<string>
  mediaNouns: Set<string>
  subordinators: ReadonlySet<string>
  /** "um", "während", "als": subordinators only when their clause ends in a verb */
  ambiguousSubordinators: Set<string>
  /** "Polizeiangaben", "UNHCR-Angaben": compounds ending in a source noun */
  sourceNounSuffixes: string[]
  relativePronouns: ReadonlySet<string>
  /** the relative pronouns that can be a clause's subject: "…von Ägypten, das vorschlug" */
  nominativeRelatives: Set<string>
  /** "Das sagte Stoiber.": words that open a frame for the sentence before */
  anaphoricOpeners: string[][]
  /** prepositions that open a phrase no speaker stands in: "In ihrer Regierungserklärung hatte Merkel …" */
  phrasePrepositions: Set<string>
  /** prepositions that may stand between a comma and a relative pronoun: ", mit der …" */
  relativePrepositions: ReadonlySet<string>
  /** "alles", "vieles": what a "was" clause after a frame refers back to ("teilte ihm alles mit, was …") */
  relativeAntecedents: Set<string>
  /** "meiner Meinung nach": a source in the writer's own person */
  writerPossessives: Set<string>
  /** "meinen": a possessive before a noun, a cue verb elsewhere */
  possessiveVerbForms: ReadonlySet<string>
  /** "beide", "die beiden": the two people the text last joined with "und" */
  jointSpeakers: Set<string>
  prospectiveSubordinators: Set<string>
  /** prepositions that open an attribute of a subject: "Ken Rice vom Institut für Astronomie erklärte" */
  subjectAttributePrepositions: Set<string>
  /** "des", "von", "ihres": what opens a genitive or "von" attribute of the noun before */
  genitiveOpeners: Set<string>
  /** "aber", "denn", "sondern": after a comma they open a main clause ("…, aber ich muß gestehen, daß …") */
  mainClauseConjunctions: ReadonlySet<string>
  /** "ich", "wir", "du", "euch": words of somebody speaking as themself or to somebody */
  speakingPerson: Set<string>
  /** "Sie", "Euer": the polite address, when it stands inside a sentence */
  politePerson: Set<string>
  /** "Dieser bestätigte, dass …": demonstratives that speak on their own */
  demonstrativeSpeakers: Set<string>
  /** "die Forderung des CSU-Vorsitzenden, auf die SPD zuzugehen": nouns that open reported words */
  speechNouns: Set<string>
  /** capitalised words that open sentences without naming anybody: "Gestern", "Zudem", "Danach" */
  sentenceStarters: Set<string>
  german: GermanLexicon
}

/** The cue verbs and markers (lexicons/de-cue-verbs.json, de-speech-markers.json) and the inflection dictionary. */
export function loadSpeechLexicon(env: Env): SpeechLexicon {
  const verbs = lexicon(env, 'de-cue-verbs', (raw) => new Map(Object.entries((raw as RawCueVerbs).verbs)))
  const m = lexicon(env, 'de-speech-markers', (raw) => raw as RawMarkers)
  const g = lexicon(env, 'de-speech-grammar', (raw) => raw as RawGrammar)
  const starters = lexicon(env, 'de-sentence-starters', (raw) => new Set((raw as { words: string[] }).words))
  // the text stage loads the same dictionary and clause words: one copy per Env
  const clause = loadClauseLexicon(env)
  return env.load('speech-lexicon', () => ({
    verbs,
    prepositions: new Set(m.attributionPrepositions),
    postpositions: new Set(m.attributionPostpositions),
    referenceAdverbs: new Set(m.referenceAdverbs),
    sourceNouns: new Set(m.sourceNounsAfterNach),
    viaPhrases: m.viaPhrases,
    impersonalCues: m.impersonalCues,
    impersonalBefore: [...m.impersonalCues, ...m.impersonalCuesBefore],
    writingNouns: new Set(m.writingNouns),
    pronouns: new Set(m.personalPronouns),
    determiners: clause.determiners,
    stopWords: new Set(m.speakerStopWords),
    complementizers: new Set([...m.contentClauseOpeners, ...m.questionWords]),
    contentClauses: new Set(m.contentClauseOpeners),
    auxiliaries: clause.auxiliaries,
    modals: clause.modals,
    roleNouns: new Set(m.roleNouns),
    mediaNouns: new Set(m.mediaNouns),
    subordinators: clause.subordinators,
    ambiguousSubordinators: new Set(m.subordinatorsAlsoPrepositions),
    sourceNounSuffixes: m.sourceNounSuffixesAfterNach,
    relativePronouns: clause.relativePronouns,
    nominativeRelatives: new Set(m.nominativeRelatives),
    anaphoricOpeners: m.anaphoricOpeners,
    phrasePrepositions: new Set(m.phrasePrepositions),
    relativePrepositions: clause.relativePrepositions,
    relativeAntecedents: new Set(m.relativeAntecedents),
    writerPossessives: new Set(m.writerPossessives),
    possessiveVerbForms: clause.possessiveVerbForms,
    jointSpeakers: new Set(m.jointSpeakers),
    prospectiveSubordinators: new Set(m.prospectiveSubordinators),
    subjectAttributePrepositions: new Set(m.subjectAttributePrepositions),
    genitiveOpeners: new Set(m.genitiveOpeners),
    mainClauseConjunctions: clause.mainClauseConjunctions,
    speakingPerson: new Set(m.speakingPerson),
    politePerson: new Set(m.politePerson),
    demonstrativeSpeakers: new Set(m.demonstrativeSpeakers),
    speechNouns: new Set(m.speechNouns),
    ...grammarSets(g),
    firstPersonPronouns: new Set(m.firstPersonPronouns),
    definiteArticles: new Set(m.definiteArticles),
    farDemonstratives: new Set(m.farDemonstratives),
    coordinators: new Set(m.coordinators),
    pairConjunctions: new Set(m.pairConjunctions),
    sentenceStarters: starters,
    german: clause.german,
  }))
}
