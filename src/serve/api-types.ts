/**
 * What the HTTP API answers, for the web app (ui/src/api.ts imports this file): the rows the store lists and the
 * shapes link's corpus rules build, which the routes serve as they are (each list under its own name:
 * `{ documents: DocumentSummary[] }`). Types only: Vite drops type exports, so the web app's bundle takes in no
 * server code (its type check reads the server files behind these two doors).
 */
export type {
  DemandRow,
  Disagreement,
  EventReport,
  EventRow,
  FigureGroup,
  PromiseFollowUp,
  PromiseState,
  QuantityReport,
} from '../link/index.ts'
export type {
  ActorSummary,
  DocumentSummary,
  QuoteRow,
  RoleFact,
  SearchHit,
  TimelineItem,
} from '../store/index.ts'
