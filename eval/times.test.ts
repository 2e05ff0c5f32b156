import { describe, expect, it } from 'vitest'
import { parseKeyInline, scoreDocument, summarize } from './times.ts'

const XML = `<DOC>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Der Angriff begann am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> um <TIMEX2 val="1939-09-01T04:45">4:45 Uhr</TIMEX2>. Im <TIMEX2 val="1940-05">Mai</TIMEX2> folgte Frankreich.
</TEXT>
</DOC>`

describe('WikiWarsDE scorer', () => {
  const doc = parseKeyInline('00_test', XML)

  it('reads the text without tags, the gold spans and the reference date', () => {
    expect(doc.reference).toBe('2011-02-16')
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.value])).toEqual([
      ['1. September 1939', '1939-09-01'],
      ['4:45 Uhr', '1939-09-01T04:45'],
      ['Mai', '1940-05'],
    ])
  })

  it('counts strict, lenient and value matches apart', () => {
    const at = (s: string) => doc.text.indexOf(s)
    const system = [
      {
        span: [at('1. September 1939'), at('1. September 1939') + 17] as [number, number],
        value: '1939-09-01',
      },
      { span: [at('um 4:45'), at('um 4:45') + 10] as [number, number], value: '1939-09-01T04:45' },
      { span: [at('Mai'), at('Mai') + 3] as [number, number], value: '1939-05' },
      { span: [at('Frankreich'), at('Frankreich') + 10] as [number, number], value: 'XXXX' },
    ]
    const c = scoreDocument(doc, system)
    expect(c).toMatchObject({ sys: 4, gold: 3, strict: 2, lenientSys: 3, lenientGold: 3, valueStrict: 1 })
    const s = summarize(c)
    expect(s.strict.p).toBeCloseTo(0.5)
    expect(s.value).toBeCloseTo(0.5)
  })
})
