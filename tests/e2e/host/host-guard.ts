import type { IncomingHttpHeaders } from 'node:http';
import { HTTP_PREFIX } from '../../../shared/ipc/channels';

/**
 * What the browser host (server.ts, `npm run dev:browser`) answers at all.
 * It listens on 127.0.0.1 and holds a real data folder, so it must answer
 * only pages it served itself:
 * - the Host header names this server, `127.0.0.1:<port>` or
 *   `localhost:<port>`. A page on evil.example whose name is made to resolve
 *   to 127.0.0.1 (DNS rebinding) is same-origin with itself, sends
 *   `Host: evil.example:<port>` and a matching Origin, and would otherwise
 *   read and change every draft;
 * - an Origin, when the browser sends one, is this server's own, exactly as
 *   the Host names it;
 * - a contract call is a POST of `application/json`, which no form of
 *   another site can send without the browser asking first (a CORS
 *   preflight this host never grants), and is marked same-origin when the
 *   browser says where it comes from (`Sec-Fetch-Site`);
 * - everything else is a GET or HEAD of a file.
 * A pure function of the request, tested in tests/unit/e2e/host/host-guard.test.ts.
 */

/** The parts of a request the guard reads (an IncomingMessage is one). */
export interface GuardedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** Why a request is refused, and with which status. */
export interface Refusal {
  status: 400 | 403 | 405 | 415 | 421;
  reason: string;
}

/** The host names this server answers to; it listens on 127.0.0.1 only. */
const LOCAL_NAMES = ['127.0.0.1', 'localhost'];

/** The Host header's value when it names this server on `port`, lower-cased; null otherwise. */
function ownHost(host: string | undefined, port: number): string | null {
  if (!host) return null;
  const named = host.toLowerCase();
  return LOCAL_NAMES.some((name) => named === `${name}:${port}`) ? named : null;
}

/** The media type of a Content-Type header, without its parameters (`application/json; charset=utf-8` is `application/json`). */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Null when the host may answer the request; otherwise the status to refuse it with and why. */
export function refuseRequest(request: GuardedRequest, port: number): Refusal | null {
  const host = ownHost(request.headers.host, port);
  if (!host) return { status: 421, reason: 'This server answers only to 127.0.0.1 and localhost on its own port.' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return { status: 403, reason: 'Requests from other sites are refused.' };

  let path: string;
  try {
    path = new URL(request.url ?? '/', `http://${host}`).pathname;
  } catch {
    return { status: 400, reason: 'Not a request for anything here.' };
  }
  if (path.startsWith(HTTP_PREFIX)) {
    if (request.method !== 'POST') return { status: 405, reason: 'The contract is called with POST.' };
    if (mediaType(request.headers['content-type']) !== 'application/json') return { status: 415, reason: 'The contract takes application/json.' };
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return { status: 403, reason: 'Requests from other sites are refused.' };
    return null;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: 'Files are only read.' };
  return null;
}
