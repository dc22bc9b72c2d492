import http from 'node:http';

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
    }
    return Boolean(Reflect.apply(emit, this, [event, ...args]));
  };
}

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The key a rate limit counts on. Behind our own proxy (TRUST_PROXY), the address it reports in
 * X-Forwarded-For; otherwise the connection's own address, so a client cannot pick its own bucket.
 */
export function clientKey(headers: HeaderSource, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  return headers.get(PEER_HEADER)?.slice(0, 64) || 'unknown';
}
