export {
  type Chunk,
  type ChunkCounts,
  chunksOf,
  countChunks,
  prf,
  readGermEval,
  type TaggedSentence,
} from './germeval.ts'
export { fnvUpdate, hashFeature, murmurFinish } from './hash.ts'
export { encodeModel, type NerModelMeta, readModel } from './model-file.ts'
export {
  decode,
  emptyModel,
  type NerModel,
  type PreparedSentence,
  prepareSentence,
  type TrainingSentence,
  trainPerceptron,
} from './perceptron.ts'
export {
  dictionaryNouns,
  nameStartAfterTitles,
  prepareEnglishWords,
  prepareWords,
  tagWords,
} from './prepare.ts'
export {
  entityType,
  loadEnglishNerModel,
  loadEnglishTitles,
  loadNerModel,
  tagEntities,
} from './tag-entities.ts'
export { buildTaggerLexicon, lexicalFacts, loadTaggerLexicon, type TaggerLexicon } from './tagger-lexicon.ts'
