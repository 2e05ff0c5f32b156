/**
 * The value remembered for `key`, computed on first use. A memo that reaches `limit` entries starts over, so the
 * pipeline's per-word and per-name memos stay bounded however many articles pass through one process.
 */
export function remember<K, V>(memo: Map<K, V>, limit: number, key: K, compute: (key: K) => V): V {
  const known = memo.get(key)
  if (known !== undefined) return known
  const value = compute(key)
  if (memo.size >= limit) memo.clear()
  memo.set(key, value)
  return value
}
