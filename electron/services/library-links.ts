import { reconcileLinks, withAgreement } from '../../shared/draft/links';
import type { Draft, DraftKind, DraftSummary } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { LINK_MESSAGE } from '../../shared/i18n/editor';

/** What the links need of the library: its drafts' summaries, and reading and writing a draft inside a change. */
export interface LinkedLibrary {
  readonly summaries: ReadonlyMap<string, DraftSummary>;
  /** The draft as its file is now; a UserError when it is gone or cannot be read (and was set aside). */
  readStored(id: string): Promise<Draft>;
  /** Writes a draft's file durably; a UserError when it must not be written. */
  write(draft: Draft): Promise<void>;
}

/** What a link to a draft of each kind that is not in the library says. */
const NOT_FOUND: Record<DraftKind, string> = {
  medborgarlofte: LINK_MESSAGE.promiseNotFound,
  samverkansoverenskommelse: LINK_MESSAGE.agreementNotFound,
};

/**
 * The links between the drafts of a library (shared/draft/links.ts holds the
 * rules): a save never changes them; the operations that do (create, add,
 * put, revise, setAgreement, createPromise, delete) and opening the library
 * reconcile them over all drafts, rewriting the `relatedIds` of the drafts
 * whose links change and nothing else of them, not even `updatedAt` (so a
 * links-only change makes no save stale). Every method runs inside one of
 * the library's changes.
 */
export class LibraryLinks {
  constructor(private readonly library: LinkedLibrary) {}

  /**
   * Makes the links of all drafts consistent (`reconcileLinks`), rewriting
   * the drafts whose links change. A draft whose file cannot be read is set
   * aside (and so drops out of the links at the next change) or, left in
   * place, is left as it is.
   */
  async reconcile(): Promise<void> {
    for (const [id, relatedIds] of reconcileLinks([...this.library.summaries.values()])) {
      await this.writeLinks(id, relatedIds).catch((error: unknown) => {
        if (!(error instanceof UserError)) throw error;
      });
    }
  }

  /**
   * Makes a löfte belong to an agreement, or to none with null (it leaves
   * any other), and reconciles; both keep their content and `updatedAt`.
   */
  async setAgreement(promiseId: string, agreementId: string | null): Promise<void> {
    const promise = this.requireKind(promiseId, 'medborgarlofte', LINK_MESSAGE.notPromise);
    if (agreementId !== null) this.requireKind(agreementId, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreement);
    await this.writeLinks(promiseId, withAgreement(promise.relatedIds, agreementId, (id) => this.library.summaries.get(id)?.kind));
    await this.reconcile();
  }

  /** The summary of a stored draft of `kind`; a UserError when it is missing or of another kind. */
  requireKind(id: string, kind: DraftKind, wrongKind: string): DraftSummary {
    const summary = this.library.summaries.get(id);
    if (!summary) throw new UserError('not-found', NOT_FOUND[kind]);
    if (summary.kind !== kind) throw new UserError('wrong-kind', wrongKind);
    return summary;
  }

  /** Rewrites one draft with new `relatedIds` and nothing else changed, not even `updatedAt`. */
  private async writeLinks(id: string, relatedIds: string[]): Promise<void> {
    const draft = await this.library.readStored(id);
    await this.library.write({ ...draft, relatedIds });
  }
}
