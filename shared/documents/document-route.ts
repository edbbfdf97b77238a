/**
 * The renderer's page that shows one draft's document alone, as it prints:
 * what Electron's hidden print window (and the e2e host's Chromium) loads to
 * print it or make its PDF, from the same HTML as the preview.
 */
export interface DocumentTarget {
  draftId: string;
  /** An agreement with its löften as bilagor. */
  withPromises: boolean;
}

const PREFIX = '#/dokument/';
const WITH_PROMISES = '/med-medborgarloften';

/** `#/dokument/<id>` or `#/dokument/<id>/med-medborgarloften`. */
export function documentHash({ draftId, withPromises }: DocumentTarget): string {
  return `${PREFIX}${encodeURIComponent(draftId)}${withPromises ? WITH_PROMISES : ''}`;
}

/** The target a hash names, or null when it is not a document page's. */
export function parseDocumentHash(hash: string): DocumentTarget | null {
  if (!hash.startsWith(PREFIX)) return null;
  let rest = hash.slice(PREFIX.length);
  const withPromises = rest.endsWith(WITH_PROMISES);
  if (withPromises) rest = rest.slice(0, -WITH_PROMISES.length);
  if (!rest || rest.includes('/')) return null;
  try {
    return { draftId: decodeURIComponent(rest), withPromises };
  } catch {
    return null;
  }
}

/**
 * The attribute the document page sets on `<html>` once the draft is laid
 * out on its pages (fonts loaded, pages measured): a print window waits for
 * it before printing. Its value is "ready", or "failed" when the draft could
 * not be loaded. The page removes it at every `hashchange`, when a kept print
 * window moves it to its next job ({@link nextDocumentJobScript}).
 */
export const DOCUMENT_READY_ATTRIBUTE = 'data-document';

/**
 * What moves the loaded document page to its next job, in one turn of the
 * page: the hash replaced in place (no load, no history entry) and a
 * `hashchange` announced, which the page answers by removing its ready
 * attribute at once and reading the draft afresh (renderer/document/
 * document-page.tsx), also when the hash is the same as before (the same
 * draft, changed since). So the state read after it is the new job's. The
 * script answers true when the page took the job, i.e. the attribute is gone.
 * Electron runs it with `executeJavaScript`, the e2e host with `page.evaluate`.
 */
export function nextDocumentJobScript(target: DocumentTarget): string {
  return `(() => {
    const oldURL = location.href;
    history.replaceState(history.state, '', ${JSON.stringify(documentHash(target))});
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
    return !document.documentElement.hasAttribute(${JSON.stringify(DOCUMENT_READY_ATTRIBUTE)});
  })()`;
}
