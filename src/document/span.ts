/** `[start, end)` in UTF-16 code units of the normalised text — what `String.prototype.slice` uses. */
export type Span = [start: number, end: number]

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span[0], span[1])
}

export function isValidSpan(text: string, span: Span): boolean {
  return (
    Number.isInteger(span[0]) &&
    Number.isInteger(span[1]) &&
    span[0] >= 0 &&
    span[0] <= span[1] &&
    span[1] <= text.length
  )
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1]
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let [start, end] = span
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return [start, end]
}
