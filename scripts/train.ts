/** `npm run train -- <model>`: rebuilds a committed model in models/ from shared/data, reproducibly. */
const MODELS: Record<string, () => Promise<{ main(args: string[]): Promise<void> | void }>> = {
  ner: () => import('./train-ner.ts'),
}

const [model, ...rest] = process.argv.slice(2)
const load = model ? MODELS[model] : undefined
if (!load) {
  console.error(`usage: npm run train -- <${Object.keys(MODELS).join('|')}>`)
  process.exit(2)
}
await (await load()).main(rest)
