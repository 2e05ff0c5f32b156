import { Redis, type RedisOptions } from 'ioredis'
import { LagebildError } from '../document/index.ts'

/** A queue address checked for its form: the URL as given and the server it names without a password, for messages. */
export interface QueueAddress {
  url: string
  server: string
}

/** How long the first answer from Redis may take before the command says it is unreachable. */
const CONNECT_TIMEOUT_MS = 5000

/** `redis://[user:password@]host[:port][/db]` or `rediss://…` (TLS); anything else is refused with an example. */
export function parseQueueUrl(value: string | undefined): QueueAddress {
  const example = 'give a Redis URL like redis://127.0.0.1:6379 (rediss:// for TLS, /N for database N)'
  if (!value) throw new LagebildError('LB_ARG_INVALID', `--queue: ${example}`)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new LagebildError('LB_ARG_INVALID', `--queue ${value}: ${example}`)
  }
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname)
    throw new LagebildError('LB_ARG_INVALID', `--queue ${url.protocol}//${url.host}…: ${example}`)
  const db = url.pathname.replace(/^\//u, '')
  if (db !== '' && !/^\d{1,2}$/u.test(db))
    throw new LagebildError('LB_ARG_INVALID', `--queue ${url.protocol}//${url.host}/${db}: ${example}`)
  return { url: value, server: `${url.protocol}//${url.host}${db ? `/${db}` : ''}` }
}

/**
 * A connection that has answered PING: Redis down, a wrong port or a wrong password is one clear error at start
 * instead of ioredis reconnecting forever in silence. `blocking`: a BullMQ worker's connection, which must retry
 * each command until the server is back (BullMQ requires `maxRetriesPerRequest: null`); the enqueuer's commands
 * fail after a few tries instead, so a batch stops when Redis goes away.
 */
export async function connectQueue(address: QueueAddress, blocking: boolean): Promise<Redis> {
  let ready = false
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: blocking ? null : 2,
    // until the first answer, one try: the command stops with the reason; afterwards back off up to 2 s
    retryStrategy: (times) => (ready ? Math.min(times * 200, 2000) : null),
  }
  const redis = new Redis(address.url, options)
  // ioredis reports each failed reconnect as an 'error' event; without a listener Node would end the process
  let lastError: Error | undefined
  redis.on('error', (error: Error) => {
    lastError = error
  })
  try {
    await redis.connect()
    await redis.ping()
    ready = true
    return redis
  } catch (error) {
    redis.disconnect()
    const cause = lastError ?? error
    throw queueUnavailable(address, cause)
  }
}

export function queueUnavailable(address: QueueAddress, cause: unknown): LagebildError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new LagebildError('LB_QUEUE_UNAVAILABLE', `${address.server}: ${reason}`, { cause })
}
