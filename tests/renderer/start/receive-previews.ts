import { describeChanges } from '../../../shared/draft/changes';
import { mergeDrafts } from '../../../shared/draft/merge';
import type { Draft, DraftSummary } from '../../../shared/draft/schema';
import type { ImportPreview, ReceivePreview } from '../../../shared/ipc/contract';

/**
 * "Ta emot ändringar"'s preview of `theirs` for a library whose draft is
 * `ours` (`existing`, as listDrafts has it), as the Node side makes it
 * (`describeChanges(base, theirs)`, `mergeDrafts(base, ours, theirs).conflicts`),
 * of tests/support/receive-drafts.ts's drafts; two-way, every difference from ours.
 */
export function receivePreview(
  drafts: { base: Draft; ours: Draft; theirs: Draft },
  existing: DraftSummary,
  comparison: ReceivePreview['comparison'] = 'three-way',
): ImportPreview {
  const { base, ours, theirs } = drafts;
  const from = comparison === 'three-way' ? base : ours;
  return {
    token: `token-${comparison}`,
    fileName: 'Medborgarlöfte Söderhamn, polisens svar.samverka.json',
    draft: existing,
    fileStatus: 'utkast',
    existing,
    receive: {
      comparison,
      commonSavedAt: comparison === 'three-way' ? '2026-11-20T09:30:00.000Z' : null,
      base: from,
      ours,
      theirs,
      sender: 'Polisen (Anna Svensson)',
      intoRevision: false,
      changes: describeChanges(from, theirs),
      summary: 'Polisen har ändrat 3 aktiviteter, lagt till 1 och bytt undertecknare',
      conflicts: comparison === 'three-way' ? mergeDrafts(base, ours, theirs).conflicts : [],
    },
  };
}
