import type { Draft } from '../../shared/draft/schema';
import { exampleDraft } from './fixtures';

/**
 * A draft edited on two sides for "Ta emot ändringar", from the Söderhamn
 * example (under `id`): the common version; ours, where the municipality
 * rewrote the löftesmening and the trygghetsvandringar and deleted the
 * centrumvärd activity; theirs, where the police rewrote its
 * fotpatrullering, the same trygghetsvandringar and the centrumvärd
 * activity, added an activity and changed its signatory.
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
