export { type EventLanguage, eventLanguageOf, eventRuleCatalogue } from './event-language.ts'
export { eventsStage } from './events-stage.ts'
export {
  findPlaces,
  type Gazetteer,
  loadGazetteer,
  type PlaceInfo,
  type PlaceMention,
} from './places/index.ts'
export {
  EVENT_RULES,
  type EventLexicon,
  type FoundEvent,
  findEvents,
  loadEventLexicon,
} from './plover/index.ts'
export {
  type FindQuantitiesOptions,
  type FoundQuantity,
  findQuantities,
  quantitiesStage,
} from './quantities/index.ts'
export {
  type FindTimesOptions,
  type FoundTime,
  findTimes,
  type TimeMode,
  timeLexicon,
  timesStage,
} from './times/index.ts'
