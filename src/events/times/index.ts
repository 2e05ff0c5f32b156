export { type FindTimesOptions, type FoundTime, findTimes } from './find-times.ts'
export type { TimeMode } from './resolve-times.ts'
export { type TimeLexicon, timeLexicon } from './time-lexicon.ts'
export { timesStage } from './times-stage.ts'
