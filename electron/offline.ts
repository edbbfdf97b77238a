import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME, mayRequest, type PageIdentity } from './page-identity';

/**
 * The app never talks to the network. Its pages come from its own scheme,
 * its data stays in the data folder, and the session it runs in refuses
 * every request that would leave the machine (see {@link secureSession}).
 * Nothing here imports Electron's values, only its types, so the decisions
 * are tested in Node (tests/unit/electron/offline.test.ts) and the whole
 * in the built bundle (tests/main/).
 */

/** The language the app's users write in. */
export const SPELLCHECK_LANGUAGE = 'sv-SE';

/**
 * Where Chromium would fetch a Hunspell dictionary it lacks: a path under
 * our own scheme that serves no dictionary (electron/protocol.ts answers
 * 404), so a missing dictionary is a missing dictionary, never a download
 * from Google's CDN, which is Electron's default.
 */
export const DICTIONARY_URL = `${APP_SCHEME}://${APP_HOST}/ordlistor/`;

/** How the spellchecker is set up on a platform. */
export interface SpellcheckPlan {
  /** The `spellcheck` web preference and `session.setSpellCheckerEnabled`. */
  enabled: boolean;
  /** For `session.setSpellCheckerLanguages`; null leaves it alone (macOS picks the language itself, and the call is a no-op there). */
  languages: string[] | null;
  /** For `session.setSpellCheckerDictionaryDownloadURL`: always our own scheme (a no-op on macOS). */
  dictionaryUrl: string;
}

/**
 * Swedish spell-checking that never downloads anything (Electron's
 * spellchecker tutorial and the `Session` API):
 * - macOS: the operating system's spellchecker; Electron downloads no
 *   dictionaries there and picks the language itself.
 * - Windows: Swedish (`sv-SE`), checked by Windows' own spellchecker, which
 *   Chromium uses for languages Windows has; the dictionary URL is pointed
 *   at our own scheme, so a Windows without Swedish proofing gets no
 *   spell-checking rather than a dictionary from the network.
 * - Linux (and anything else): Chromium's Hunspell would download its
 *   dictionaries, so the spellchecker is off (and its download URL ours
 *   all the same, should anything ask).
 */
export function spellcheckPlan(platform: NodeJS.Platform): SpellcheckPlan {
  if (platform === 'darwin') return { enabled: true, languages: null, dictionaryUrl: DICTIONARY_URL };
  if (platform === 'win32') return { enabled: true, languages: [SPELLCHECK_LANGUAGE], dictionaryUrl: DICTIONARY_URL };
  return { enabled: false, languages: null, dictionaryUrl: DICTIONARY_URL };
}

/** What {@link secureSession} needs besides the session. */
export interface SessionPolicy {
  identity: PageIdentity;
  platform: NodeJS.Platform;
  /** Whether DevTools may be opened (their own `devtools:` pages then load). */
  devTools: boolean;
  /** Where a refused request is reported; console.warn by default. */
  log?: (message: string) => void;
}

/** The part of Electron's Session this module sets up. */
export type SecuredSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Sessions already set up: the main window and every print window share the default one. */
const secured = new WeakSet<object>();

/**
 * Sets up a session before any page of ours loads in it: every permission
 * request and check is refused (the app needs no camera, location,
 * notifications or clipboard reading), the spellchecker follows
 * {@link spellcheckPlan}, and a request filter cancels every request that
 * {@link mayRequest} does not allow, and says so in the log. Runs once per
 * session.
 */
export function secureSession(session: SecuredSession, policy: SessionPolicy): void {
  if (secured.has(session)) return;
  secured.add(session);
  const log = policy.log ?? ((message: string) => console.warn(message));

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  const spelling = spellcheckPlan(policy.platform);
  try {
    session.setSpellCheckerEnabled(spelling.enabled);
    // The URL first: setting the languages is what makes Chromium look for their dictionaries.
    session.setSpellCheckerDictionaryDownloadURL(spelling.dictionaryUrl);
    if (spelling.languages) session.setSpellCheckerLanguages(spelling.languages);
  } catch (error) {
    // Electron throws for a language it does not know; the app works without spell-checking, never without its window.
    log(`Samverka: spell-checking could not be set up (${error instanceof Error ? error.message : String(error)})`);
  }

  session.webRequest.onBeforeRequest((details, callback) => {
    if (mayRequest(details.url, policy.identity, { devTools: policy.devTools })) return callback({});
    log(`Samverka: refused a request to ${describeTarget(details.url)} (${details.resourceType})`);
    callback({ cancel: true });
  });
}

/**
 * A refused URL as the log shows it: its scheme and host, never its path or
 * query (a file's path names a person's folders; a query may carry anything).
 */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'an address that is not a URL';
  }
}
