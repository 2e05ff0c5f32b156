import { describe, expect, it } from 'vitest'
import { startBudget } from './budget.ts'

describe('an analysis time budget', () => {
  it('runs out after its time, and does not count the time of exempt work such as loading lexicons', () => {
    let clock = 0
    const budget = startBudget(100, () => clock)
    clock = 90
    budget.check()
    // a first article loads the lexicons: 500 ms that are not its own
    budget.exempt(() => {
      clock += 500
    })
    budget.check()
    clock += 20
    expect(() => budget.check()).toThrow(expect.objectContaining({ code: 'LB_INPUT_TOO_COMPLEX' }))
  })
})
