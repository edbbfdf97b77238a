import { STATUS_MESSAGE } from '../i18n/messages';
import { checkReadiness, isReady } from './readiness';
import type { Draft, DraftStatus } from './schema';

/** A signed draft is a record of what was signed: it is never edited, only revised. */
export const isLocked = (draft: Pick<Draft, 'status'>) => draft.status === 'undertecknad';

/**
 * Why a draft stored with status `from` may not be saved as `draft`, in
 * Swedish, or null when it may: utkast → klar only without readiness errors,
 * klar → undertecknad, and nothing changes once undertecknad.
 */
export function statusChangeProblem(from: DraftStatus | undefined, draft: Draft): string | null {
  if (from === 'undertecknad') return STATUS_MESSAGE.locked();
  if (draft.status === 'undertecknad' && from !== 'klar') return STATUS_MESSAGE.signOnlyReady();
  if (draft.status === 'klar' && !isReady(checkReadiness(draft))) return STATUS_MESSAGE.notReady();
  return null;
}

/**
 * The first draft of a new revision: a copy with a new id, status utkast,
 * no signing dates, and a link back to the draft it revises.
 */
export function startRevision(draft: Draft, { id, now }: { id: string; now: Date }): Draft {
  const stamp = now.toISOString();
  return {
    ...draft,
    id,
    status: 'utkast',
    signatories: draft.signatories.map((s) => ({ ...s, date: null })),
    relatedIds: [...new Set([...draft.relatedIds, draft.id])],
    createdAt: stamp,
    updatedAt: stamp,
  };
}
