/**
 * The first index in `items` whose key exceeds `value` (or is at least `value` with `orEqual`); the keys must not
 * decrease along the array. Lookups over tokens, mentions and positions go through it, so that a long text costs
 * n log n, not n².
 */
export function firstIndex<T>(
  items: readonly T[],
  key: (item: T) => number,
  value: number,
  orEqual = false,
): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const k = key(items[mid] as T)
    if (k > value || (orEqual && k === value)) hi = mid
    else lo = mid + 1
  }
  return lo
}
