import { useSyncExternalStore } from 'react';

/**
 * Hash routes, so that a reload (or the packaged app's custom protocol, which
 * serves one file) keeps the user on the page they were on.
 */
export type Route = { page: 'start' } | { page: 'editor'; draftId: string } | { page: 'not-found' };

const EDITOR_PREFIX = '#/utkast/';

/** Reads a location hash: `#/` (or nothing) is the start page, `#/utkast/<id>` a draft. */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { page: 'start' };
  if (hash.startsWith(EDITOR_PREFIX)) {
    const rest = hash.slice(EDITOR_PREFIX.length).replace(/\/$/, '');
    if (rest && !rest.includes('/')) {
      try {
        return { page: 'editor', draftId: decodeURIComponent(rest) };
      } catch {
        return { page: 'not-found' };
      }
    }
  }
  return { page: 'not-found' };
}

export const startHref = () => '#/';
export const editorHref = (draftId: string) => `${EDITOR_PREFIX}${encodeURIComponent(draftId)}`;

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
