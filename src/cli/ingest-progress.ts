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

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`
}

/**
 * Progress of a batch on standard error: on a terminal one line rewritten in place (at most ten times a
 * second), in a log one line every N items. While the inputs are walked only files and bytes are known; once
 * every input is counted (a JSONL file by its lines, a feed by its entries) share and ETA are measured in
 * items, because bytes mislead: one 3 MB JSONL file of short items and 140 pages of 20 kB weigh alike.
 */
export class Progress {
  private start = performance.now()
  private lastDraw = 0
  private items = 0
  private total: number | undefined
  private drawn = false

  constructor(
    private readonly out: { write: (s: string) => void; isTTY?: boolean },
    private readonly every: number,
  ) {}

  /** While walking: what has been found so far (a terminal only; a log waits for the total). */
  counting(files: number, bytes: number): void {
    if (this.out.isTTY && this.due()) this.draw(`ingest: counting inputs · ${files} files · ${size(bytes)}`)
  }

  /** The number of items is known: from now on share and ETA count items, and the clock starts. */
  expect(total: number, files: number, bytes: number): void {
    this.total = total
    this.start = performance.now()
    this.note(`${total} items to ingest from ${files} inputs (${size(bytes)})`)
  }

  line(counts: Counts): string {
    const seconds = (performance.now() - this.start) / 1000
    const rate = `${(seconds > 0 ? this.items / seconds : 0).toFixed(1)} articles/s`
    const summary = `${counts.created} new, ${counts.stored} stored, ${counts.failed} failed`
    const total = this.total
    if (total === undefined || total === 0) return `ingest: ${this.items} items (${summary}) · ${rate}`
    const percent = Math.floor(Math.min(1, this.items / total) * 100)
    const eta =
      this.items > 0 ? ` · ETA ${duration((seconds / this.items) * Math.max(0, total - this.items))}` : ''
    return `ingest: ${percent}% ${this.items} of ${total} items (${summary}) · ${rate}${eta}`
  }

  private due(): boolean {
    const now = performance.now()
    if (now - this.lastDraw < 100) return false
    this.lastDraw = now
    return true
  }

  private draw(line: string): void {
    this.out.write(`\r\x1b[2K${line}`)
    this.drawn = true
  }

  tick(counts: Counts): void {
    this.items++
    if (this.out.isTTY) {
      if (this.due()) this.draw(this.line(counts))
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
