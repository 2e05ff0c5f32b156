/** `npm run train -- <model>`: rebuilds a committed model in models/ from shared/data, reproducibly. */
interface TrainModule {
  main(args: string[]): Promise<void> | void
}
const MODELS: Record<string, () => Promise<TrainModule>> = {
  ner: () => import(new URL('./train-ner.ts', import.meta.url).href) as Promise<TrainModule>,
  'ner-en': () => import(new URL('./train-ner-en.ts', import.meta.url).href) as Promise<TrainModule>,
  'pos-en': () => import(new URL('./train-pos-en.ts', import.meta.url).href) as Promise<TrainModule>,
  'ner-clusters': () =>
    import(new URL('./build-ner-clusters.ts', import.meta.url).href) as Promise<TrainModule>,
}

const [model, ...rest] = process.argv.slice(2)
const load = model ? MODELS[model] : undefined
if (!load) {
  console.error(`usage: npm run train -- <${Object.keys(MODELS).join('|')}>`)
  process.exit(2)
}
await (await load()).main(rest)
