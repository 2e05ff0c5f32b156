export type Lang = 'de' | 'en'

const LABELS = {
  'nav.articles': { de: 'Artikel', en: 'Articles' },
  'nav.board': { de: 'Lagebild', en: 'Situation board' },
  'nav.paste': { de: 'Artikel einfügen', en: 'Paste an article' },
  'nav.keys': {
    de: 'Tasten: / Suche · j/k nächste/vorige Aussage · Esc schließen',
    en: 'Keys: / search · j/k next/previous statement · Esc close',
  },
  'search.placeholder': { de: 'Suchen in Artikeln und Zitaten …', en: 'Search articles and quotes …' },
  'search.title': { de: 'Suche', en: 'Search' },
  'search.none': { de: 'Keine Treffer.', en: 'No results.' },
  'search.count': { de: 'Treffer', en: 'results' },
  'search.outlet': { de: 'Medium', en: 'Outlet' },
  'search.actor': { de: 'Akteur', en: 'Actor' },
  'search.kind': { de: 'Art', en: 'Kind' },
  'search.kind.document': { de: 'Artikel', en: 'article' },
  'search.kind.quote': { de: 'Aussage', en: 'statement' },
  'search.any': { de: 'alle', en: 'any' },
  'search.from': { de: 'von', en: 'from' },
  'search.to': { de: 'bis', en: 'to' },
  'search.eventType': { de: 'Ereignistyp', en: 'Event type' },
  'search.submit': { de: 'Suchen', en: 'Search' },
  'articles.title': { de: 'Gespeicherte Artikel', en: 'Stored articles' },
  'articles.none': {
    de: 'Noch keine Artikel – fügen Sie einen ein.',
    en: 'No articles yet – paste one.',
  },
  'articles.quotes': { de: 'Aussagen', en: 'statements' },
  'articles.events': { de: 'Ereignisse', en: 'events' },
  'articles.actors': { de: 'Akteure', en: 'Actors' },
  'article.said': { de: 'Wer sagte was', en: 'Who said what' },
  'article.events': { de: 'Ereignisse', en: 'Events' },
  'article.figures': { de: 'Zahlen', en: 'Figures' },
  'article.dates': { de: 'Zeitangaben', en: 'Dates' },
  'article.none': { de: 'Keine gefunden.', en: 'None found.' },
  'article.unnamed': { de: '(ungenannt)', en: '(unnamed)' },
  'article.via': { de: 'über', en: 'via' },
  'article.to': { de: 'an', en: 'to' },
  'article.speaker': { de: 'Sprecher', en: 'Speaker' },
  'article.cue': { de: 'Redeeinleitung', en: 'Cue' },
  'article.kind': { de: 'Art', en: 'Kind' },
  'article.mention': { de: 'genannt als', en: 'named as' },
  'article.source': { de: 'Quelle', en: 'Source' },
  'auth.prompt': {
    de: 'Dieser Server verlangt ein Zugangstoken. Token:',
    en: 'This server asks for an access token. Token:',
  },
  'article.speakers': { de: 'Sprecher', en: 'Speakers' },
  'article.rule': { de: 'Regel', en: 'Rule' },
  'article.event': { de: 'Ereignis', en: 'Event' },
  'article.actor': { de: 'Akteur', en: 'Actor' },
  'article.when': { de: 'Zeit', en: 'When' },
  'article.where': { de: 'Ort', en: 'Where' },
  'kind.direct': { de: 'direkt', en: 'direct' },
  'kind.indirect': { de: 'indirekt', en: 'indirect' },
  'kind.mixed': { de: 'gemischt', en: 'mixed' },
  'kind.freeIndirect': { de: 'frei indirekt', en: 'free indirect' },
  'kind.reported': { de: 'berichtet', en: 'reported' },
  'medium.speech': { de: 'gesprochen', en: 'spoken' },
  'medium.thought': { de: 'gedacht', en: 'thought' },
  'medium.writing': { de: 'geschrieben', en: 'written' },
  'status.occurred': { de: 'geschehen', en: 'occurred' },
  'status.planned': { de: 'geplant', en: 'planned' },
  'status.promised': { de: 'zugesagt', en: 'promised' },
  'status.demanded': { de: 'gefordert', en: 'demanded' },
  'status.threatened': { de: 'angedroht', en: 'threatened' },
  'status.considered': { de: 'erwogen', en: 'considered' },
  'status.hypothetical': { de: 'angenommen', en: 'hypothetical' },
  'status.denied': { de: 'bestritten', en: 'denied' },
  'status.claimed': { de: 'behauptet', en: 'claimed' },
  'actorKind.person': { de: 'Person', en: 'person' },
  'actorKind.organization': { de: 'Organisation', en: 'organisation' },
  'actorKind.country': { de: 'Staat', en: 'country' },
  'actorKind.group': { de: 'Gruppe', en: 'group' },
  'actorKind.media': { de: 'Medium', en: 'media' },
  'actorKind.other': { de: 'andere', en: 'other' },
  'actor.aliases': { de: 'Auch genannt', en: 'Also called' },
  'actor.roles': { de: 'Rollen', en: 'Roles' },
  'actor.country': { de: 'Land', en: 'Country' },
  'actor.timeline': { de: 'Aussagen und Ereignisse', en: 'Statements and events' },
  'actor.documents': { de: 'Artikel', en: 'articles' },
  'actor.quote': { de: 'Aussage', en: 'statement' },
  'actor.event': { de: 'Ereignis', en: 'event' },
  'actor.undated': { de: 'ohne Datum', en: 'undated' },
  'actor.older': { de: 'Ältere laden', en: 'Load older' },
  'board.demands': { de: 'Forderung gegen Forderung', en: 'Demands against demands' },
  'board.wants': { de: 'will von', en: 'wants from' },
  'board.nobody': { de: '(ohne Adressat)', en: '(no addressee)' },
  'board.promises': { de: 'Zusagen', en: 'Promises' },
  'board.who': { de: 'Wer', en: 'Who' },
  'board.what': { de: 'Was', en: 'What' },
  'board.status': { de: 'Stand', en: 'Status' },
  'board.figures': { de: 'Zahlen und Quellen', en: 'Figures and sources' },
  'board.disagree': { de: 'Quellen widersprechen sich', en: 'sources disagree' },
  'board.due': { de: 'fällig', en: 'due' },
  'promise.open': { de: 'offen', en: 'open' },
  'promise.overdue': { de: 'Frist verstrichen', en: 'past due' },
  'promise.kept': { de: 'eingehalten', en: 'kept' },
  'promise.denied': { de: 'bestritten', en: 'denied' },
  'board.late': { de: 'verspätet', en: 'late' },
  'board.asOf': { de: 'Stand', en: 'as of' },
  'board.none': { de: '—', en: '—' },
  'paste.title': { de: 'Artikel analysieren', en: 'Analyse an article' },
  'paste.text': { de: 'Text des Artikels', en: 'Article text' },
  'paste.published': { de: 'Veröffentlicht (JJJJ-MM-TT)', en: 'Published (YYYY-MM-DD)' },
  'paste.outlet': { de: 'Medium', en: 'Outlet' },
  'paste.submit': { de: 'Analysieren', en: 'Analyse' },
  'paste.busy': { de: 'Wird analysiert …', en: 'Analysing …' },
  'error.load': { de: 'Konnte nicht geladen werden', en: 'Could not load' },
  'page.count': { de: '{shown} von {total}', en: '{shown} of {total}' },
  'page.more': { de: 'Mehr laden', en: 'Load more' },
} as const

