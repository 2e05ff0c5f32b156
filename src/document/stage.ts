import type { Budget } from './budget.ts'
import type { Diagnostic, Document, LayerName, Layers } from './document.ts'

/**
 * What a stage receives besides the document. Lexicons and models are loaded through `load`, which memoises
 * them for the life of the Env, so stages keep no module-level state and tests can pass their own.
 */
export interface Env {
  /** reference date for relative times (ISO 8601 date); absent means "unknown", never "today" */
  readonly published?: string
  /** the time one article's analysis may take (ms); absent means the default for its length (defaultBudgetMs) */
  readonly budgetMs?: number
  /** the running article's budget: stages call `check()` at each sentence or clause they work through */
  readonly budget?: Budget
  load<T>(key: string, loader: () => T): T
}

export function createEnv(options: { published?: string; budgetMs?: number } = {}): Env {
  const cache = new Map<string, unknown>()
  return {
    ...(options.published ? { published: options.published } : {}),
    ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
    load<T>(key: string, loader: () => T): T {
      if (!cache.has(key)) cache.set(key, loader())
      return cache.get(key) as T
    },
  }
}

/** A new Env for another article that shares the loaded lexicons and models of `base`. */
export function withPublished(base: Env, published: string | undefined): Env {
  return {
    ...(published ? { published } : {}),
    ...(base.budgetMs !== undefined ? { budgetMs: base.budgetMs } : {}),
    load: base.load,
  }
}

export type StageOutput<M extends LayerName> = Pick<Layers, M> & { diagnostics?: Diagnostic[] }

/**
 * What a stage reads and writes. `run` sees only the layers in `needs` and `uses`: reading any other layer
 * finds `undefined`, as if no stage had made it, so a declaration that leaves out a layer the stage reads shows
 * up as changed output (and test/stage-declarations.test.ts names the layer).
 */
export interface Stage<M extends LayerName = LayerName> {
  readonly name: string
  readonly version: number
  /** layers the stage cannot run without: an earlier stage must have made each, or the runner throws */
  readonly needs: readonly LayerName[]
  /** layers the stage reads when an earlier stage made them and does without otherwise */
  readonly uses?: readonly LayerName[]
  readonly makes: readonly M[]
  run(doc: Document, env: Env): StageOutput<M>
}

/** Any stage, whatever layers it makes: what the pipeline's list holds. */
export interface AnyStage {
  readonly name: string
  readonly version: number
  readonly needs: readonly LayerName[]
  readonly uses?: readonly LayerName[]
  readonly makes: readonly LayerName[]
  run(doc: Document, env: Env): Partial<Layers> & { diagnostics?: Diagnostic[] }
}

export function defineStage<M extends LayerName>(stage: Stage<M>): Stage<M> {
  return stage
}

/**
 * The layers a stage declared, and only those: a plain object of a few references made once per stage, so an
 * undeclared read costs nothing in production and simply finds nothing.
 */
export function declaredLayers(
  layers: Partial<Layers>,
  stage: Pick<AnyStage, 'needs' | 'uses'>,
): Partial<Layers> {
  const view: Record<string, unknown> = {}
  for (const layer of stage.needs) view[layer] = layers[layer]
  for (const layer of stage.uses ?? []) if (layers[layer] !== undefined) view[layer] = layers[layer]
  return view as Partial<Layers>
}

/**
 * Runs stages in order; each sees only the layers it declared (`declaredLayers`), adds only its own layers, and
 * the runner records which stage version made them.
 */
export function runStages(doc: Document, stages: readonly AnyStage[], env: Env): Document {
  const layers: Partial<Layers> = { ...doc.layers }
  const producedBy = { ...doc.producedBy }
  const diagnostics = [...doc.diagnostics]
  for (const stage of stages) {
    env.budget?.check()
    const missing = stage.needs.filter((layer) => layers[layer] === undefined)
    if (missing.length > 0) {
      throw new Error(`stage ${stage.name} needs ${missing.join(', ')}, which no earlier stage made`)
    }
    const current: Document = { ...doc, layers: declaredLayers(layers, stage), producedBy, diagnostics }
    const output = stage.run(current, env)
    for (const layer of stage.makes) {
      ;(layers as Record<string, unknown>)[layer] = output[layer]
      producedBy[layer] = `${stage.name}@${stage.version}`
    }
    if (output.diagnostics) diagnostics.push(...output.diagnostics)
  }
  env.budget?.check()
  return { ...doc, layers, producedBy, diagnostics }
}
