import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isNonPublicAddress } from './address-policy.ts'
import { fetchPage } from './fetch-page.ts'

const PAGE = readFileSync(new URL('../../test/fixtures/html/opengraph-only.html', import.meta.url), 'utf8')
const MB = 1024 * 1024

/** Every address the default refuses, except 127.0.0.2: the test's stand-in for a public host. */
const allowOnlyTestHost = (address: string) => address !== '127.0.0.2' && isNonPublicAddress(address)

describe('isNonPublicAddress', () => {
  it('refuses loopback, private, link-local and unique-local addresses, IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fe80::1%eth0',
      'fd00:ec2::254',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '[::1]',
      'localhost',
    ])
      expect(isNonPublicAddress(address), address).toBe(true)
  })
  it('lets public addresses through', () => {
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '2a00:1450:4001:80b::200e',
      '::ffff:8.8.8.8',
    ])
      expect(isNonPublicAddress(address), address).toBe(false)
  })
})

describe('fetchPage', () => {
  let server: Server
  let port: number
  const at = (host: string, path: string) => `http://${host}:${port}${path}`

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/'
      if (path === '/article') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.end(PAGE)
      } else if (path === '/to-loopback') {
        response.writeHead(302, { location: at('127.0.0.1', '/article') })
        response.end()
      } else if (path === '/to-test-host') {
        response.writeHead(301, { location: '/article' })
        response.end()
      } else if (path.startsWith('/loop/')) {
        const n = Number(path.slice(6))
        response.writeHead(302, { location: `/loop/${n + 1}` })
        response.end()
      } else if (path === '/endless') {
        // no Content-Length: only counting the bytes read stops it
        response.writeHead(200, { 'content-type': 'text/html' })
        const chunk = Buffer.alloc(64 * 1024, 'a')
        const pump = () => {
          while (response.write(chunk)) {
            if (response.destroyed) return
          }
          response.once('drain', pump)
        }
        response.on('close', () => response.removeAllListeners('drain'))
        pump()
      } else if (path === '/json') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{}')
      } else {
        response.writeHead(404, { 'content-type': 'text/html' })
        response.end('<p>no</p>')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    // the same server on 127.0.0.2, so that one test host counts as "public" and the other as loopback
    port = (server.address() as AddressInfo).port
    const second = createServer((request, response) => server.emit('request', request, response))
    await new Promise<void>((resolve) => second.listen(port, '127.0.0.2', resolve))
    server.on('close', () => second.close())
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('the fetch succeeded')
      },
      (error: { code: string; message: string; cause?: Error }) => error,
    )

  it('refuses a loopback address by default, by address and by name, and fetches it when allowed', async () => {
    const byAddress = await failure(fetchPage(at('127.0.0.1', '/article')))
    expect(byAddress.code).toBe('LB_FETCH_FAILED')
    expect(byAddress.cause?.message).toMatch(/127\.0\.0\.1 refused/u)
    // a name is checked after it is resolved
    const byName = await failure(fetchPage(at('localhost', '/article')))
    expect(byName.code).toBe('LB_FETCH_FAILED')
    expect(byName.cause?.message).toMatch(/localhost resolves to .* refused/u)
    expect(await fetchPage(at('localhost', '/article'), { allowPrivate: true })).toBe(PAGE)
  })

  it('checks the target of every redirect', async () => {
    expect(await fetchPage(at('127.0.0.2', '/to-test-host'), { isRefused: allowOnlyTestHost })).toBe(PAGE)
    const redirected = await failure(
      fetchPage(at('127.0.0.2', '/to-loopback'), { isRefused: allowOnlyTestHost }),
    )
    expect(redirected.cause?.message).toMatch(/127\.0\.0\.1 refused/u)
    expect(await fetchPage(at('127.0.0.2', '/to-loopback'), { allowPrivate: true })).toBe(PAGE)
  })

  it('follows at most five redirects', async () => {
    const endless = await failure(fetchPage(at('127.0.0.1', '/loop/0'), { allowPrivate: true }))
    expect(endless.cause?.message).toBe('more than 5 redirects')
  })

  it('stops reading an endless body at the size limit', async () => {
    const cut = await failure(
      fetchPage(at('127.0.0.1', '/endless'), { allowPrivate: true, maxBytes: 2 * MB }),
    )
    expect(cut.cause?.message).toBe(`the page is larger than ${2 * MB} bytes`)
  })

  it('gives one message for every failure, so that it tells nothing about the address', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const free = (probe.address() as AddressInfo).port
        probe.close(() => resolve(free))
      })
    })
    const failures = await Promise.all([
      failure(fetchPage(at('127.0.0.1', '/article'))),
      failure(fetchPage(`http://127.0.0.1:${closedPort}/`, { allowPrivate: true })),
      failure(fetchPage(at('127.0.0.1', '/missing'), { allowPrivate: true })),
      failure(fetchPage(at('127.0.0.1', '/json'), { allowPrivate: true })),
      failure(fetchPage('http://no-such-host.invalid/', { allowPrivate: true })),
    ])
    const messages = new Set(failures.map((f) => `${f.code}: ${f.message}`))
    expect(messages.size).toBe(1)
    expect([...messages][0]).toMatch(/^LB_FETCH_FAILED: /u)
    // the causes differ, for the server log
    expect(new Set(failures.map((f) => f.cause?.message)).size).toBe(failures.length)
  })

  it('refuses what is not an http(s) URL before any fetch', async () => {
    expect((await failure(fetchPage('file:///etc/passwd'))).code).toBe('LB_ARG_INVALID')
    expect((await failure(fetchPage('javascript:alert(1)'))).code).toBe('LB_ARG_INVALID')
    expect((await failure(fetchPage('not a url'))).code).toBe('LB_ARG_INVALID')
  })
})
