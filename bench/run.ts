import { existsSync } from 'node:fs'
import { createDocument, createEnv, runStages } from '../src/document/index.ts'
import { analyze, stages } from '../src/pipeline.ts'
import { loadBenchCorpus, sharedDataDir } from './corpus.ts'
import { parallelReport } from './parallel.ts'

/**
 * Throughput and memory of `analyze` (all layers that exist) on every German text in shared/data, then start-up,
 * peak RSS per thread and ingest with 1 and 2 workers (bench/parallel.ts). Numbers, not assertions: report them in
 * the issue note. Usage: npm run bench [-- --limit N] [--rounds N] [--ingest-articles N]
 */
async function main(args: string[]): Promise<void> {
  // npm run bench -- --store [--pg URL]: the store's ingest rate and query latency instead (bench/store.ts)
  if (args.includes('--store')) return (await import('./store.ts')).main(args.filter((a) => a !== '--store'))
  // npm run bench -- --hostile [--timeout S] [--only NAME]: CPU ms per stage on hostile and long inputs (bench/hostile.ts)
  if (args.includes('--hostile'))
    return (await import('./hostile.ts')).main(args.filter((a) => a !== '--hostile'))
  // npm run bench -- --serve [--seconds S] [--concurrency N] [--pg URL]: load and injection against a local serve (bench/serve.ts)
  if (args.includes('--serve')) return (await import('./serve.ts')).main(args.filter((a) => a !== '--serve'))
  // npm run bench -- --scale [--timeout S] [--sizes 10k,…]: CPU ms per stage on 10 KB … 4 MB of real articles (bench/scale.ts)
  if (args.includes('--scale')) return (await import('./scale.ts')).main(args.filter((a) => a !== '--scale'))
  // npm run bench -- --queue --redis URL --pg URL [--articles N]: ingest articles/s with 1 and 2 queue workers (bench/queue.ts)
  if (args.includes('--queue')) return (await import('./queue.ts')).main(args.filter((a) => a !== '--queue'))
  // npm run bench -- --text-languages [--rounds N]: the text stage's CPU per word, German against English
  if (args.includes('--text-languages')) return (await import('./text-languages.ts')).main(args)
  // npm run bench -- --parallel [--rounds N] [--ingest-articles N]: start-up, memory and ingest only (bench/parallel.ts)
  if (args.includes('--parallel')) return parallelReport(loadBenchCorpus(sharedDataDir()), args)
  const dataDir = sharedDataDir()
  if (!existsSync(dataDir)) {
    console.log(`bench skipped: no shared data at ${dataDir} (set LAGEBILD_DATA to point at it)`)
    return
  }
  const limitArg = args.indexOf('--limit')
  const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Number.POSITIVE_INFINITY

  const corpus = loadBenchCorpus(dataDir).slice(0, limit)
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)
  const env = createEnv()

  // First article separately: it pays for loading lexicons and models.
  const warmStart = performance.now()
  if (corpus[0]) analyze(corpus[0].text, corpus[0].published ? { published: corpus[0].published } : {}, env)
  const warmMs = performance.now() - warmStart

  const perStage = new Map<string, number>()
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (const article of corpus) {
    analyze(article.text, article.published ? { published: article.published } : {}, env)
  }
  const seconds = (performance.now() - start) / 1000
  const cpuUsed = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6
  const words = corpus.reduce((sum, a) => sum + a.text.split(/\s+/u).filter(Boolean).length, 0)

  // A second pass per stage on the news part, to see where time goes.
  const news = corpus.filter((a) => a.name.startsWith('spkatt/'))
  for (const article of news) {
    let doc = createDocument({ text: article.text })
    for (const stage of stages) {
      const t = performance.now()
      doc = runStages(doc, [stage], env)
      perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + performance.now() - t)
    }
  }

  const mb = bytes / 1024 / 1024
  const peakMb = process.resourceUsage().maxRSS / 1024
  console.log(
    `corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB of German text (${news.length} SpkAtt news articles)`,
  )
  console.log(`first article incl. loading lexicons and models: ${warmMs.toFixed(0)} ms`)
  console.log(
    `analyze: ${(corpus.length / seconds).toFixed(1)} articles/s, ${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(1)} s)`,
  )
  console.log(
    `analyze per CPU-second: ${(corpus.length / cpuSeconds).toFixed(1)} articles, ${(words / cpuSeconds).toFixed(0)} words (${words} words, ${cpuSeconds.toFixed(1)} CPU s)`,
  )
  const newsMs = [...perStage.values()].reduce((a, b) => a + b, 0)
  console.log(
    `SpkAtt news: ${(news.length / (newsMs / 1000)).toFixed(1)} articles/s; per stage (ms/article):`,
  )
  for (const [name, ms] of perStage)
    console.log(`  ${name.padEnd(12)} ${(ms / Math.max(1, news.length)).toFixed(2)}`)
  console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB`)
  parallelReport(corpus, args)
}

await main(process.argv.slice(2))
