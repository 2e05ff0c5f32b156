import { LagebildError } from '../document/index.ts'

/**
 * `--budget SECONDS` (or $LAGEBILD_BUDGET): the time one article's analysis may take before it is refused with
 * LB_INPUT_TOO_COMPLEX. Absent, each article gets the default for its length (defaultBudgetMs). Returns ms.
 */
export function parseBudget(
  value: string | undefined,
  fallback: string | undefined = process.env.LAGEBILD_BUDGET,
): number | undefined {
  const given = value ?? fallback
  if (given === undefined || given === '') return undefined
  const seconds = Number(given)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new LagebildError(
      'LB_ARG_INVALID',
      `--budget (or LAGEBILD_BUDGET) must be a positive number of seconds, not "${given}"`,
    )
  return seconds * 1000
}
