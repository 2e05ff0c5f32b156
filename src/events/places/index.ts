export { findPlaces, type PlaceMention } from './find-places.ts'
export { type Gazetteer, loadGazetteer, type PlaceInfo } from './gazetteer.ts'
