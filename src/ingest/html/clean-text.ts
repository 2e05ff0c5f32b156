/**
 * Text of an HTML node as a reader sees it on one line: HTML white space (spaces, tabs, newlines) collapses to
 * one space. Soft hyphens and zero-width characters are layout hints of the page ("Bundes&shy;kanzler"), not
 * written text, so they go; a non-breaking space is written text (inside "100 000") and stays.
 */
export function cleanInline(value: string): string {
  return value
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/gu, '')
    .replace(/[ \t\n\r\f\v]+/gu, ' ')
    .replace(/^[ \u00a0]+|[ \u00a0]+$/gu, '')
    .normalize('NFC')
}

/** Comparison key: case, punctuation and spacing do not matter when asking "is this the same sentence". */
export function comparable(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
