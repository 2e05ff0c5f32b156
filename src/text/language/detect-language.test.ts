import { describe, expect, it } from 'vitest'
import { createEnv, isLagebildError } from '../../document/index.ts'
import { chooseLanguage, languageCode, loadLanguageProfiles } from './choose-language.ts'
import { detectLanguage } from './detect-language.ts'

const env = createEnv()
const profiles = loadLanguageProfiles(env)
const lang = (text: string) => detectLanguage(text, profiles).lang

describe('detectLanguage', () => {
  it.each([
    ['de', 'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow. Der Dialog werde fortgesetzt.'],
    ['en', 'The meeting was "open and useful", Lavrov said. The dialogue would go on, he added.'],
    [
      'fr',
      'La réunion a été « ouverte et utile », a déclaré Lavrov. Le dialogue se poursuivra avec les Américains.',
    ],
    ['fr', 'La réunion a été utile, a déclaré le ministre vendredi après la rencontre.'],
    ['es', 'El ministro dijo que la reunión fue útil y que el diálogo con los Estados Unidos seguirá.'],
    ['ru', 'Встреча была открытой и полезной, заявил Лавров.'],
    ['uk', 'Зустріч була відкритою і корисною, заявив міністр.'],
  ])('tells %s', (expected, text) => {
    expect(lang(text)).toBe(expected)
  })

  // headlines have no function words to speak of: the letter trigrams of German and English tell them apart
  it.each([
    ['de', 'Lawrow warnt vor Eskalation'],
    ['de', 'Ukraine: Angriffe auf Kiew'],
    ['en', 'Russia warns of escalation'],
    ['en', 'Biden says talks stalled'],
  ])('tells %s in a headline', (expected, text) => {
    expect(lang(text)).toBe(expected)
  })

  it('says nothing of a text without words', () => {
    expect(lang('12:30 — 1.500 / 2.000')).toBeUndefined()
    expect(lang('')).toBeUndefined()
  })
})

describe('chooseLanguage', () => {
  const english = 'The talks in Geneva were useful, the minister said on Friday after the meeting.'
  it('takes the caller at their word', () => {
    expect(chooseLanguage(english, { lang: 'de' }, env)).toEqual({
      lang: 'de',
      by: 'caller',
      diagnostics: [],
    })
  })

  it('believes a page only where its text agrees or says too little', () => {
    expect(chooseLanguage(english, { declared: 'en-GB' }, env).by).toBe('declared')
    expect(chooseLanguage('12:30 Uhr', { declared: 'de' }, env)).toMatchObject({ lang: 'de', by: 'declared' })
    const lie = chooseLanguage(english, { declared: 'de' }, env)
    expect(lie).toMatchObject({ lang: 'en', by: 'detected' })
    expect(lie.diagnostics.map((d) => d.rule)).toEqual(['text/declared-language-overruled'])
  })

  it('falls back to German when nothing tells', () => {
    expect(chooseLanguage('1.500', {}, env)).toMatchObject({ lang: 'de', by: 'fallback' })
  })

  it('refuses what is no language code', () => {
    expect(languageCode('en_US')).toBe('en')
    expect(() => languageCode('english!')).toThrow(/not a language code/u)
    try {
      chooseLanguage(english, { lang: '42' }, env)
    } catch (error) {
      expect(isLagebildError(error) && error.code).toBe('LB_ARG_INVALID')
      return
    }
    expect.fail('a wrong language code must throw')
  })
})
