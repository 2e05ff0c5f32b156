import { describe, expect, it } from 'vitest'
import {
  gumSentences,
  meantimeSentences,
  readGumMentions,
  readIob2Documents,
} from '../scripts/ner-en-data.ts'

const tagged = (s: { words: string[]; tags: string[] }) =>
  s.words.map((w, i) => (s.tags[i] === 'O' ? w : `${w}/${s.tags[i]}`)).join(' ')

describe('reading the English NER corpora', () => {
  it('splits a UNER-layout IOB2 file into documents at "# newdoc"', () => {
    const iob2 = [
      '# newdoc id = a',
      '# text = I met Anna .',
      '1\tI\tO\t-\t-',
      '2\tmet\tO\t-\t-',
      '3\tAnna\tB-PER\t-\t-',
      '4\t.\tO\t-\t-',
      '',
      '# newdoc id = b',
      '1\tIn\tO\t-\t-',
      '2\ttampa\tB-LOC\t-\t-',
      '3\tbay\tI-LOC\t-\t-',
      '',
    ].join('\n')
    const documents = readIob2Documents(iob2)
    expect(documents.map((d) => d.map(tagged))).toEqual([
      ['I met Anna/B-PER .'],
      ['In tampa/B-LOC bay/I-LOC'],
    ])
  })

  it('reads nested and one-token coreference brackets of GUM', () => {
    const conll = [
      '# begin document x',
      '0\tthe\t(organization-1',
      '1\tUniversity\t_',
      '2\tof\t_',
      '3\tOslo\t(place-2-Oslo)organization-1)',
      '4\t2006\t(time-3)',
      '# end document',
    ].join('\n')
    expect(readGumMentions(conll).mentions).toEqual([
      { type: 'place', start: 3, end: 4 },
      { type: 'organization', start: 0, end: 4 },
      { type: 'time', start: 4, end: 5 },
    ])
  })

  it('takes the last proper-noun run of a GUM mention as the name, without a title, outer names first', () => {
    const row = (word: string, upos: string) => `${word}\tX\t${word}\tX\t${upos}\tdep\t_`
    const xml = [
      '<text id="x">',
      '<s type="decl">',
      row('Biologist', 'NOUN'),
      row('Professor', 'PROPN'),
      row('Nick', 'PROPN'),
      row('Bos', 'PROPN'),
      row('of', 'ADP'),
      row('the', 'DET'),
      row('University', 'PROPN'),
      row('of', 'ADP'),
      row('Oslo', 'PROPN'),
      row('spoke', 'VERB'),
      '</s>',
      '</text>',
    ].join('\n')
    const conll = [
      '0\tBiologist\t(person-1',
      '1\tProfessor\t_',
      '2\tNick\t_',
      '3\tBos\tperson-1)',
      '4\tof\t_',
      '5\tthe\t(organization-2',
      '6\tUniversity\t_',
      '7\tof\t_',
      '8\tOslo\t(place-3)organization-2)',
      '9\tspoke\t_',
    ].join('\n')
    expect(gumSentences(xml, conll).map(tagged)).toEqual([
      'Biologist Professor Nick/B-PER Bos/I-PER of the University/B-ORG of/I-ORG Oslo/I-ORG spoke',
    ])
  })

  it('refuses a GUM document whose two files disagree on the tokens', () => {
    expect(() => gumSentences('<s>\nA\tX\tA\tX\tPROPN\n</s>', '0\tA\t_\n1\tB\t_')).toThrow(/1 tokens.*2/u)
  })

  it('types MEANTIME name mentions by the entity they refer to, without a leading "the"', () => {
    const xml = `<Document>
<token number="0" sentence="0" t_id="1">the</token>
<token number="1" sentence="0" t_id="2">European</token>
<token number="2" sentence="0" t_id="3">Union</token>
<token number="3" sentence="0" t_id="4">fined</token>
<token number="4" sentence="0" t_id="5">Apple</token>
<token number="5" sentence="1" t_id="6">Jobs</token>
<token number="6" sentence="1" t_id="7">agreed</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="11" syntactic_type="NAM"><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="12" syntactic_type="NAM"><token_anchor t_id="6"/></ENTITY_MENTION>
<ENTITY ent_type="ORG" instance_id="a" m_id="20"/>
<ENTITY ent_type="PRO" instance_id="b" m_id="21"/>
<ENTITY ent_type="PER" instance_id="c" m_id="22"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="11"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="12"/><target m_id="22"/></REFERS_TO>
</Relations>
</Document>`
    expect(meantimeSentences(xml).map(tagged)).toEqual([
      'the European/B-ORG Union/I-ORG fined Apple',
      'Jobs/B-PER agreed',
    ])
  })
})
