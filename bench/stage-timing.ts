import { spawn } from 'node:child_process'
import { createDocument, createEnv, runStages } from '../src/document/index.ts'
import { readHtmlArticle } from '../src/ingest/index.ts'
import { stages } from '../src/pipeline.ts'

/**
 * CPU ms per stage for one input, each input in a child process so that a stalled stage can be killed and one input's
 * heap never slows the next. Shared by `--hostile` and `--scale`: the child prints one JSON line per event, the parent
 * reads them and keeps the stage that was running when the time limit struck.
 */

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

/**
 * In the child: warm up (lexicons and models) on `warmUp`, then time the HTML reader (when `html`) and each stage on
 * `text`, one JSON line each.
 */
export function timeStagesHere(text: string, options: { html?: boolean; warmUp: string }): void {
  const env = createEnv()
  runStages(createDocument({ text: options.warmUp }), stages, env)
  const report = (stage: string, ms: number) => process.stdout.write(`${JSON.stringify({ stage, ms })}\n`)
  process.stdout.write(`${JSON.stringify({ bytes: Buffer.byteLength(text) })}\n`)
  let body = text
  if (options.html) {
    process.stdout.write(`${JSON.stringify({ start: 'html' })}\n`)
    const t = process.cpuUsage()
    body = readHtmlArticle(text).text
    report('html', cpuMs(t))
  }
  let doc = createDocument({ text: body })
  for (const stage of stages) {
    process.stdout.write(`${JSON.stringify({ start: stage.name })}\n`)
    const t = process.cpuUsage()
    doc = runStages(doc, [stage], env)
    report(stage.name, cpuMs(t))
  }
}

export interface StageRow {
  name: string
  bytes?: number
  /** CPU ms per stage that finished */
  ms: Map<string, number>
  /** the stage that did not finish, and why ("timeout" or "exit N") */
  failed?: { stage: string; reason: string }
}

/**
 * In the parent: runs `script childArgs…` under tsx and collects its lines. A stage running longer than `timeoutS`
 * seconds wall is killed and reported as "timeout".
 */
export function timeStagesInChild(
  name: string,
  script: string,
  childArgs: string[],
  timeoutS: number,
): Promise<StageRow> {
  return new Promise((resolve) => {
    const row: StageRow = { name, ms: new Map() }
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...childArgs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let running: string | undefined
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        timedOut = true
        proc.kill('SIGKILL')
      }, timeoutS * 1000)
    }
    arm()
    let buffer = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let nl = buffer.indexOf('\n')
      while (nl >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        nl = buffer.indexOf('\n')
        const msg = JSON.parse(line) as { bytes?: number; start?: string; stage?: string; ms?: number }
        if (msg.bytes !== undefined) row.bytes = msg.bytes
        if (msg.start) {
          running = msg.start
          arm()
        }
        if (msg.stage && msg.ms !== undefined) {
          row.ms.set(msg.stage, msg.ms)
          running = undefined
        }
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      if (running) row.failed = { stage: running, reason: timedOut ? 'timeout' : `exit ${code}` }
      resolve(row)
    })
  })
}

/** The total CPU ms of the stages that finished, with ">" when one did not. */
export function totalOf(row: StageRow): string {
  const sum = [...row.ms.values()].reduce((a, b) => a + b, 0)
  return `${row.failed ? '>' : ''}${sum.toFixed(0)}`
}

/** The cell of one stage: its CPU ms, why it did not finish, or "-" when it never ran. */
export function cellOf(row: StageRow, stage: string): string {
  const ms = row.ms.get(stage)
  if (ms !== undefined) return ms.toFixed(0)
  return row.failed?.stage === stage ? row.failed.reason : '-'
}
