// Which requests lectern serve refuses before serving anything: undecodable URLs and foreign Host headers.
import type http from 'node:http';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * 400 for a URL that does not decode (it would throw deep in the static server) and 403 for a Host header
 * naming another site: a page on evil.example whose name re-resolves to 127.0.0.1 (DNS rebinding) must not
 * read the slides or the live-reload stream.
 */
export function refuseRequest(req: http.IncomingMessage, listenHost: string): { status: number; message: string } | undefined {
  const url = req.url ?? '/';
  try {
    decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return { status: 400, message: 'Bad request: the address has an invalid %-escape' };
  }
  const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
  if (!host) return { status: 400, message: 'Bad request: no Host header' };
  const allowed =
    LOOPBACK_NAMES.has(host) ||
    host.endsWith('.localhost') ||
    host === listenHost.toLowerCase() ||
    host === `[${listenHost.toLowerCase()}]` ||
    // Listening on every interface: other machines use its IP address, never a name we cannot vouch for.
    (['0.0.0.0', '::'].includes(listenHost) && (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host)));
  return allowed ? undefined : { status: 403, message: `Forbidden: Host "${host}" is not this server (open it as http://localhost or the --host address)` };
}
