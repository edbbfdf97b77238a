import { describe, expect, it } from 'vitest';
import { refuseRequest, type GuardedRequest } from '../../../e2e/host/host-guard';

const PORT = 5317;
const CALL = '/__samverka/ipc/listDrafts';

/** A request as the page's bridge sends it (tests/e2e/host/server.ts), with `changes` on top. */
const call = (headers: GuardedRequest['headers'] = {}, changes: Partial<GuardedRequest> = {}): GuardedRequest => ({
  method: 'POST',
  url: CALL,
  headers: { host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
  ...changes,
});
const get = (url: string, headers: GuardedRequest['headers'] = {}): GuardedRequest => ({ method: 'GET', url, headers: { host: `127.0.0.1:${PORT}`, ...headers } });

describe('the browser host\u2019s guard', () => {
  it.each([
    ['the page\u2019s own call', call()],
    ['on localhost', call({ host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` })],
    ['with a charset', call({ 'content-type': 'application/json; charset=utf-8' })],
    ['from a test in Node, which sends no Origin or Sec-Fetch-Site', call({ origin: undefined, 'sec-fetch-site': undefined })],
    ['the page', get('/')],
    ['a script', get('/assets/index-4f3a.js', { host: `LOCALHOST:${PORT}` })],
  ])('answers %s', (_what, request) => {
    expect(refuseRequest(request, PORT)).toBeNull();
  });

  it('refuses DNS rebinding: another name for 127.0.0.1, with an Origin to match', () => {
    const rebound = call({ host: `evil.example:${PORT}`, origin: `http://evil.example:${PORT}` });
    expect(refuseRequest(rebound, PORT)).toMatchObject({ status: 421 });
    expect(refuseRequest(get('/', { host: `evil.example:${PORT}` }), PORT)).toMatchObject({ status: 421 });
  });

  it.each([
    ['no Host', { host: undefined }],
    ['another port', { host: `127.0.0.1:${PORT + 1}`, origin: `http://127.0.0.1:${PORT + 1}` }],
    ['no port', { host: '127.0.0.1', origin: 'http://127.0.0.1' }],
    ['the IPv6 loopback, where this server does not listen', { host: `[::1]:${PORT}`, origin: `http://[::1]:${PORT}` }],
    ['a name that starts like ours', { host: `localhost.evil.example:${PORT}` }],
    ['0.0.0.0', { host: `0.0.0.0:${PORT}` }],
  ])('refuses a Host that is not this server: %s', (_what, headers) => {
    expect(refuseRequest(call(headers), PORT)).toMatchObject({ status: 421 });
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['this server under its other name', `http://localhost:${PORT}`],
    ['an opaque origin (a sandboxed frame, a file)', 'null'],
    ['https', `https://127.0.0.1:${PORT}`],
  ])('refuses an Origin that is not the page\u2019s own: %s', (_what, origin) => {
    expect(refuseRequest(call({ origin }), PORT)).toMatchObject({ status: 403 });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonp', 'text/json'])(
    'refuses a call whose Content-Type is %j: a form of another site could send it without asking',
    (contentType) => {
      expect(refuseRequest(call({ 'content-type': contentType || undefined }), PORT)).toMatchObject({ status: 415 });
    },
  );

  it('refuses a call the browser says comes from another site', () => {
    expect(refuseRequest(call({ 'sec-fetch-site': 'cross-site' }), PORT)).toMatchObject({ status: 403 });
    expect(refuseRequest(call({ 'sec-fetch-site': 'same-site' }), PORT)).toMatchObject({ status: 403 });
  });

  it('refuses a call that is not a POST, and a file request that is not a GET or HEAD', () => {
    expect(refuseRequest(call({}, { method: 'GET' }), PORT)).toMatchObject({ status: 405 });
    expect(refuseRequest(call({}, { method: 'OPTIONS' }), PORT)).toMatchObject({ status: 405 });
    expect(refuseRequest({ ...get('/'), method: 'PUT' }, PORT)).toMatchObject({ status: 405 });
    expect(refuseRequest({ ...get('/'), method: 'HEAD' }, PORT)).toBeNull();
  });
});

describe('the browser host\u2019s guard, on what is not a path', () => {
  it('refuses a request target that is no URL', () => {
    expect(refuseRequest(get('http://[bad'), PORT)).toMatchObject({ status: 400 });
  });
});
