import { describe, expect, it } from 'vitest'
import { nameKey } from './name-key.ts'

// Real spellings of one name in German, English (and French) news; each row must fold to one key.
const SAME: string[][] = [
  ['Lawrow', 'Lavrov', 'Лавров'],
  ['Sergej Lawrow', 'Сергей Лавров'],
  ['Selenskyj', 'Зеленський', 'Зеленский'],
  ['Putin', 'Путин'],
  ['Jelzin', 'Ельцин'],
  ['Schoigu', 'Шойгу'],
  ['Sergej Lawrow', 'Sergey Lavrov', 'Sergei Lavrov', 'Sergueï Lavrov'],
  ['Selenskyj', 'Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi'],
  ['Wolodymyr Selenskyj', 'Volodymyr Zelensky'],
  ['Peskow', 'Peskov'],
  ['Wolodin', 'Volodin', 'Volodine'],
  ['Wjatscheslaw Wolodin', 'Vyacheslav Volodin', 'Viatcheslav Volodine'],
  ['Schoigu', 'Shoigu', 'Choïgou'],
  ['Tschernyschow', 'Chernyshov', 'Tchernychov'],
  ['Sergej', 'Sergey', 'Sergei'],
  ['Putin', 'Putin', 'Poutine'],
  ['Medwedew', 'Medvedev', 'Medwedjew'],
  ['Klitschko', 'Klitschko', 'Klychko', 'Klitchko'],
  ['Kuleba', 'Kuleba'],
  ['Nawalny', 'Navalny', 'Nawalnyj', 'Navalnyy'],
  ['Chruschtschow', 'Khrushchev', 'Khrouchtchev'],
  ['Gorbatschow', 'Gorbachev', 'Gorbatchev'],
  ['Jelzin', 'Yeltsin', 'Eltsine'],
  ['Dmitri Peskow', 'Dmitry Peskov', 'Dmitrij Peskow'],
  ['Jewgeni Prigoschin', 'Yevgeny Prigozhin', 'Evgueni Prigozhin'],
  ['Michail', 'Mikhail'],
  ['Resnikow', 'Reznikov'],
  ['Saluschnyj', 'Zaluzhnyi'],
  ['Sacharowa', 'Zakharova'],
  ['Lukaschenko', 'Lukashenko'],
  ['Gerassimow', 'Gerasimov'],
  ['Abramowitsch', 'Abramovich'],
  ['Podoljak', 'Podolyak'],
  ['Jermak', 'Yermak'],
  ['Schukow', 'Zhukov'],
  ['Müller', 'Mueller'],
  ['Erdoğan', 'Erdogan'],
]

// Different people: these must stay apart.
const DIFFERENT: Array<[string, string]> = [
  ['Blinken', 'Lawrow'],
  ['Putin', 'Peskow'],
  ['Biden', 'Putin'],
  ['Schoigu', 'Scholz'],
  ['Selenskyj', 'Saluschnyj'],
  ['Medwedew', 'Medinski'],
  ['Lawrow', 'Lukaschenko'],
  ['Wolodin', 'Wolodymyr'],
  ['Tschernyschow', 'Tschernomyrdin'],
  ['Kuleba', 'Kadyrow'],
  ['Vitali Klitschko', 'Wladimir Klitschko'],
  ['Nawalny', 'Nabiullina'],
]

describe('nameKey', () => {
  it.each(SAME)('folds %s and its other romanisations to one key', (...names: string[]) => {
    const keys = new Set(names.map(nameKey))
    expect([...keys]).toHaveLength(1)
  })

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })

  it('keeps the words of a name, so a surname can be compared alone', () => {
    expect(nameKey('Sergej Lawrow')).toBe(`${nameKey('Sergey')} ${nameKey('Lavrov')}`)
    expect(nameKey('Sergej  Lawrow').split(' ')).toHaveLength(2)
    expect(nameKey('Jean-Yves Le Drian').split(' ')).toHaveLength(4)
  })

  it('ignores case, punctuation and apostrophes', () => {
    expect(nameKey('LAWROW')).toBe(nameKey('lavrov'))
    expect(nameKey('O’Neill')).toBe(nameKey("O'Neill"))
    expect(nameKey('')).toBe('')
  })
})
