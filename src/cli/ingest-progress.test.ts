import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Counts, Progress } from './ingest-progress.ts'

const counts: Counts = { created: 0, stored: 0, failed: 0, nearDuplicates: 0, ignored: 0 }

function log() {
  const lines: string[] = []
  return { lines, out: { write: (s: string) => lines.push(s), isTTY: false } }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ingest progress', () => {
  it('measures share and ETA in items once their number is known: 100 of 240 done is 41 %, not 99 %', () => {
    // one article a second
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    const { lines, out } = log()
    const progress = new Progress(out, 100)
    progress.counting(3, 5_000_000)
    expect(lines).toEqual([]) // a log gets no counting line, only the total
    progress.expect(240, 3, 5_000_000)
    expect(lines).toEqual(['lagebild: 240 items to ingest from 3 inputs (4.8 MB)\n'])
    for (let i = 0; i < 100; i++) {
      clock += 1000
      progress.tick({ ...counts, created: i + 1 })
    }
    // 140 items to go at one a second
    expect(lines[1]).toBe(
      'ingest: 41% 100 of 240 items (100 new, 0 stored, 0 failed) · 1.0 articles/s · ETA 2:20\n',
    )
  })

  it('shows only a count while the total is unknown', () => {
    const { out } = log()
    const progress = new Progress(out, 100)
    progress.tick(counts)
    expect(progress.line(counts)).toMatch(
      /^ingest: 1 items \(0 new, 0 stored, 0 failed\) · [\d.]+ articles\/s$/u,
    )
  })
})
