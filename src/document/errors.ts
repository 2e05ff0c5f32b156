/**
 * One catalogue of coded errors. Each message says what went wrong and what to do; `status` is the HTTP
 * answer the API gives for it, so the CLI and the server speak with one voice.
 */
export const ERRORS = {
  LB_INPUT_EMPTY: { status: 400, message: 'the input is empty: give an article with some text' },
  LB_INPUT_BINARY: {
    status: 415,
    message: 'the input looks binary (it contains NUL bytes): give a text article',
  },
  LB_INPUT_NOT_UTF8: {
    status: 415,
    message: 'the input is not valid UTF-8: convert it first (e.g. iconv -f latin1 -t utf-8)',
  },
  LB_INPUT_TOO_LARGE: { status: 413, message: 'the input is larger than the limit for one article' },
  LB_INPUT_TOO_COMPLEX: {
    status: 422,
    message:
      'the input is too complex to analyse in the time allowed: split it into smaller articles, or raise the budget (--budget SECONDS, LAGEBILD_BUDGET)',
  },
  LB_INPUT_NOT_FOUND: { status: 404, message: 'no such file' },
  LB_INPUT_UNREADABLE: { status: 400, message: 'the input could not be read' },
  LB_HTML_NO_ARTICLE: {
    status: 422,
    message:
      'the HTML page holds no readable article: give the article page itself, or its text as {"text": …}',
  },
  LB_FEED_INVALID: {
    status: 422,
    message:
      'the input is no readable RSS, Atom or RDF feed: check the feed address or give the articles directly',
  },
  LB_NOT_FOUND: { status: 404, message: 'not found' },
  LB_ARG_INVALID: { status: 400, message: 'an argument is invalid' },
  LB_FETCH_FAILED: {
    status: 502,
    message: 'the page could not be fetched: save it and send it as {"html": …}',
  },
  LB_AUTH_REQUIRED: {
    status: 401,
    message: 'this server asks for its token: send it as the header "Authorization: Bearer TOKEN"',
  },
  LB_STORE_FULL: {
    status: 507,
    message: 'the disk that holds the database is full: free space and run again (what is stored stays)',
  },
  LB_STORE_READONLY: {
    status: 503,
    message: 'the database is read-only: give a writable file or file system (--db, $LAGEBILD_DB)',
  },
  LB_STORE_PERMISSION: {
    status: 503,
    message: 'no permission to write the database: check the owner and mode of the file and its folder',
  },
  LB_STORE_UNAVAILABLE: {
    status: 503,
    message: 'the database is unreachable: retry when it is back (the server reconnects by itself)',
  },
  LB_QUEUE_UNAVAILABLE: {
    status: 503,
    message: 'the job queue (Redis) is unreachable: start it, or check the address given with --queue',
  },
  LB_BUSY: {
    status: 503,
    message: 'the server is analysing as many articles as it can take: retry in a few seconds',
  },
  LB_ANALYSIS_TIMEOUT: {
    status: 503,
    message:
      'the analysis took longer than this server allows (a busy server or a very long article): retry later, or split the article',
  },
  LB_WORKER_FAILED: {
    status: 500,
    message: 'an analysis worker stopped unexpectedly (a bug: please report it)',
  },
  LB_SCHEMA_VIOLATION: {
    status: 500,
    message: 'the analysis does not satisfy lagebild/analysis@1 (a bug: please report it)',
  },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

export class LagebildError extends Error {
  readonly code: ErrorCode
  readonly status: number

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const base = ERRORS[code].message
    super(detail ? `${base} (${detail})` : base, options)
    this.name = 'LagebildError'
    this.code = code
    this.status = ERRORS[code].status
  }
}

export function isLagebildError(error: unknown): error is LagebildError {
  return error instanceof LagebildError
}
