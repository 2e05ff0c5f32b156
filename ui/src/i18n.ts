export type Lang = 'de' | 'en'

const LABELS = {
  'nav.articles': { de: 'Artikel', en: 'Articles' },
  'nav.board': { de: 'Lagebild', en: 'Situation board' },
  'nav.paste': { de: 'Artikel einfügen', en: 'Paste an article' },
  'search.placeholder': { de: 'Suchen in Artikeln und Zitaten …', en: 'Search articles and quotes …' },
  'search.title': { de: 'Suche', en: 'Search' },
  'search.none': { de: 'Keine Treffer.', en: 'No results.' },
  'search.outlet': { de: 'Medium', en: 'Outlet' },
  'search.from': { de: 'von', en: 'from' },
  'search.to': { de: 'bis', en: 'to' },
  'search.eventType': { de: 'Ereignistyp', en: 'Event type' },
  'search.submit': { de: 'Suchen', en: 'Search' },
  'articles.title': { de: 'Gespeicherte Artikel', en: 'Stored articles' },
  'articles.none': { de: 'Noch keine Artikel.', en: 'No articles yet.' },
  'articles.quotes': { de: 'Aussagen', en: 'statements' },
  'articles.events': { de: 'Ereignisse', en: 'events' },
  'article.said': { de: 'Wer sagte was', en: 'Who said what' },
  'article.events': { de: 'Ereignisse', en: 'Events' },
  'article.figures': { de: 'Zahlen', en: 'Figures' },
  'article.dates': { de: 'Zeitangaben', en: 'Dates' },
  'article.unnamed': { de: '(ungenannt)', en: '(unnamed)' },
  'article.via': { de: 'über', en: 'via' },
  'article.to': { de: 'an', en: 'to' },
  'kind.direct': { de: 'direkt', en: 'direct' },
  'kind.indirect': { de: 'indirekt', en: 'indirect' },
  'kind.mixed': { de: 'gemischt', en: 'mixed' },
  'kind.freeIndirect': { de: 'frei indirekt', en: 'free indirect' },
  'kind.reported': { de: 'berichtet', en: 'reported' },
  'actor.aliases': { de: 'Auch genannt', en: 'Also called' },
  'actor.roles': { de: 'Rollen', en: 'Roles' },
  'actor.country': { de: 'Land', en: 'Country' },
  'actor.timeline': { de: 'Aussagen und Ereignisse', en: 'Statements and events' },
  'actor.documents': { de: 'Artikel', en: 'articles' },
  'board.demands': { de: 'Forderungen', en: 'Demands' },
  'board.promises': { de: 'Zusagen', en: 'Promises' },
  'board.figures': { de: 'Zahlen und Quellen', en: 'Figures and sources' },
  'board.disagree': { de: 'Quellen widersprechen sich', en: 'sources disagree' },
  'board.due': { de: 'fällig', en: 'due' },
  'board.none': { de: '—', en: '—' },
  'paste.title': { de: 'Artikel analysieren', en: 'Analyse an article' },
  'paste.text': { de: 'Text des Artikels', en: 'Article text' },
  'paste.published': { de: 'Veröffentlicht (JJJJ-MM-TT)', en: 'Published (YYYY-MM-DD)' },
  'paste.outlet': { de: 'Medium', en: 'Outlet' },
  'paste.submit': { de: 'Analysieren', en: 'Analyse' },
  'error.load': { de: 'Konnte nicht geladen werden', en: 'Could not load' },
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
