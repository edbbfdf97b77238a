import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { linksOf, type DraftLinks } from '../../shared/draft/links';
import type { DraftKind, DraftSummary } from '../../shared/draft/schema';
import { api } from '../api';
import { messageOf } from '../components/messages';

/**
 * The links of the draft being edited to other drafts (an agreement's
 * löften, a löfte's agreement), read from the library's summaries. The
 * store owns `relatedIds` and keeps both directions consistent, so the
 * editor's own copy of the draft may be out of date: the links are read
 * from `listDrafts` and read again after every change. Link changes go to
 * the store at once and are not part of the undo stack.
 */
export interface LibraryLinks {
  /** The library's drafts (this one included); empty until the first read. */
  summaries: readonly DraftSummary[];
  /** This draft's links, resolved to their summaries. */
  links: DraftLinks<DraftSummary>;
  /** True once the first read has answered (either way). */
  loaded: boolean;
  /** Why the last read failed, or null. */
  loadError: string | null;
  /** Reads the library again. */
  refresh(): Promise<void>;
  /**
   * Makes a löfte belong to an agreement, or to none with null, then reads
   * the links again. Resolves to the store's refusal (a Swedish message) or null.
   */
  setAgreement(promiseId: string, agreementId: string | null): Promise<string | null>;
}

/** Reads and changes the links of draft `draftId` (of `kind`); see `LibraryLinks`. */
export function useLibraryLinks(draftId: string, kind: DraftKind): LibraryLinks {
  const [summaries, setSummaries] = useState<readonly DraftSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Only the latest read counts: an earlier one answering late must not overwrite it.
  const latestRead = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    const read = ++latestRead.current;
    try {
      const list = await api.listDrafts();
      if (!mounted.current || read !== latestRead.current) return;
      setSummaries(list);
      setLoadError(null);
    } catch (error) {
      if (!mounted.current || read !== latestRead.current) return;
      setLoadError(messageOf(error));
    } finally {
      if (mounted.current && read === latestRead.current) setLoaded(true);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh, draftId]);

  const setAgreement = useCallback(
    async (promiseId: string, agreementId: string | null) => {
      let refusal: string | null = null;
      try {
        await api.setAgreement(promiseId, agreementId);
      } catch (error) {
        refusal = messageOf(error);
      }
      await refresh();
      return refusal;
    },
    [refresh],
  );

  const links = useMemo(() => {
    const self = summaries.find((summary) => summary.id === draftId) ?? { id: draftId, kind, relatedIds: [] };
    return linksOf(self, summaries);
  }, [summaries, draftId, kind]);

  return useMemo(
    () => ({ summaries, links, loaded, loadError, refresh, setAgreement }),
    [summaries, links, loaded, loadError, refresh, setAgreement],
  );
}

export const LibraryLinksContext = createContext<LibraryLinks | null>(null);

/** The links of the draft being edited, as the editor provides them. */
export function useLinks(): LibraryLinks {
  const value = useContext(LibraryLinksContext);
  if (!value) throw new Error('useLinks() outside a LibraryLinksContext provider');
  return value;
}
