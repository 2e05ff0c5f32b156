import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { prepareRows } from '../link/index.ts'
import { analyze } from '../pipeline.ts'
import { createAnalysisPool, parseWorkers } from './analysis-pool.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const META = { published: '2022-01-21', outlet: 'ORF.at' }

// one pool of two threads serves the tests that need no special limits: each thread starts tsx and loads lexicons
const pool = createAnalysisPool({ workers: 2 })
afterAll(() => pool.close())

describe('an analysis pool', () => {
  it('gives, from its threads, exactly the analysis the pipeline gives in this thread', async () => {
    const [fromPool, second] = await Promise.all([
      pool.analyze(FOUNDING, META),
      pool.analyze('Scholz sagte am Montag, er reise nach Kiew.', { published: '2022-02-14' }),
    ])
    expect(fromPool).toEqual(analyze(FOUNDING, META, createEnv()))
    expect(fromPool.quotes.length).toBeGreaterThan(5)
    expect(second.quotes.map((q) => second.text.slice(...q.span))).toEqual(['er reise nach Kiew'])
  }, 120_000)

  it('gives, for a writer, the analysis with the rows the store derives from it, made in the thread', async () => {
    const { analysis, prepared } = await pool.analyzeForStore(FOUNDING, META)
    expect(analysis).toEqual(analyze(FOUNDING, META, createEnv()))
    expect(prepared).toEqual(prepareRows(analysis))
    // the text's stems, then one entry per quote; the signature crossed the thread as the typed array it is
    expect(prepared.stems).toHaveLength(analysis.quotes.length + 1)
    expect(prepared.stems[0]).toContain('lawrow')
    expect(prepared.signature.minhash).toBeInstanceOf(Uint32Array)
    expect(prepared.bands).toHaveLength(24)
  }, 120_000)

  it('passes an analysis error back with its code, and goes on with the next article', async () => {
    // 200 ms of the thread's CPU time: plenty for a sentence, far too little for twenty articles in one
    const tight = createAnalysisPool({ workers: 1, budgetMs: 200 })
    try {
      await expect(tight.analyze(FOUNDING.repeat(20), META)).rejects.toMatchObject({
        code: 'LB_INPUT_TOO_COMPLEX',
        status: 422,
        message: expect.stringContaining('over the time budget of 0.2 s'),
      })
      const next = await tight.analyze('Lawrow sagte, man werde reden.')
      expect(next.quotes.map((q) => next.text.slice(...q.span))).toEqual(['man werde reden'])
    } finally {
      await tight.close()
    }
  }, 120_000)

  it('refuses an article with LB_BUSY when its threads are busy and its queue is full', async () => {
    const small = createAnalysisPool({ workers: 1, maxWaiting: 1 })
    try {
      await small.ready()
      const running = small.analyze(FOUNDING, META)
      const queued = small.analyze(FOUNDING, META)
      await expect(small.analyze(FOUNDING, META)).rejects.toMatchObject({ code: 'LB_BUSY', status: 503 })
      expect(small.pending).toBe(2)
      await Promise.all([running, queued])
      expect(small.pending).toBe(0)
    } finally {
      await small.close()
    }
  }, 120_000)

  it('stops a thread that overruns the time limit, fails that article alone, and hands the next to a new thread', async () => {
    // 1 ms of wall time: no analysis of twenty articles' text ends in it, so the limit, not the budget, stops it
    const limited = createAnalysisPool({ workers: 1, timeoutMs: 1 })
    try {
      await limited.ready()
      await expect(limited.analyze(FOUNDING.repeat(20), META)).rejects.toMatchObject({
        code: 'LB_ANALYSIS_TIMEOUT',
      })
      expect(limited.pending).toBe(0)
      // the replacement thread loads its lexicons and takes the next article (and overruns the same limit)
      await expect(limited.analyze(FOUNDING.repeat(20), META)).rejects.toMatchObject({
        code: 'LB_ANALYSIS_TIMEOUT',
        message: expect.stringContaining('stopped after 0.0 s'),
      })
    } finally {
      await limited.close()
    }
  }, 120_000)

  it('takes --workers as a whole number from 1, and the cores by default', () => {
    expect(parseWorkers('3')).toBe(3)
    expect(parseWorkers(undefined)).toBeGreaterThanOrEqual(1)
    for (const bad of ['0', '-1', '1.5', 'zwei'])
      expect(() => parseWorkers(bad)).toThrow(expect.objectContaining({ code: 'LB_ARG_INVALID' }))
  })
})
