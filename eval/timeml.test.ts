import { describe, expect, it } from 'vitest'
import { parseMeantime, parseTimeML } from './timeml.ts'
import { scoreDocument, summarize } from './times.ts'

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-20" temporalFunction="false" functionInDocument="CREATION_TIME">03/20/2024</TIMEX3></DCT>
<TITLE>Talks end</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> the talks ended <TIMEX3 tid="t1" type="DATE" value="2024-03-15" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`

const NAF = `<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">end</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">20</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2024</token>
<token number="6" sentence="2" t_id="7">They</token>
<token number="7" sentence="2" t_id="8">met</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2024-03-20"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2024-03-15"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2058" functionInDocument="NONE" m_id="3" type="DATE" value="2058"/>
</Markables>
</Document>`

describe('TimeML reader', () => {
  it('reads TEXT without tags, decodes entities before counting, and takes the DCT as reference', () => {
    const doc = parseTimeML('TEST0001.tml', TML)
    expect(doc.reference).toBe('2024-03-20')
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.value])).toEqual([
      ['Friday', '2024-03-15'],
      ['three days', 'P3D'],
    ])
    expect(doc.text).toContain('AT&T said')
  })

  it('refuses a file without a creation time', () => {
    expect(() => parseTimeML('x.tml', TML.replace('CREATION_TIME', 'NONE'))).toThrow(
      /no document creation time/u,
    )
  })

  it('scores relaxed, strict and value matches the TempEval-3 way', () => {
    const doc = parseTimeML('TEST0001.tml', TML)
    const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length]
    const s = summarize(
      scoreDocument(doc, [
        { span: at('Friday'), value: '2024-03-15' },
        { span: at('after three days'), value: 'P3D' },
        { span: at('talks'), value: 'XXXX' },
      ]),
    )
    expect(s.lenient.p).toBeCloseTo(2 / 3)
    expect(s.lenient.r).toBe(1)
    expect(s.strict.f1).toBeCloseTo(f1(1 / 3, 1 / 2))
    expect(s.valueF1).toBeCloseTo(f1(2 / 3, 1))
  })
})

const f1 = (p: number, r: number) => (2 * p * r) / (p + r)

describe('MEANTIME reader', () => {
  it('joins the tokens into text, leaves out the creation-time line and maps TIMEX3 tokens to spans', () => {
    const doc = parseMeantime('1.xml', NAF)
    expect(doc.reference).toBe('2024-03-20')
    expect(doc.text).toBe('Talks end\nThey met on Friday.')
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.value])).toEqual([['Friday', '2024-03-15']])
  })
})
