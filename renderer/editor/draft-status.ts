import { checkReadiness, isReady } from '../../shared/draft/readiness';
import type { Draft } from '../../shared/draft/schema';

/**
 * The status rules the editor applies as the user types. The Node side
 * refuses to store a draft as "klar" while it has readiness errors, so an
 * edit that brings an error back turns a "klar" draft into an "utkast" again
 * (and the editor says so), rather than leaving it unsaveable.
 */
export function settleStatus(draft: Draft): { draft: Draft; reverted: boolean } {
  if (draft.status !== 'klar' || isReady(checkReadiness(draft))) return { draft, reverted: false };
  return { draft: { ...draft, status: 'utkast' }, reverted: true };
}

