import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import {
  type GermanLexicon,
  germanLexiconCorrections,
  type LexiconCorrections,
  loadGermanLexicon,
} from './german-lexicon.ts'
import { readPrebuiltGermanLexicon, writePrebuiltGermanLexicon } from './prebuilt-german-lexicon.ts'

describe('the prebuilt German lexicon', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'lagebild-lexicon-')), 'german-lexicon.json')
  let corrections: LexiconCorrections
  let built: GermanLexicon
  let prebuilt: GermanLexicon

  beforeAll(() => {
    corrections = germanLexiconCorrections(createEnv())
    built = loadGermanLexicon(corrections)
    writePrebuiltGermanLexicon(built, corrections, path)
    const read = readPrebuiltGermanLexicon(corrections, path)
    if (!read) throw new Error('the prebuilt lexicon just written was not read back')
    prebuilt = read
  }, 60_000)

  it('gives every verb form the readings the dictionaries give, serialised the same', () => {
    let forms = 0
    for (const [form, readings] of built.verbs.entries()) {
      forms++
      expect(prebuilt.verbs.has(form)).toBe(true)
      // JSON, so that the order of properties counts too: readings end up in serialised layers
      if (JSON.stringify(prebuilt.verbs.get(form)) !== JSON.stringify(readings))
        expect(prebuilt.verbs.get(form)).toEqual(readings)
    }
    expect(forms).toBeGreaterThan(90_000)
    expect([...prebuilt.verbs.entries()].length).toBe(forms)
    expect(prebuilt.verbs.get('kündigte')).toContainEqual({
      lemma: 'ankündigen',
      form: 'finite',
      mood: 'indicative',
      person: '3S',
      particle: 'an',
    })
    expect(prebuilt.verbs.get('treffen-nicht')).toBeUndefined()
    expect(prebuilt.verbs.has('Treffen')).toBe(false)
  })

  it('gives every noun form, the genitives after "der" and the coordinators as built', () => {
    expect([...prebuilt.nouns]).toEqual([...built.nouns])
    expect(prebuilt.nouns.get('Außenministers')).toBe('Außenminister')
    expect([...prebuilt.genitivesAfterDer]).toEqual([...built.genitivesAfterDer])
    expect([...prebuilt.coordinators]).toEqual([...built.coordinators])
  })

  it('is not used when the corrections it was built with have changed', () => {
    const notVerbs = new Set([...(corrections.notVerbs ?? []), 'beschloss'])
    expect(readPrebuiltGermanLexicon({ ...corrections, notVerbs }, path)).toBeUndefined()
    const preferredLemmas = { ...corrections.preferredLemmas, getroffen: 'triefen' }
    expect(readPrebuiltGermanLexicon({ ...corrections, preferredLemmas }, path)).toBeUndefined()
  })

  it('is not used when it is missing or damaged', () => {
    expect(readPrebuiltGermanLexicon(corrections, `${path}.missing`)).toBeUndefined()
    const whole = readFileSync(path, 'utf8')
    const truncated = `${path}.truncated`
    writeFileSync(truncated, whole.slice(0, whole.length - 20))
    expect(readPrebuiltGermanLexicon(corrections, truncated)).toBeUndefined()
    const headless = `${path}.headless`
    writeFileSync(headless, whole.slice(whole.indexOf('\n') + 1))
    expect(readPrebuiltGermanLexicon(corrections, headless)).toBeUndefined()
  })
})
