import { useSyncExternalStore } from 'react';
import { parseDocumentHash, type DocumentTarget } from '../shared/documents/document-route';

/**
 * Hash routes, so that a reload (or the packaged app's custom protocol, which
 * serves one file) keeps the user on the page they were on.
 */
export type Route =
  | { page: 'start' }
  | { page: 'editor'; draftId: string }
  | { page: 'versions'; draftId: string }
  | { page: 'print'; draftId: string }
  | { page: 'follow-up'; draftId: string }
  | { page: 'document'; draftId: string; target: DocumentTarget }
  | { page: 'data' }
  | { page: 'not-found' };

const EDITOR_PREFIX = '#/utkast/';
/** The pages of a draft besides its editor, by the suffix of their hash. */
const DRAFT_PAGES = { '/versioner': 'versions', '/skriv-ut': 'print', '/uppfoljning': 'follow-up' } as const;
type DraftPage = (typeof DRAFT_PAGES)[keyof typeof DRAFT_PAGES];
const suffixOf = (page: DraftPage) => Object.entries(DRAFT_PAGES).find(([, name]) => name === page)![0];
const DATA_HASH = '#/datamapp';

/**
 * Reads a location hash: `#/` (or nothing) is the start page, `#/utkast/<id>`
 * a draft, `#/utkast/<id>/versioner` its versions, `…/skriv-ut` its print
 * preview, `…/uppfoljning` its follow-up, `#/dokument/<id>` its document
 * alone (what a print window loads), `#/datamapp` the data folder and its
 * backups.
 */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { page: 'start' };
  if (hash === DATA_HASH || hash === `${DATA_HASH}/`) return { page: 'data' };
  const target = parseDocumentHash(hash);
  if (target) return { page: 'document', draftId: target.draftId, target };
  if (hash.startsWith(EDITOR_PREFIX)) {
    let rest = hash.slice(EDITOR_PREFIX.length).replace(/\/$/, '');
    let page: DraftPage | 'editor' = 'editor';
    for (const [suffix, name] of Object.entries(DRAFT_PAGES)) {
      if (rest.endsWith(suffix)) {
        rest = rest.slice(0, -suffix.length);
        page = name;
        break;
      }
    }
    if (rest && !rest.includes('/')) {
      try {
        return { page, draftId: decodeURIComponent(rest) };
      } catch {
        return { page: 'not-found' };
      }
    }
  }
  return { page: 'not-found' };
}

export const startHref = () => '#/';
export const editorHref = (draftId: string) => `${EDITOR_PREFIX}${encodeURIComponent(draftId)}`;
export const versionsHref = (draftId: string) => `${editorHref(draftId)}${suffixOf('versions')}`;
export const printHref = (draftId: string) => `${editorHref(draftId)}${suffixOf('print')}`;
export const followUpHref = (draftId: string) => `${editorHref(draftId)}${suffixOf('follow-up')}`;
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
