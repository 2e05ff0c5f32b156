import { cleanInline, comparable } from './clean-text.ts'
import { type DomElement, selectAll } from './dom.ts'

export interface FigureParts {
  /** what the image shows, from its alt text */
  alt?: string
  caption?: string
  /** photographer / agency: "AP/Alex Brandon", "Foto: dpa" */
  credit?: string
}

/** Elements a CMS marks as the credit: class or itemprop names such as "credit", "copyright", "source", "Quelle". */
const CREDIT_MARK =
  /credit|copyright|source|quelle|urheber|photographer|fotograf|author|rights|byline|license/iu

// "Foto: dpa/Michael Kappeler", "Bild: picture alliance", "© APA/Helmut Fohringer", "Quelle: Reuters"
const CREDIT_PREFIX =
  /(?:^|\s|\()((?:©|\(c\)|Copyright\b|(?:Fotos?|Bild(?:er)?|Grafik|Quelle|Photo|Image|Credit)\s*:).*)$/iu

/**
 * Splits a figure into description, caption and credit. A credit marked up as such wins; otherwise a credit
 * prefix inside the caption ("… Brandenburger Tor. Foto: dpa") or the last "|"-part ("… | AP") is the credit.
 */
export function readFigure(figure: DomElement): FigureParts {
  const img = figure.querySelector('img')
  const alt = img ? cleanInline(img.getAttribute('alt') ?? '') : ''
  const figcaption = figure.querySelector('figcaption')
  let caption = ''
  let credit = ''
  if (figcaption) {
    const marked = selectAll(figcaption, '*').filter((el) =>
      CREDIT_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`),
    )
    // the shortest marked element with text, so a wrapper called "caption-credit-wrap" does not swallow the caption
    const creditEl = marked
      .filter((el) => cleanInline(el.textContent ?? ''))
      .sort((a, b) => (a.textContent ?? '').length - (b.textContent ?? '').length)[0]
    const full = cleanInline(figcaption.textContent ?? '')
    if (creditEl) {
      credit = cleanInline(creditEl.textContent ?? '')
      caption = credit ? cleanInline(full.replace(credit, ' ')) : full
    } else {
      caption = full
    }
  } else {
    // figures without figcaption: the credit is often a small element in the figure itself
    const creditEl = selectAll(figure, '*').find((el) =>
      CREDIT_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`),
    )
    if (creditEl) credit = cleanInline(creditEl.textContent ?? '')
  }
  if (!credit && caption) {
    const split = splitCredit(caption)
    caption = split.caption
    credit = split.credit ?? ''
  }
  caption = caption.replace(/[\s|/–-]+$/u, '').trim()
  const parts: FigureParts = {}
  if (alt && comparable(alt) !== comparable(caption)) parts.alt = alt
  if (caption) parts.caption = caption
  if (credit) parts.credit = credit.replace(/^\(|\)$/gu, '').trim()
  return parts
}

/** "Blinken in Genf. Foto: AP/Alex Brandon" → caption + credit; "Die Brücke in Schuld | AP" likewise. */
export function splitCredit(text: string): { caption: string; credit?: string } {
  const prefixed = CREDIT_PREFIX.exec(text)
  if (prefixed?.[1]) {
    const at = prefixed.index + prefixed[0].length - prefixed[1].length
    return {
      caption: text.slice(0, at).replace(/\($/u, '').trim(),
      credit: prefixed[1].replace(/\)$/u, '').trim(),
    }
  }
  const bar = /^(.*\S)\s+\|\s+([^|]{2,60})$/u.exec(text)
  if (bar?.[1] && bar[2]) return { caption: bar[1], credit: bar[2] }
  return { caption: text }
}
