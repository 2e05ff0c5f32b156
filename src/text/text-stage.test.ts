import { describe, expect, it } from 'vitest'
import { createDocument, createEnv, runStages, type Token } from '../document/index.ts'
import { structureStage } from '../structure/index.ts'
import { textStage } from './text-stage.ts'

const env = createEnv()

function analyse(text: string) {
  const doc = runStages(createDocument({ text }), [structureStage, textStage], env)
  const tokens = doc.layers.tokens as Token[]
  const find = (word: string, nth = 0) => {
    const token = tokens.filter((t) => doc.text.slice(t.span[0], t.span[1]) === word)[nth]
    if (!token) throw new Error(`no token ${word}`)
    return token
  }
  const word = (index: number | undefined) =>
    index === undefined
      ? undefined
      : doc.text.slice((tokens[index] as Token).span[0], (tokens[index] as Token).span[1])
  return { find, word }
}

describe('text stage morphology', () => {
  it('tells Konjunktiv I from the indicative', () => {
    const { find } = analyse(
      'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow. Russland habe niemals gedroht.',
    )
    expect(find('sei')).toMatchObject({ lemma: 'sein', moods: ['subjunctive1'] })
    expect(find('sagte').lemma).toBe('sagen')
    expect(find('sagte').moods).toContain('indicative')
    expect(find('habe').moods).toContain('subjunctive1')
    expect(find('Treffen')).toMatchObject({ noun: true, lemma: 'Treffen' })
    expect(find('Treffen').moods).toBeUndefined()
  })

  it('gives a form several verbs share the likeliest lemma: "dachte" denken, "führen" führen, "fällt" fallen', () => {
    const { find } = analyse('Er dachte: Lobt er mich etwa? Die Länder führen Krieg. Der Kurs fällt.')
    expect(find('dachte').lemma).toBe('denken')
    expect(find('führen').lemma).toBe('führen')
    expect(find('fällt').lemma).toBe('fallen')
  })

  it('keeps Konjunktiv II apart: "Beide Seiten hätten …", "würden"', () => {
    const { find } = analyse(
      'Beide Seiten hätten nun ein besseres Verständnis. Er hoffe, dass sich die Gemüter beruhigen würden.',
    )
    expect(find('hätten').moods).toEqual(['subjunctive2'])
    expect(find('würden').moods).toEqual(['subjunctive2'])
    expect(find('hoffe').moods).toContain('subjunctive1')
  })

  it('joins separable verbs with their particle: "kündigte … an", "wies … darauf hin", "teilt … mit"', () => {
    const { find, word } = analyse(
      'Der Dialog werde fortgesetzt, kündigte er an. Blinken wies allerdings darauf hin, dass die NATO bleibe. Es gebe Sorgen, teilt Duma-Präsident Wjatscheslaw Wolodin mit.',
    )
    expect(find('kündigte').lemma).toBe('ankündigen')
    expect(word(find('kündigte').particle)).toBe('an')
    expect(find('wies').lemma).toBe('hinweisen')
    expect(find('teilt').lemma).toBe('mitteilen')
    expect(find('werde').moods).toContain('subjunctive1')
  })

  it('finds a particle that closes the first of two coordinated clauses: "rief … auf und beschloss"', () => {
    const { find, word } = analyse(
      'Der Sicherheitsrat rief die Regierung zur Beendigung der Gewalt auf und beschloss Sanktionen. Er rief an und ging.',
    )
    expect(find('rief').lemma).toBe('aufrufen')
    expect(word(find('rief').particle)).toBe('auf')
    expect(find('rief', 1).lemma).toBe('anrufen')
  })

  it('joins the separable verbs the dictionary lacks, made from their base verb: "fuhr … fort" is fortfahren', () => {
    const { find, word } = analyse('„Wir werden sehen“, fuhr er fort. Der Zug fuhr ab. Er will fortfahren.')
    expect(find('fuhr').lemma).toBe('fortfahren')
    expect(word(find('fuhr').particle)).toBe('fort')
    expect(find('fuhr', 1).lemma).toBe('abfahren')
    expect(find('fortfahren').verbForm).toBe('infinitive')
  })

  it('separates particle verbs the dictionary writes only joined: "stellten … fest", "gab … bekannt", not "übergab"', () => {
    const { find, word } = analyse(
      'Die Gefahr ist hoch, stellten die Wissenschaftler außerdem fest. Der Wahlleiter gab das Ergebnis bekannt. Er übergab den Brief über Nacht.',
    )
    expect(find('stellten')).toMatchObject({ lemma: 'feststellen' })
    expect(word(find('stellten').particle)).toBe('fest')
    expect(find('gab')).toMatchObject({ lemma: 'bekanntgeben' })
    expect(find('übergab').lemma).toBe('übergeben')
    expect(find('übergab').particle).toBeUndefined()
  })

  it('finds the particle behind brackets and quotation marks: "teilte das „Institute“ (STSI) mit", "es handele sich"', () => {
    const { find, word } = analyse(
      'Die Kamera ist kaputt, teilte das „Space Telescope Science Institute“ (STSI) mit. Es handele sich um einen Defekt.',
    )
    expect(find('teilte').lemma).toBe('mitteilen')
    expect(word(find('teilte').particle)).toBe('mit')
    expect(find('handele').lemma).toBe('handeln')
    expect(find('handele').moods).toContain('subjunctive1')
  })

  it('reads the spelling since 1996, which the dictionary writes with ß: "müssten", "lässt"', () => {
    const { find } = analyse(
      'Sie müssten handeln, sagte er. Er lässt sich Zeit. Sie lässt das offen. Sie müßten handeln.',
    )
    expect(find('müssten')).toMatchObject({ lemma: 'müssen', moods: ['subjunctive2'] })
    expect(find('lässt').lemma).toBe('lassen')
    expect(find('lässt', 1).lemma).toBe('offenlassen')
    expect(find('müßten').lemma).toBe('müssen')
  })

  it('reads particle verbs written as one word at the end of a subordinate clause: "wie das Ministerium mitteilte"', () => {
    const { find } = analyse(
      'Die Lage sei ernst, wie das Ministerium mitteilte. Er sagte, dass er zurückweise, was man ihm vorwerfe.',
    )
    expect(find('mitteilte')).toMatchObject({ lemma: 'mitteilen' })
    expect(find('mitteilte').moods).toContain('indicative')
    expect(find('vorwerfe')).toMatchObject({ lemma: 'vorwerfen' })
    expect(find('vorwerfe').moods).toContain('subjunctive1')
  })

  it('does not join a preposition that is no particle: "appellierte an Blinken"', () => {
    const { find } = analyse(
      'Lawrow appellierte an Blinken, die USA mögen ihre Verpflichtungen ernst nehmen.',
    )
    expect(find('appellierte')).toMatchObject({ lemma: 'appellieren' })
    expect(find('appellierte').particle).toBeUndefined()
  })

  it('reads a capitalised sentence opener as a name, not a verb: "Blinken sagte"', () => {
    const { find } = analyse('Blinken sagte, das Gespräch sei offen gewesen.')
    expect(find('Blinken').moods).toBeUndefined()
    expect(find('gewesen').verbForm).toBe('participle')
  })
  it('reads a capitalised opener before a subject pronoun as the verb of a verb-first clause: "Glaubst du", "Wußte sie"', () => {
    const { find } = analyse(
      'Es war still. Glaubst du, daß sie sich verstehen? Wußte sie denn nicht, daß es zu spät war?',
    )
    expect([find('Glaubst').lemma, find('Glaubst').moods]).toEqual(['glauben', ['indicative']])
    expect(find('Wußte').lemma).toBe('wissen')
  })
  it('reads verbs in the spelling before 1901: "sey" is Konjunktiv I of sein, "theilte … mit" is mitteilen', () => {
    const { find } = analyse('Es war still. Er theilte mit, die Schule sey geschlossen.')
    expect([find('sey').lemma, find('sey').moods]).toEqual(['sein', ['subjunctive1']])
    expect(find('theilte').lemma).toBe('mitteilen')
  })
})

