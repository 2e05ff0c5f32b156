import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EVENT_RULES } from './event-rules.ts'

const SOURCE = readFileSync(new URL('./find-events.ts', import.meta.url), 'utf8')

/** Every rule id find-events.ts can write: its literals, one trigger rule per trigger kind, and the speaker suffix. */
function ruleIdsInSource(): string[] {
  const literals = [...SOURCE.matchAll(/'(events\/[a-z-]+)'/gu)].map((m) => m[1] as string)
  const kinds = /pos: ((?:'[a-z]+' \| )*'[a-z]+')/u.exec(SOURCE)?.[1] ?? ''
  const triggers = [...kinds.matchAll(/'([a-z]+)'/gu)].map((m) => `events/${m[1]}-trigger`)
  // the trigger rules are written as `events/<pos>-trigger`
  expect(SOURCE).toMatch(/rule = `events\/\$\{trigger\.pos\}-trigger`/u)
  const suffixes = [...SOURCE.matchAll(/rule \+= '\+([a-z]+)'/gu)].map((m) => `events/+${m[1]}`)
  return [...new Set([...literals, ...triggers, ...suffixes])].sort()
}

describe('the catalogue of event rules', () => {
  it('describes every rule id findEvents writes, and no other', () => {
    const ids = ruleIdsInSource()
    expect(ids).toContain('events/verb-trigger')
    expect(ids).toContain('events/status-occurred')
    expect(ids).toContain('events/+speaker')
    expect(Object.keys(EVENT_RULES).sort()).toEqual(ids)
  })

  it('gives each rule one line and an example phrase', () => {
    for (const [id, rule] of Object.entries(EVENT_RULES)) {
      expect(rule.description, id).toMatch(/^[^\n]{10,}$/u)
      expect(rule.example, id).toBeTruthy()
    }
  })
})
