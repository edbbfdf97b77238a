import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMain, stopAll, type MainProcess } from './support/main-process';

/**
 * The app scheme (Electron's security checklist, item 18: a custom protocol
 * instead of file:): `app://samverka/` serves the renderer folder and
 * nothing outside it, with the renderer's security headers, whatever the
 * path's spelling.
 */
describe('the app:// protocol', () => {
  let main: MainProcess;
  beforeAll(async () => {
    main = await startMain();
  });
  afterAll(() => stopAll([main]));

  const request = (url: string, init?: RequestInit) => main.electron.protocol.request(url, init);

  it('serves the page and its scripts with the renderer\u2019s headers', async () => {
    const { rendererDir } = inject('mainBuild');
    const page = await request('app://samverka/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe(readFileSync(path.join(rendererDir, 'index.html'), 'utf8'));

    const script = await request('app://samverka/assets/index.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('samverka');
  });

  it('serves the page at the root too', async () => {
    expect((await request('app://samverka/')).status).toBe(200);
  });

  it.each([
    ['app://samverka/../hemlig.html', 'a plain ../ (URL parsing already removes it)'],
    ['app://samverka/..%2fhemlig.html', 'an encoded slash'],
    ['app://samverka/%2e%2e%2fhemlig.html', 'an encoded ../'],
    ['app://samverka/%2e%2e/hemlig.html', 'encoded dots'],
    ['app://samverka/assets/..%2f..%2fhemlig.html', 'two levels, encoded'],
    ['app://samverka/..%5chemlig.html', 'an encoded backslash'],
    ['app://samverka/%252e%252e%252fhemlig.html', 'double encoding'],
    ['app://samverka/..%2fmain_window-evil%2findex.html', 'a sibling folder that starts with the same name'],
    ['app://samverka/index.html%00.js', 'a NUL byte'],
    ['app://samverka/%2fetc%2fpasswd', 'an absolute path'],
    ['app://samverka/C:%5cWindows%5cwin.ini', 'a Windows drive path'],
    ['app://other/index.html', 'another host of the scheme'],
    ['app://samverka/missing.js', 'a file that does not exist'],
    ['app://samverka/assets/', 'a folder'],
    ['app://samverka/index.exe', 'an unknown type'],
  ])('answers 404 to %s (%s), never a file outside the renderer', async (url) => {
    const response = await request(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('HEMLIGT');
  });

  it('asks the network for nothing to serve a page', async () => {
    await request('app://samverka/index.html');
    expect(main.electron.callsTo('net.fetch')).toEqual([]);
  });

  it('answers only reading', async () => {
    const post = await request('app://samverka/index.html', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });
});
