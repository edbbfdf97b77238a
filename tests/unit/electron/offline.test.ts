import { describe, expect, it } from 'vitest';
import type { CallbackResponse, OnBeforeRequestListenerDetails } from 'electron';
import { DICTIONARY_URL, describeTarget, secureSession, spellcheckPlan, type SecuredSession } from '../../../electron/offline';
import { pageIdentity } from '../../../electron/page-identity';

type Listener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;

/** A session that records what is set on it, in order. */
function recordingSession() {
  const calls: [string, unknown][] = [];
  const handlers: { request?: Parameters<SecuredSession['setPermissionRequestHandler']>[0]; check?: Parameters<SecuredSession['setPermissionCheckHandler']>[0]; filter?: Listener } = {};
  const session = {
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
    setSpellCheckerEnabled: (enabled) => void calls.push(['enabled', enabled]),
    setSpellCheckerLanguages: (languages) => void calls.push(['languages', languages]),
    setSpellCheckerDictionaryDownloadURL: (url) => void calls.push(['dictionaryUrl', url]),
    webRequest: { onBeforeRequest: ((listener: Listener) => void (handlers.filter = listener)) as SecuredSession['webRequest']['onBeforeRequest'] },
  } satisfies SecuredSession;
  const request = (url: string) =>
    new Promise<CallbackResponse>((resolve) => handlers.filter!({ id: 1, url, method: 'GET', resourceType: 'other', referrer: '', timestamp: 0, uploadData: [] }, resolve));
  return { session, calls, handlers, request };
}

describe('spell-checking that never downloads', () => {
  it('on Windows checks Swedish, and would fetch a missing dictionary only from our own scheme', () => {
    expect(spellcheckPlan('win32')).toEqual({ enabled: true, languages: ['sv-SE'], dictionaryUrl: 'app://samverka/ordlistor/' });
  });

  it('on macOS uses the system\u2019s spellchecker, which chooses the language itself', () => {
    expect(spellcheckPlan('darwin')).toEqual({ enabled: true, languages: null, dictionaryUrl: DICTIONARY_URL });
  });

  it.each(['linux', 'freebsd', 'openbsd'] as const)('on %s has none, since Hunspell would download its dictionaries', (platform) => {
    expect(spellcheckPlan(platform)).toEqual({ enabled: false, languages: null, dictionaryUrl: DICTIONARY_URL });
  });
});

describe('secureSession', () => {
  const identity = pageIdentity();

  it('points the dictionary download at our scheme before it sets any language', () => {
    const { session, calls } = recordingSession();
    secureSession(session, { identity, platform: 'win32', devTools: false, log: () => undefined });
    expect(calls).toEqual([
      ['enabled', true],
      ['dictionaryUrl', 'app://samverka/ordlistor/'],
      ['languages', ['sv-SE']],
    ]);
  });

  it('refuses every permission request and check', async () => {
    const { session, handlers } = recordingSession();
    secureSession(session, { identity, platform: 'linux', devTools: false, log: () => undefined });
    const granted = await new Promise<boolean>((resolve) => handlers.request!(null as never, 'media', resolve, {} as never));
    expect(granted).toBe(false);
    expect(handlers.check!(null, 'clipboard-read', 'app://samverka', {} as never)).toBe(false);
  });

  it('cancels what may not go out, logging where without the path, and lets our own requests through', async () => {
    const logged: string[] = [];
    const { session, request } = recordingSession();
    secureSession(session, { identity, platform: 'linux', devTools: false, log: (line) => logged.push(line) });
    await expect(request('app://samverka/index.html')).resolves.toEqual({});
    await expect(request('https://redirector.gvt1.com/edgedl/chrome/dict/sv-se-10-0.bdic')).resolves.toEqual({ cancel: true });
    await expect(request('file:///home/anna/hemligt.html')).resolves.toEqual({ cancel: true });
    expect(logged).toEqual(['Samverka: refused a request to https://redirector.gvt1.com (other)', 'Samverka: refused a request to file: (other)']);
  });

  it('sets a session up once', () => {
    const { session, calls } = recordingSession();
    secureSession(session, { identity, platform: 'linux', devTools: false });
    secureSession(session, { identity, platform: 'linux', devTools: false });
    expect(calls.filter(([what]) => what === 'enabled')).toHaveLength(1);
  });
});

describe('describeTarget', () => {
  it.each([
    ['https://polisen.se/a/b?x=1', 'https://polisen.se'],
    ['file:///C:/Users/anna/evil.html', 'file:'],
    ['file://server/share/x', 'file://server'],
    ['data:text/html,<b>x</b>', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['not a url', 'an address that is not a URL'],
  ])('%s is logged as %s', (url, shown) => {
    expect(describeTarget(url)).toBe(shown);
  });
});

describe('secureSession, when Electron refuses the language', () => {
  it('logs it and still installs the request filter', async () => {
    const logged: string[] = [];
    const { session, request } = recordingSession();
    session.setSpellCheckerLanguages = () => {
      throw new Error('Invalid language code provided: "sv-SE" is not a valid language code');
    };
    secureSession(session, { identity: pageIdentity(), platform: 'win32', devTools: false, log: (line) => logged.push(line) });
    expect(logged).toEqual(['Samverka: spell-checking could not be set up (Invalid language code provided: "sv-SE" is not a valid language code)']);
    await expect(request('https://example.org/')).resolves.toEqual({ cancel: true });
  });
});