describe("text stage: a verb's mood in its clause", () => {
  // [sentence, word, its mood for a third-person subject (undefined: no verb there)]
  const cases: Array<[string, string, string | undefined]> = [
    ['Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow.', 'sei', 'k1'],
    ['Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow.', 'sagte', 'ambiguous'],
    ['Russland droht niemandem.', 'droht', 'indicative'],
    ['Er sagte, er hätte keine Zeit gehabt.', 'hätte', 'k2'],
    ['Die Soldaten haben den Posten verlassen.', 'haben', 'ambiguous'],
    ['Das frische Gebäck lag auf dem Tisch.', 'frische', undefined],
    ['Er komme nicht, es sei denn, man lade ihn ein.', 'sei', undefined],
    ['Er sagte, er möchte nach Hause.', 'möchte', 'indicative'],
  ]
  for (const [text, word, mood] of cases)
    it(`${word} in „${text}“: ${mood ?? 'no verb'}`, () => {
      expect(analyse(text).find(word).thirdPersonMood).toBe(mood)
    })

  it('marks a "daß" without its comma, but not one that forms a conjunction with the word before', () => {
    const { find } = analyse('Wir glauben kaum daß er kommt, so daß wir gehen.')
    expect(find('daß', 0).commaBefore).toBe(true)
    expect(find('daß', 1).commaBefore).toBeUndefined()
  })

  it('gives a particle verb written as one word that the dictionary lacks whole its lemma', () => {
    const { find } = analyse('Er sagte, dass er ihm das nicht zumute.')
    expect(find('zumute').lemma).toBeUndefined()
    expect(find('zumute').joinedLemma).toBe('zumuten')
  })
})
