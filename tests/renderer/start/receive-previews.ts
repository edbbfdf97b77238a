import { describeChanges } from '../../../shared/draft/changes';
import { mergeDrafts } from '../../../shared/draft/merge';
import type { Draft, DraftSummary } from '../../../shared/draft/schema';
import type { ImportPreview, ReceivePreview } from '../../../shared/ipc/contract';
import { exampleDraft } from '../../support/fixtures';

/**
 * "Ta emot ändringar"'s previews for the renderer's tests, as the Node side
 * makes them (electron/services' import: `describeChanges(base, theirs)`,
 * `mergeDrafts(base, ours, theirs).conflicts`), from the Söderhamn example:
 * the common version; ours, where the municipality rewrote the löftesmening
 * and the trygghetsvandringar and deleted the centrumvärd activity; theirs,
 * where the police rewrote its fotpatrullering, the same trygghetsvandringar
 * and the centrumvärd activity, added an activity and changed its signatory.
 */
export function receiveDrafts(id: string): { base: Draft; ours: Draft; theirs: Draft } {
  const base: Draft = { ...exampleDraft(), id };
  const activity = (draft: Draft, activityId: string, text: string) =>
    draft.activities.map((a) => (a.id === activityId ? { ...a, text } : a));
  const ours: Draft = {
    ...base,
    statement: 'Polis och kommun lovar att under 2020 och 2021 tillsammans öka tryggheten i Söderhamns centrum.',
    activities: activity(base, 'a4', 'genomföra fyra trygghetsvandringar per år i Söderhamns centrum tillsammans med unga').filter((a) => a.id !== 'a3'),
  };
  let theirs: Draft = { ...base, activities: activity(base, 'a1', 'arbeta förebyggande med närvaro genom fotpatrullering i centrum varje fredag och lördag') };
  theirs = { ...theirs, activities: activity(theirs, 'a4', 'genomföra minst 3 trygghetsvandringar per år i Söderhamns centrum') };
  theirs = { ...theirs, activities: activity(theirs, 'a3', 'säkerställa närvaro av centrumvärd alla helger') };
  theirs = {
    ...theirs,
    activities: [...theirs.activities, { ...base.activities[0], id: 'a5', text: 'hålla öppet hus på polisstationen en gång per termin' }],
    signatories: theirs.signatories.map((s) => (s.partyId === 'polis' ? { ...s, name: 'Anna Svensson' } : s)),
  };
  return { base, ours, theirs };
}

/** The preview of `theirs` for a library whose draft is `ours` (`existing`, as listDrafts has it). */
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
      sender: 'Polisen, Anna Svensson',
      changes: describeChanges(from, theirs),
      summary: 'Polisen har ändrat 3 aktiviteter, lagt till 1 och bytt undertecknare',
      conflicts: comparison === 'three-way' ? mergeDrafts(base, ours, theirs).conflicts : [],
    },
  };
}
