import { LagebildError, readPublished } from '../document/index.ts'

/**
 * `--published` (or an item's own date) must be a real calendar date: a wrong reference date would shift every
 * relative time. Answers it in the one form the store keeps (a date, or a date-time with zone to the second).
 */
export function parsePublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const stored = readPublished(value)
  if (stored === undefined)
    throw new LagebildError('LB_ARG_INVALID', `--published must be a date like 2022-01-21, not "${value}"`)
  return stored
}
