import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { connectQueue, parseQueueUrl } from './queue-connection.ts'

describe('parseQueueUrl', () => {
  it('takes redis:// and rediss:// URLs and names the server without the password', () => {
    expect(parseQueueUrl('redis://127.0.0.1:6379')).toEqual({
      url: 'redis://127.0.0.1:6379',
      server: 'redis://127.0.0.1:6379',
    })
    expect(parseQueueUrl('rediss://:geheim@queue.example.org:6380/2').server).toBe(
      'rediss://queue.example.org:6380/2',
    )
  })

  it.each([
    undefined,
    '',
    '127.0.0.1:6379',
    'http://127.0.0.1:6379',
    'postgres://127.0.0.1/lagebild',
    'redis://127.0.0.1:6379/queue',
  ])('refuses %j with an example of a good one', (value) => {
    let error: unknown
    try {
      parseQueueUrl(value)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toMatchObject({
      code: 'LB_ARG_INVALID',
      message: expect.stringContaining('give a Redis URL like redis://127.0.0.1:6379'),
    })
  })
})

describe('connectQueue', () => {
  it('says at once that nothing answers where no Redis listens', async () => {
    // a port that was free a moment ago
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    await new Promise((resolve) => server.close(resolve))
    const address = parseQueueUrl(`redis://127.0.0.1:${port}`)
    await expect(connectQueue(address, true)).rejects.toMatchObject({
      code: 'LB_QUEUE_UNAVAILABLE',
      message: expect.stringContaining(`redis://127.0.0.1:${port}: connect ECONNREFUSED`),
    })
  })

  it('says so when the server at the address is no Redis', async () => {
    // answers every command with a line that is no Redis reply
    const server = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      await expect(connectQueue(parseQueueUrl(`redis://127.0.0.1:${port}`), false)).rejects.toMatchObject({
        code: 'LB_QUEUE_UNAVAILABLE',
      })
    } finally {
      server.close()
    }
  })
})
