// What lectern serve refuses before serving: undecodable addresses, a missing Host, and foreign Host names.
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { refuseRequest } from '../../../src/serve/guard.js';

const request = (url: string, host?: string) => ({ url, headers: host === undefined ? {} : { host } }) as http.IncomingMessage;
const status = (url: string, host: string | undefined, listen = '127.0.0.1') => refuseRequest(request(url, host), listen)?.status ?? 200;

describe('refuseRequest', () => {
  it.each<[string, string | undefined, string, number]>([
    ['/', 'localhost:8080', '127.0.0.1', 200],
    ['/intro/', '127.0.0.1:8080', '127.0.0.1', 200],
    ['/', '[::1]:8080', '::1', 200],
    ['/', 'deck.localhost', '127.0.0.1', 200],
    ['/', 'LOCALHOST', '127.0.0.1', 200],
    ['/', 'evil.example', '127.0.0.1', 403],
    ['/', 'evil.example:8080', '0.0.0.0', 403],
    ['/', '192.168.1.20:8080', '0.0.0.0', 200],
    ['/', '192.168.1.20', '127.0.0.1', 403],
    ['/', '[fe80::1]:80', '::', 200],
    ['/', 'laptop.lan', 'laptop.lan', 200],
    ['/%E0%A4%A', 'localhost', '127.0.0.1', 400],
    ['/ok?q=%zz', 'localhost', '127.0.0.1', 200],
    ['/', undefined, '127.0.0.1', 400],
  ])('%s with Host %s, listening on %s → %i', (url, host, listen, code) => expect(status(url, host, listen)).toBe(code));
  it('says what to do when it refuses a host', () => {
    expect(refuseRequest(request('/', 'evil.example'), '127.0.0.1')!.message).toBe('Forbidden: Host "evil.example" is not this server (open it as http://localhost or the --host address)');
  });
});
