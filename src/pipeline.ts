import {
  type Analysis,
  type AnyStage,
  createDocument,
  createEnv,
  type Document,
  defaultBudgetMs,
  type Env,
  runStages,
  type Source,
  startBudget,
  toAnalysis,
  validateAnalysis,
} from './document/index.ts'
import { entitiesStage } from './entities/index.ts'
import { eventsStage, quantitiesStage, timesStage } from './events/index.ts'
import { speechStage } from './speech/index.ts'
import { structureStage } from './structure/index.ts'
import { chooseLanguage, textStage } from './text/index.ts'

/**
 * The one ordered list of stages. Order matters: each stage's `needs`, and its `uses` read when present, must be
 * made by an earlier one.
 */
export const stages: readonly AnyStage[] = [
  structureStage,
  textStage,
  entitiesStage,
  speechStage,
  timesStage,
  quantitiesStage,
  eventsStage,
]

export interface ArticleMeta {
  published?: string
  outlet?: string
  uri?: string
  /** the caller's language (`--lang`, the API's `lang`): final, never second-guessed */
  lang?: string
  /** the language the page or feed declares (`<html lang>`, `<language>`): wins only where the text agrees or is mute */
  declaredLang?: string
}

function sourceOf(meta: ArticleMeta): Source | undefined {
  const source: Source = {}
  if (meta.uri) source.uri = meta.uri
  if (meta.outlet) source.outlet = meta.outlet
  if (meta.published) source.published = meta.published
  return Object.keys(source).length > 0 ? source : undefined
}

/**
 * Runs every stage over one article. Pass one Env for a batch so lexicons and models load once. Each article gets
 * its own time budget (`env.budgetMs`, else the default for its length): beyond it LB_INPUT_TOO_COMPLEX is thrown.
 */
export function analyzeText(text: string, meta: ArticleMeta = {}, env: Env = createEnv()): Document {
  const source = sourceOf(meta)
  const language = chooseLanguage(
    text,
    {
      ...(meta.lang ? { lang: meta.lang } : {}),
      ...(meta.declaredLang ? { declared: meta.declaredLang } : {}),
    },
    env,
  )
  const created = createDocument({ text, lang: language.lang, ...(source ? { source } : {}) })
  const doc = { ...created, diagnostics: [...created.diagnostics, ...language.diagnostics] }
  const budget = env.budget ?? startBudget(env.budgetMs ?? defaultBudgetMs(text.length))
  const articleEnv: Env = {
    ...(meta.published ? { published: meta.published } : {}),
    budget,
    // lexicons and models load once per process, on whichever article comes first: not that article's time
    load: (key, build) => env.load(key, () => budget.exempt(build)),
  }
  return runStages(doc, stages, articleEnv)
}

/** The contract view (`lagebild/analysis@1`), checked against the zod schema. */
export function analyze(text: string, meta: ArticleMeta = {}, env: Env = createEnv()): Analysis {
  return validateAnalysis(toAnalysis(analyzeText(text, meta, env)))
}
