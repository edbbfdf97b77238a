import { useSyncExternalStore } from 'react';

/**
 * Hash routes, so that a reload (or the packaged app's custom protocol, which
 * serves one file) keeps the user on the page they were on.
 */
export type Route =
  | { page: 'start' }
  | { page: 'editor'; draftId: string }
  | { page: 'versions'; draftId: string }
  | { page: 'data' }
  | { page: 'not-found' };

const EDITOR_PREFIX = '#/utkast/';
const VERSIONS_SUFFIX = '/versioner';
const DATA_HASH = '#/datamapp';

/**
 * Reads a location hash: `#/` (or nothing) is the start page, `#/utkast/<id>`
 * a draft, `#/utkast/<id>/versioner` its versions, `#/datamapp` the data
 * folder and its backups.
 */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { page: 'start' };
  if (hash === DATA_HASH || hash === `${DATA_HASH}/`) return { page: 'data' };
  if (hash.startsWith(EDITOR_PREFIX)) {
    let rest = hash.slice(EDITOR_PREFIX.length).replace(/\/$/, '');
    const versions = rest.endsWith(VERSIONS_SUFFIX);
    if (versions) rest = rest.slice(0, -VERSIONS_SUFFIX.length);
    if (rest && !rest.includes('/')) {
      try {
        const draftId = decodeURIComponent(rest);
        return versions ? { page: 'versions', draftId } : { page: 'editor', draftId };
      } catch {
        return { page: 'not-found' };
      }
    }
  }
  return { page: 'not-found' };
}

export const startHref = () => '#/';
export const editorHref = (draftId: string) => `${EDITOR_PREFIX}${encodeURIComponent(draftId)}`;
export const versionsHref = (draftId: string) => `${editorHref(draftId)}${VERSIONS_SUFFIX}`;
export const dataHref = () => DATA_HASH;

/** Goes to a hash route; the hashchange event re-renders the app. */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
