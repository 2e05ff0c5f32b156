/** The readable part of an actor id: "Sergej Lawrow" → "sergej-lawrow", "Außenministerium" → "aussenministerium". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
}
