/**
 * `npm run eval -- <task> [options]`: scorers that print precision/recall/F1 tables for one layer each.
 * Each task lives in its own module and exports `main(args)`; they are imported only when asked for.
 */
interface TaskModule {
  main(args: string[]): Promise<void> | void
}
// Imported by path so a task that is not built yet fails only when it is asked for.
const task$ = (file: string) => () => import(new URL(file, import.meta.url).href) as Promise<TaskModule>
const TASKS: Record<string, () => Promise<TaskModule>> = {
  spkatt: task$('./spkatt.ts'),
  speech: task$('./speech.ts'),
  ner: task$('./ner.ts'),
  'ner-en': task$('./ner-en.ts'),
  times: task$('./times.ts'),
  timeml: task$('./timeml.ts'),
  events: task$('./events.ts'),
  html: task$('./html.ts'),
  articlebody: task$('./articlebody.ts'),
  actors: task$('./actors.ts'),
  polnear: task$('./polnear.ts'),
  plover: task$('./plover.ts'),
  language: task$('./language.ts'),
  'en-text': task$('./english-text.ts'),
  'pos-en': task$('./pos-en.ts'),
}
/** Helpers that score nothing: run only when named. */
const HELPERS: Record<string, () => Promise<TaskModule>> = {
  'events-text': task$('./events-text.ts'),
}

const [task, ...rest] = process.argv.slice(2)
const tasks = task ? [task] : Object.keys(TASKS)
for (const name of tasks) {
  const load = TASKS[name] ?? HELPERS[name]
  if (!load) {
    console.error(
      `unknown eval task "${name}"; choose one of: ${[...Object.keys(TASKS), ...Object.keys(HELPERS)].join(', ')}`,
    )
    process.exit(2)
  }
  try {
    const module = await load()
    if (tasks.length > 1) console.log(`\n== ${name} ==`)
    await module.main(rest)
  } catch (error) {
    // With no task named, run what exists and say what does not yet.
    if (tasks.length > 1 && (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      console.log(`(${name}: not built yet)`)
      continue
    }
    throw error
  }
}
