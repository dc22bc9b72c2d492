import http from 'node:http';
import { plainAddress, type AddressList } from './addressList';
import { env } from './env';
import { logger } from './logger';

/** Set on every request from the socket itself; whatever a client sends under this name is overwritten. */
export const PEER_HEADER = 'x-backwise-peer';

/**
 * Next 16 hands route handlers and server actions no connection address (`request.ip` is gone, and
 * `next start` fills X-Forwarded-For only when the client did not send one, so the client picks it). We stamp
 * the socket's address on each request before Next sees it. Called once at server start (instrumentation.ts).
 */
export function installPeerAddressHeader(): void {
  const holder = globalThis as typeof globalThis & { __backwisePeer?: boolean };
  if (holder.__backwisePeer) return;
  holder.__backwisePeer = true;
  const proto = http.Server.prototype;
  const emit = proto.emit;
  proto.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    const req = args[0];
    if (event === 'request' && req instanceof http.IncomingMessage) {
      const address = req.socket.remoteAddress;
      if (address) req.headers[PEER_HEADER] = address;
      else delete req.headers[PEER_HEADER];
      if (req.headers['x-forwarded-for'] !== undefined) warnIfProxiedUntrusted(env().TRUST_PROXY);
    }
    return Boolean(Reflect.apply(emit, this, [event, ...args]));
  };
}

let warnedProxied = false;

/**
 * A request arrived with X-Forwarded-For (seen on the socket, before Next adds its own) while TRUST_PROXY is
 * off: most likely a proxy in front, which puts every client in one rate-limit bucket. Said once per process.
 */
export function warnIfProxiedUntrusted(trustProxy: boolean, warn = logger.warn.bind(logger)): boolean {
  if (trustProxy || warnedProxied) return false;
  warnedProxied = true;
  warn(
    'requests carry X-Forwarded-For but TRUST_PROXY is off: behind a proxy every client shares one rate limit; set TRUST_PROXY=1 and TRUSTED_PROXIES if a proxy you run forwards to this server',
  );
  return true;
}

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The client's address behind the trusted proxies: walking the hops from the connection leftwards through
 * X-Forwarded-For, the first one that is not a trusted proxy. Everything left of it was written by the client
 * itself, so it is never believed; a request straight from an untrusted address is keyed on that address.
 */
export function clientAddress(headers: HeaderSource, trusted: AddressList): string | undefined {
  const peer = headers.get(PEER_HEADER) ?? undefined;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hops = peer ? [...forwarded, peer] : forwarded;
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] ?? '';
    if (i === 0 || !trusted.has(hop)) return plainAddress(hop);
  }
  return undefined;
}

/**
 * The key a rate limit counts on. With TRUST_PROXY, the client address reported by the trusted proxies
 * (TRUSTED_PROXIES); otherwise the connection's own address, so a client cannot pick its own bucket.
 */
export function clientKey(
  headers: HeaderSource,
  trustProxy: boolean,
  trusted: AddressList = env().TRUSTED_PROXIES,
): string {
  const address = trustProxy ? clientAddress(headers, trusted) : headers.get(PEER_HEADER);
  return address?.slice(0, 64) || 'unknown';
}
