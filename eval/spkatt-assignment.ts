/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)), as scipy's `linear_sum_assignment` solves
 * it for the SpkAtt scorer: rows are system messages, columns gold messages, weights their token overlap.
 * Returns the matched [row, column] pairs; pairs of weight 0 are left unmatched.
 */
export function maxWeightAssignment(weights: number[][]): Array<[number, number]> {
  const rows = weights.length
  const cols = rows > 0 ? (weights[0] as number[]).length : 0
  if (rows === 0 || cols === 0) return []
  const n = Math.max(rows, cols)
  let max = 0
  for (const row of weights) for (const w of row) max = Math.max(max, w)
  // square cost matrix for minimisation; padding costs as much as a zero-weight pair
  const cost = (i: number, j: number) =>
    max - (i < rows && j < cols ? ((weights[i] as number[])[j] as number) : 0)
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(n + 1).fill(0)
  const p = new Array<number>(n + 1).fill(0)
  const way = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
    const used = new Array<boolean>(n + 1).fill(false)
    do {
      used[j0] = true
      const i0 = p[j0] as number
      let delta = Number.POSITIVE_INFINITY
      let j1 = 0
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number)
        if (cur < (minv[j] as number)) {
          minv[j] = cur
          way[j] = j0
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number
          j1 = j
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta
          v[j] = (v[j] as number) - delta
        } else minv[j] = (minv[j] as number) - delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0] as number
      p[j0] = p[j1] as number
      j0 = j1
    } while (j0 !== 0)
  }
  const pairs: Array<[number, number]> = []
  for (let j = 1; j <= n; j++) {
    const i = (p[j] as number) - 1
    const col = j - 1
    if (i < rows && col < cols && ((weights[i] as number[])[col] as number) > 0) pairs.push([i, col])
  }
  return pairs.sort((a, b) => a[0] - b[0])
}