export type LabelKey = keyof typeof LABELS

let lang: Lang =
  (localStorage.getItem('lagebild.lang') as Lang | null) ??
  (navigator.language.startsWith('de') ? 'de' : 'en')

export function currentLang(): Lang {
  return lang
}

export function setLang(next: Lang): void {
  lang = next
  localStorage.setItem('lagebild.lang', next)
  document.documentElement.lang = next
}

export function t(key: LabelKey): string {
  return LABELS[key][lang]
}

/** A label from a data value ("kind.indirect"); an unknown value (a new quote kind, say) shows as itself. */
export function tv(prefix: string, value: string): string {
  const entry = (LABELS as Record<string, { de: string; en: string }>)[`${prefix}.${value}`]
  return entry ? entry[lang] : value
}

/** The reader's own locale when it speaks the chosen language ("de-AT", "en-US"), else the language's usual one. */
function locale(): string {
  const own = navigator.language
  return own.startsWith(lang) ? own : lang === 'de' ? 'de-DE' : 'en-GB'
}

/** An article's language by name in the reader's language: "en" → "Englisch" / "English"; an odd code as itself. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

export function formatNumber(value: number): string {
  return value.toLocaleString(locale())
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/u
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/u

/**
 * A date as the reader writes it: a calendar date as a date ("21.01.2022"), a date-time as date and time in the
 * reader's time zone ("21.01.2022, 09:30"). Anything else (a week, a range, text) shows as it stands.
 */
export function formatDate(value: string): string {
  if (CALENDAR_DATE.test(value)) {
    // a calendar day is no instant: read and written in UTC, so no zone moves it to the day before
    const day = new Date(`${value}T00:00:00Z`)
    if (Number.isNaN(day.getTime())) return value
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(day)
  }
  if (DATE_TIME.test(value)) {
    const instant = new Date(value)
    if (Number.isNaN(instant.getTime())) return value
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(instant)
  }
  return value
}
