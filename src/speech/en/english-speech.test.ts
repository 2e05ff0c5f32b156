import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { describeSpeech } from '../index.ts'

const env = createEnv()

function speech(text: string) {
  const doc = analyzeText(text, { lang: 'en' }, env)
  const read = (span: Span | undefined) => (span ? doc.text.slice(span[0], span[1]) : undefined)
  return describeSpeech(doc, env).map((q) => ({
    rule: q.rule,
    kind: q.kind,
    said: read(q.span),
    by: read(q.antecedent ?? q.speakerMention),
    cue: q.cue?.map(read).join(' … '),
  }))
}

describe('English speech', () => {
  // [text, rule, kind, words said, speaker, cue]
  it.each([
    [
      '"We will not back down," the mayor said on Friday.',
      'en/said-after',
      'direct',
      'We will not back down',
      'the mayor',
      'said',
    ],
    [
      '"The harbour stays closed," said Harbour Master Ellen Price.',
      'en/said-inverted',
      'direct',
      'The harbour stays closed',
      'Harbour Master Ellen Price',
      'said',
    ],
    [
      'The ferry will resume service next week, the company added.',
      'en/said-after',
      'indirect',
      'The ferry will resume service next week',
      'the company',
      'added',
    ],
    [
      'The union warned that the strike could last until March.',
      'en/said-before',
      'indirect',
      'that the strike could last until March',
      'The union',
      'warned',
    ],
    [
      'The governor said the bridge would reopen in May.',
      'en/said-before',
      'indirect',
      'the bridge would reopen in May',
      'The governor',
      'said',
    ],
    [
      'The council said on Tuesday it would appeal the ruling.',
      'en/said-before',
      'indirect',
      'it would appeal the ruling',
      'The council',
      'said',
    ],
    [
      'The minister told lawmakers that no decision had been made.',
      'en/told',
      'indirect',
      'that no decision had been made',
      'The minister',
      'told',
    ],
    [
      'According to the fire brigade, two buildings were evacuated.',
      'en/according-to',
      'indirect',
      'two buildings were evacuated',
      'the fire brigade',
      'According to',
    ],
    [
      'Two buildings were evacuated, according to the fire brigade.',
      'en/according-to',
      'indirect',
      'Two buildings were evacuated',
      'the fire brigade',
      'according to',
    ],
    [
      'The coach said: "We played our best game of the season."',
      'en/said-before',
      'direct',
      'We played our best game of the season.',
      'The coach',
      'said',
    ],
    [
      'The senator backed the bill, saying that it would save lives.',
      'en/saying',
      'indirect',
      'that it would save lives',
      'The senator',
      'saying',
    ],
    [
      'Anne Hidalgo: We Will Rebuild the Bridge by Spring.',
      'en/colon-source',
      'indirect',
      'We Will Rebuild the Bridge by Spring',
      'Anne Hidalgo',
      ':',
    ],
    [
      'Chris Dole, who runs the local food bank, says demand has doubled since June.',
      'en/said-before',
      'indirect',
      'demand has doubled since June',
      'Chris Dole, who runs the local food bank',
      'says',
    ],
    [
      'The agency said the test had failed, but it did not say why.',
      'en/said-before',
      'indirect',
      'the test had failed',
      'The agency',
      'said',
    ],
    [
      'In a radio interview, the coach said, "We played our best game."',
      'en/said-before',
      'direct',
      'We played our best game.',
      'the coach',
      'said',
    ],
    [
      'The senator toured the site on Monday and says the cost is too high.',
      'en/said-before',
      'indirect',
      'the cost is too high',
      'The senator',
      'says',
    ],
    [
      'The billionaire real estate magnate says running for office is tough.',
      'en/said-before',
      'indirect',
      'running for office is tough',
      'The billionaire real estate magnate',
      'says',
    ],
    [
      'The mayor told The Post and Courier newspaper of Charleston on Saturday that he would run again.',
      'en/told',
      'indirect',
      'that he would run again',
      'The mayor',
      'told',
    ],
    [
      '"We have come a long way," she told cheering supporters in Nashua, N.H. on Monday.',
      'en/said-after',
      'direct',
      'We have come a long way',
      'she',
      'told',
    ],
    [
      'The senator has also said the plan is too costly.',
      'en/said-before',
      'indirect',
      'the plan is too costly',
      'The senator',
      'has also said',
    ],
    [
      'Trump is telling supporters in Reno that he will win the state.',
      'en/told',
      'indirect',
      'that he will win the state',
      'Trump',
      'is telling',
    ],
    [
      'During a town hall meeting in Cedar Rapids, Iowa, Rubio told reporters that the plan would fail.',
      'en/told',
      'indirect',
      'that the plan would fail',
      'Rubio',
      'told',
    ],
    [
      'Rubio says the latest polls showing him behind front-runner Donald Trump are wrong.',
      'en/said-before',
      'indirect',
      'the latest polls showing him behind front-runner Donald Trump are wrong',
      'Rubio',
      'says',
    ],
    [
      'A reporter asked the senator whether the bill would pass.',
      'en/asked',
      'indirect',
      'whether the bill would pass',
      'A reporter',
      'asked',
    ],
    [
      'The veterans group has asked the campaign to stop using its emblem.',
      'en/asked',
      'indirect',
      'the campaign to stop using its emblem',
      'The veterans group',
      'has asked',
    ],
    [
      'The mayor is calling for the city to close the bridge.',
      'en/called',
      'indirect',
      'the city to close the bridge',
      'The mayor',
      'is calling for',
    ],
    [
      'But Twenty-four percent of the voters said they would stay home.',
      'en/said-before',
      'indirect',
      'they would stay home',
      'Twenty-four percent of the voters',
      'said',
    ],
    [
      'The mayor and her deputies say the bridge is safe.',
      'en/said-before',
      'indirect',
      'the bridge is safe',
      'The mayor and her deputies',
      'say',
    ],
    [
      'The union also praised the mayor’s handling of the strike.',
      'en/reported-act',
      'reported',
      'the mayor’s handling of the strike',
      'The union',
      'also praised',
    ],
    [
      'The bishop urged parishioners to vote in the referendum.',
      'en/reported-act',
      'reported',
      'parishioners to vote in the referendum',
      'The bishop',
      'urged',
    ],
    [
      'Clinton leads by 271 delegates according to a count by The Associated Press.',
      'en/according-to',
      'indirect',
      'Clinton leads by 271 delegates',
      'a count by The Associated Press',
      'according to',
    ],
    [
      'The senator says if elected he will cut taxes.',
      'en/said-before',
      'indirect',
      'if elected he will cut taxes',
      'The senator',
      'says',
    ],
    [
      'About four in 10 voters say they want a change.',
      'en/said-before',
      'indirect',
      'they want a change',
      'About four in 10 voters',
      'say',
    ],
    [
      '“The trial will take years,” said Robert Klein, chairman of the state institute for medicine.',
      'en/said-inverted',
      'direct',
      'The trial will take years',
      'Robert Klein, chairman of the state institute for medicine',
      'said',
    ],
    [
      'The broadcasts began on August 10 and South Korea says they will continue.',
      'en/said-before',
      'indirect',
      'they will continue',
      'South Korea',
      'says',
    ],
  ])('%s', (text, rule, kind, said, by, cue) => {
    expect(speech(text)).toEqual([{ rule, kind, said, by, cue }])
  })

  it('finds no speech where nobody says anything', () => {
    expect(speech('The company announced a new plan. The river said nothing to anyone.')).toEqual([])
    expect(speech('He visited the "Green Zone" on Monday and left.')).toEqual([])
    // the comma after an aside inside a framed sentence ends nobody's words: "wrote a host of songs" is no inverted frame
    expect(
      speech(
        'Last week, Kiedis said his band and Brian Burton, AKA Danger Mouse, wrote a host of new songs.',
      ).map((q) => q.rule),
    ).not.toContain('en/said-inverted')
    // a thanks nobody gives: "thanks to" is no act of speech
    expect(speech('Thanks to the rain, the harvest was good.')).toEqual([])
    // a name given by nobody in particular, and a question nobody reports
    expect(speech('She joined a group called the Friends of the Harbour.')).toEqual([])
    expect(speech('The mayor asked for more time.')).toEqual([])
    // a column title before a colon is nobody
    expect(speech('The Latest: Ferry service to resume next week.')).toEqual([])
  })

  it('gives a pronoun speaker the person named before, and the actor of the quote', () => {
    const text =
      'Mayor Anne Hidalgo opened the bridge on Monday.\n\n"It took ten years," she said. She told reporters that more bridges would follow.'
    const doc = analyzeText(text, { lang: 'en' }, env)
    const quotes = doc.layers.quotes ?? []
    expect(quotes.map((q) => q.rule)).toEqual(['en/said-after', 'en/told'])
    const hidalgo = doc.layers.entities?.find((e) => doc.text.slice(e.span[0], e.span[1]) === 'Anne Hidalgo')
    expect(hidalgo?.actor).toBeDefined()
    expect(quotes.map((q) => q.speaker)).toEqual([hidalgo?.actor, hidalgo?.actor])
    const told = describeSpeech(doc, env)[1]?.addresseeMention
    expect(told && doc.text.slice(told[0], told[1])).toBe('reporters')
  })

  it('keeps the attribution chain of a source that quotes another', () => {
    const text =
      'According to the Reuters news agency, quoting the port authority, the harbour will close a "few days" longer.'
    const doc = analyzeText(text, { lang: 'en' }, env)
    const [quote] = describeSpeech(doc, env)
    const read = (span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)
    expect(read(quote?.span)).toBe('the harbour will close a "few days" longer')
    expect(quote?.kind).toBe('mixed')
    expect(read(quote?.speakerMention)).toBe('the Reuters news agency')
    expect(quote?.viaMentions?.map(read)).toEqual(['the port authority'])
  })

  it('keeps the chain of a source that cites another, after its words or before them', () => {
    for (const text of [
      'Two drones were shot down overnight, Interfax reported, citing the defence ministry.',
      'Interfax reported, citing the defence ministry, that two drones were shot down overnight.',
    ]) {
      const doc = analyzeText(text, { lang: 'en' }, env)
      const read = (span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)
      const [quote] = describeSpeech(doc, env)
      expect(read(quote?.speakerMention)).toBe('Interfax')
      expect(quote?.viaMentions?.map(read)).toEqual(['the defence ministry'])
      expect(read(quote?.span)).toMatch(/two drones were shot down overnight$/i)
    }
  })

  it('reads no quote inside quotation marks as a frame', () => {
    expect(speech('"He said he would come, but he never did," the sister recalled.')).toEqual([
      {
        rule: 'en/said-after',
        kind: 'direct',
        said: 'He said he would come, but he never did',
        by: 'the sister',
        cue: 'recalled',
      },
    ])
  })

  it("reads a transcript's speaker in capitals and the turn to its paragraph's end", () => {
    const text =
      'Transcript as follows.\n\nJAKE TAPPER: The mayor spoke today. Take a listen.\n\nThe clip ran.'
    const doc = analyzeText(text, { lang: 'en' }, env)
    const read = (span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)
    const [turn] = describeSpeech(doc, env).filter((q) => q.rule === 'en/colon-source')
    expect(read(turn?.speakerMention)).toBe('JAKE TAPPER')
    expect(read(turn?.span)).toBe('The mayor spoke today. Take a listen.')
  })

  it('reads what somebody called something, and what the same subject said next', () => {
    expect(speech('The governor called the plan “reckless” and said the state would sue.')).toEqual([
      { rule: 'en/called', kind: 'mixed', said: 'the plan “reckless”', by: 'The governor', cue: 'called' },
      {
        rule: 'en/said-before',
        kind: 'indirect',
        said: 'the state would sue',
        by: 'The governor',
        cue: 'said',
      },
    ])
  })

  it('gives a participle of saying the subject of its sentence, and "telling" its addressee', () => {
    const text = 'The mayor praised the plan, telling reporters, “It is the best we have had.”'
    expect(speech(text)).toEqual([
      { rule: 'en/reported-act', kind: 'reported', said: 'the plan', by: 'The mayor', cue: 'praised' },
      {
        rule: 'en/saying',
        kind: 'direct',
        said: 'It is the best we have had.',
        by: 'The mayor',
        cue: 'telling',
      },
    ])
    const doc = analyzeText(text, { lang: 'en' }, env)
    const to = describeSpeech(doc, env)[1]?.addresseeMention
    expect(to && text.slice(to[0], to[1])).toBe('reporters')
  })

  it('ends the words where the narrator reports the next thing said', () => {
    const said = (text: string) => speech(text).map((q) => q.said)
    expect(said('The mayor said the bridge was safe, adding that it would open in May.')).toEqual([
      'the bridge was safe',
      'that it would open in May',
    ])
    expect(
      said('Half said they were worried about prices and more than 4 in 10 said wages would rise.'),
    ).toEqual(['they were worried about prices', 'wages would rise'])
    // "but that" goes on with the same report
    expect(said('He says he wishes he had more time, but that his team did everything it could.')).toEqual([
      'he wishes he had more time, but that his team did everything it could',
    ])
  })

  it('joins a split quotation and the quotations its speaker goes on with into one quote in parts', () => {
    const parts = (text: string) => {
      const doc = analyzeText(text, { lang: 'en' }, env)
      return describeSpeech(doc, env).map((q) => (q.parts ?? [q.span]).map((p) => text.slice(p[0], p[1])))
    }
    expect(
      parts('“We will win,” the senator said on Friday, “and we will win soon.” She left early.'),
    ).toEqual([['We will win', 'and we will win soon.']])
    expect(
      parts('“The talks went well,” he said in an interview with the paper. “We meet again in May.”'),
    ).toEqual([['The talks went well', 'We meet again in May.']])
    // another speaker's frame takes the next quotation
    expect(
      parts(
        '“The harbour stays closed,” said Harbour Master Ellen Price. “Ships wait outside,” the pilot added.',
      ),
    ).toEqual([['The harbour stays closed'], ['Ships wait outside']])
    // the speaker's next paragraph, when it is nothing but a quotation; not a paragraph of the narrator's
    expect(
      parts(
        '“We are ready,” the coach said.\n\n“The team has trained all winter.”\n\nThe match starts at six.',
      ),
    ).toEqual([['We are ready', 'The team has trained all winter.']])
    // a quotation that only names something goes on with nobody's words
    expect(parts('“We are ready,” she said. “Green Zone” is a name the army gave.')).toEqual([
      ['We are ready'],
    ])
  })

  it('runs the words on with a quotation opened among them into the sentences after', () => {
    expect(
      speech('The mayor said that “the bridge is safe. It will open in May.” Critics disagree.'),
    ).toEqual([
      {
        rule: 'en/said-before',
        kind: 'mixed',
        said: 'that “the bridge is safe. It will open in May.”',
        by: 'The mayor',
        cue: 'said',
      },
    ])
  })
})
