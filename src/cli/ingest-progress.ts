export interface Counts {
  created: number
  stored: number
  failed: number
  nearDuplicates: number
  ignored: number
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}

/**
 * Progress of a batch on standard error: on a terminal one line rewritten in place (at most ten times a
 * second), in a log one line every N items. The ETA is measured in bytes, because a JSONL file's article count
 * is unknown until it has been read while its size is known at once.
 */
export class Progress {
  private readonly start = performance.now()
  private lastDraw = 0
  private items = 0
  private doneBytes = 0
  private drawn = false

  constructor(
    private readonly out: { write: (s: string) => void; isTTY?: boolean },
    private readonly totalBytes: number,
    private readonly every: number,
  ) {}

  line(counts: Counts): string {
    const seconds = (performance.now() - this.start) / 1000
    const rate = seconds > 0 ? this.items / seconds : 0
    const share = this.totalBytes > 0 ? Math.min(1, this.doneBytes / this.totalBytes) : undefined
    const eta = share !== undefined && share > 0 ? ` · ETA ${duration((seconds * (1 - share)) / share)}` : ''
    const percent = share !== undefined ? ` ${(share * 100).toFixed(0)}%` : ''
    return (
      `ingest:${percent} ${this.items} items (${counts.created} new, ${counts.stored} stored, ${counts.failed} failed)` +
      ` · ${rate.toFixed(1)} articles/s${eta}`
    )
  }

  tick(counts: Counts, bytes: number): void {
    this.items++
    this.doneBytes += bytes
    if (this.out.isTTY) {
      const now = performance.now()
      if (now - this.lastDraw < 100) return
      this.lastDraw = now
      this.out.write(`\r\x1b[2K${this.line(counts)}`)
      this.drawn = true
    } else if (this.items % this.every === 0) {
      this.out.write(`${this.line(counts)}\n`)
    }
  }

  /** A message of its own (a failed item) that must not be overwritten by the next progress line. */
  note(message: string): void {
    this.out.write(`${this.out.isTTY && this.drawn ? '\r\x1b[2K' : ''}lagebild: ${message}\n`)
    this.drawn = false
  }

  done(counts: Counts): void {
    if (this.out.isTTY) this.out.write(`\r\x1b[2K${this.line(counts)}\n`)
    else if (this.items % this.every !== 0) this.out.write(`${this.line(counts)}\n`)
  }
}
