import { describe, expect, it } from 'vitest'
import { stemEnglish } from './stem-english.ts'

describe('stemEnglish', () => {
  // every row: forms a search must find from one another
  it.each([
    [['talk', 'talks', 'talked', 'talking'], 'talk'],
    [['sanction', 'sanctions', 'sanctioned'], 'sanction'],
    [['meeting', 'meetings', 'meet', 'meets'], 'meet'],
    [['hope', 'hoped', 'hoping', 'hopes'], 'hope'],
    [['agree', 'agreed', 'agrees'], 'agree'],
    [['stop', 'stopped', 'stopping'], 'stop'],
    [['country', 'countries'], 'countri'],
    [['troop', 'troops'], 'troop'],
  ])('folds %j onto one stem', (forms, stem) => {
    for (const form of forms) expect(stemEnglish(form)).toBe(stem)
  })

  it('keeps words apart that only look inflected', () => {
    expect(stemEnglish('bus')).toBe('bus')
    expect(stemEnglish('press')).toBe('press')
    expect(stemEnglish('sing')).toBe('sing')
    expect(stemEnglish('red')).toBe('red')
    expect(stemEnglish('is')).toBe('is')
  })
})
