import { LagebildError } from '../document/index.ts'

/** `--published` must be a real calendar date: a wrong reference date would shift every relative time. */
export function parsePublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(value)
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined
  if (
    !match ||
    !date ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  ) {
    throw new LagebildError('LB_ARG_INVALID', `--published must be a date like 2022-01-21, not "${value}"`)
  }
  return value
}
