import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { genderOfGivenKey, givenNamesAgree, loadGivenNameGenders } from './given-names.ts'
import { nameKey } from './name-key.ts'

const genders = loadGivenNameGenders(createEnv())
const agree = (a: string, b: string) => givenNamesAgree(nameKey(a), nameKey(b), genders)

describe('given names (issue 18)', () => {
  it('knows the gender of common given names, and not of names both genders bear', () => {
    expect(genderOfGivenKey(nameKey('Annalena'), genders)).toBe('f')
    expect(genderOfGivenKey(nameKey('Frank-Walter'), genders)).toBe('m')
    expect(genderOfGivenKey(nameKey('Andrea'), genders)).toBeUndefined()
  })

  it('folds spellings of one given name, but not names of another gender or other initials', () => {
    expect(agree('Siegmar', 'Sigmar')).toBe(true)
    expect(agree('Georg W.', 'George W.')).toBe(true)
    expect(agree('Sergej', 'Sergey')).toBe(true)
    expect(agree('Christian', 'Christiane')).toBe(false)
    expect(agree('Stefan', 'Stefanie')).toBe(false)
    expect(agree('George H. W.', 'George W.')).toBe(false)
    expect(agree('Jeb', 'George W.')).toBe(false)
  })
})
