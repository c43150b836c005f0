import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import proxyAddr from 'proxy-addr';

/** The key of requests whose peer address is unknown (not served by Node's HTTP server). */
export const ANONYMOUS_CLIENT = 'anonymous';

/**
 * Who a client is, for the rate limit: the address of the TCP peer (from Node's socket, as
 * `@hono/node-server` passes it). `X-Forwarded-For` is read only when that peer is one of
 * `trustedProxies` (addresses or CIDR ranges, e.g. `['127.0.0.1', '10.0.0.0/8']`, or proxy-addr's
 * names `loopback`, `linklocal`, `uniquelocal`): then the key is the right-most address in the
 * header that is not itself a trusted proxy. Without trusted proxies (default) the header is never
 * read, so a client cannot choose its own key. Outside Node (no socket) every request shares one
 * key. A malformed entry in `trustedProxies` throws a `TypeError` at once.
 */
export function createClientKey(trustedProxies: readonly string[] = []): (c: Context) => string {
  const trust = trustedProxies.length > 0 ? proxyAddr.compile([...trustedProxies]) : undefined;
  return (c) => {
    const peer = peerAddress(c);
    if (peer === undefined) return ANONYMOUS_CLIENT;
    if (!trust) return peer;
    const forwardedFor = c.req.header('x-forwarded-for');
    // proxy-addr walks from the socket address leftwards through X-Forwarded-For while each hop is trusted.
    const req = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: {} };
    if (forwardedFor !== undefined) Object.assign(req.headers, { 'x-forwarded-for': forwardedFor });
    return proxyAddr(req as unknown as Parameters<typeof proxyAddr>[0], trust);
  };
}

/** The TCP peer's address under @hono/node-server, if any (`app.fetch` called directly has none). */
function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // no Node request in c.env
  }
}
