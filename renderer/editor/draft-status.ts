import { checkReadiness, isReady, type Finding } from '../../shared/draft/readiness';
import type { Draft } from '../../shared/draft/schema';

/**
 * The status rules the editor applies as the user types. The Node side
 * refuses to store a draft as "klar" while it has readiness errors, so an
 * edit that brings an error back turns a "klar" draft into an "utkast" again
 * (and the editor says so), rather than leaving it unsaveable. `check` is
 * the readiness check to use: the editor's remembers what it checked before
 * (see `createReadinessCheck`), so a keystroke in a "klar" draft of hundreds of
 * activities checks only what it changed.
 */
export function settleStatus(draft: Draft, check: (draft: Draft) => Finding[] = checkReadiness): { draft: Draft; reverted: boolean } {
  if (draft.status !== 'klar' || isReady(check(draft))) return { draft, reverted: false };
  return { draft: { ...draft, status: 'utkast' }, reverted: true };
}

