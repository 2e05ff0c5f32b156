import { describeStorageError, type StoreLocation } from './storage-error.ts'
import type { Store } from './store-types.ts'

/**
 * The store with every failure of the database turned into a coded error naming its cause and place (disk full,
 * read-only, no permission, server unreachable): callers decide on the code whether going on makes sense.
 */
export function guardStore(store: Store, location: StoreLocation): Store {
  const describe = (error: unknown) => describeStorageError(error, location)
  const guarded: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(store)) {
    if (typeof member !== 'function') {
      guarded[name] = member
    } else if (name === 'eachDocument') {
      guarded[name] = (...args: unknown[]) => guardIterable(member.apply(store, args), describe)
    } else {
      guarded[name] = async (...args: unknown[]) => {
        try {
          return await member.apply(store, args)
        } catch (error) {
          throw describe(error)
        }
      }
    }
  }
  return guarded as unknown as Store
}

async function* guardIterable<T>(items: AsyncIterable<T>, describe: (error: unknown) => unknown) {
  try {
    yield* items
  } catch (error) {
    throw describe(error)
  }
}
