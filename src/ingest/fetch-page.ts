import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { LagebildError } from '../document/index.ts'
import { isNonPublicAddress } from './address-policy.ts'

/** The largest page the server reads; reading stops at this byte, whatever the page claims its length is. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024
const MAX_REDIRECTS = 5

export interface FetchPageOptions {
  /** fetch private, loopback, link-local and unique-local addresses too (a server on a trusted network) */
  allowPrivate?: boolean
  /** which addresses are refused; `isNonPublicAddress` unless given (tests use it to allow one test host) */
  isRefused?: (address: string) => boolean
  maxBytes?: number
  /** the content types taken; HTML and XML unless given */
  contentType?: RegExp
  /** for the whole fetch, redirects included */
  timeoutMs?: number
}

/**
 * Why a fetch failed, for the server log only. The caller sees one text for every failure, so that a URL cannot
 * be used to tell an open port from a closed one or a refused address from a missing one.
 */
class FetchFailure extends Error {}

/**
 * Fetches one HTML page over http(s) on a caller's behalf. Every address a name resolves to is checked when the
 * connection is made (so a name that resolves once to a public and then to a private address gains nothing),
 * redirects are followed by hand and each target is checked the same way, and the body is read as a stream and
 * cut at `maxBytes`. Any failure is LB_FETCH_FAILED with one message; the cause rides along for the log.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<string> {
  return new TextDecoder('utf-8').decode(await fetchBytes(url, options))
}

/** `fetchPage`'s bytes, undecoded: for a caller that checks the encoding itself. */
export async function fetchBytes(url: string, options: FetchPageOptions = {}): Promise<Uint8Array> {
  let target = parseHttpUrl(url)
  const refused = options.allowPrivate ? () => false : (options.isRefused ?? isNonPublicAddress)
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 15_000)
  try {
    for (let hop = 0; ; hop++) {
      const response = await get(target, refused, deadline)
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers.location) {
        response.destroy()
        if (hop === MAX_REDIRECTS) throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`)
        target = new URL(response.headers.location, target)
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
          throw new FetchFailure(`a redirect to ${target.protocol}`)
        continue
      }
      if (status < 200 || status >= 300) {
        response.destroy()
        throw new FetchFailure(`HTTP ${status}`)
      }
      const type = response.headers['content-type'] ?? ''
      if (!(options.contentType ?? /html|xml/iu).test(type)) {
        response.destroy()
        throw new FetchFailure(`not an HTML page (${type || 'no content type'})`)
      }
      return await readCapped(response, options.maxBytes ?? MAX_FETCH_BYTES)
    }
  } catch (error) {
    throw new LagebildError(
      'LB_FETCH_FAILED',
      'unreachable, not a public address, not an HTML page, or larger than 5 MB',
      { cause: error },
    )
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new LagebildError('LB_ARG_INVALID', `not a URL: ${url.slice(0, 100)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new LagebildError('LB_ARG_INVALID', 'only http and https URLs')
  return parsed
}

/** One GET without following redirects; the connection goes only to addresses `refused` lets through. */
function get(url: URL, refused: (address: string) => boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/gu, '')
  // a literal address is connected to without a lookup, so it is checked here
  if (isIP(host) && refused(host)) return Promise.reject(new FetchFailure(`address ${host} refused`))
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const bad = addresses.find((a) => refused(a.address))
      if (bad) return callback(new FetchFailure(`${hostname} resolves to ${bad.address}, refused`), '', 0)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const first = addresses[0] as LookupAddress
      callback(null, first.address, first.family)
    })
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        lookup,
        signal,
        // identity: the size cap counts the bytes that become the page, not a compressed bomb's
        headers: { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'identity' },
      },
      resolve,
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** The body, read chunk by chunk and abandoned at the first byte past `maxBytes`. */
function readCapped(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'])
  if (declared > maxBytes) {
    response.destroy()
    return Promise.reject(new FetchFailure(`Content-Length ${declared} is over ${maxBytes} bytes`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > maxBytes) {
        response.destroy()
        reject(new FetchFailure(`the page is larger than ${maxBytes} bytes`))
        return
      }
      chunks.push(chunk)
    })
    response.on('end', () => resolve(Buffer.concat(chunks)))
    response.on('error', reject)
    // after 'end' this changes nothing; before it, the peer or the deadline cut the page off
    response.on('close', () => reject(new FetchFailure('the connection closed before the page ended')))
  })
}
