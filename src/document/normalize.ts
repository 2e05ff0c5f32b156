/**
 * The one rewrite a text ever gets. After it, `text` is frozen and every span indexes into it.
 * - A byte-order mark is not part of the article.
 * - CRLF and lone CR become LF, so offsets do not depend on the platform that saved the file.
 * - NFC, so "ä" typed as a + combining diaeresis matches lexicons and is one code unit in spans.
 * Nothing else changes: quotation marks, dashes, non-breaking spaces and soft hyphens stay as written,
 * because they are evidence (a „…“ is a quote; a NBSP inside "100 000" is part of a number).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
}
