export { normalizeDate } from './normalize-date.ts'
export { type Feed, type FeedItem, readFeed } from './read-feed.ts'
