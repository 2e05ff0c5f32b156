import { expect, it } from 'vitest'

it('the package exports exactly its public API', async () => {
  const api = await import('../src/index.ts')
  expect(Object.keys(api).sort()).toEqual(
    [
      'LagebildError',
      'analysisSchema',
      'analyze',
      'analyzeText',
      'createEnv',
      'isLagebildError',
      'readArticleText',
      'stages',
      'toAnalysis',
      'validateAnalysis',
    ].sort(),
  )
})
