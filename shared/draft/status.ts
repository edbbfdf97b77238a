import { nextPeriod } from './period';
import { isDone } from './summary';
import { formatPeriodYears, yearOf } from '../calendar';
import { STATUS_MESSAGE } from '../i18n/editor';
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
  if (from === 'undertecknad') return STATUS_MESSAGE.locked;
  if (draft.status === 'undertecknad' && from !== 'klar') return STATUS_MESSAGE.signOnlyReady;
  if (draft.status === 'klar' && !isReady(checkReadiness(draft))) return STATUS_MESSAGE.notReady;
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

/**
 * "Starta nästa period": the first draft of the next period of a draft (a
 * klar or undertecknad one, usually), as {@link startRevision} makes a
 * revision, and further: the period moved forward by its length
 * (`nextPeriod`), every activity's follow-up removed, those that were
 * genomförda marked for review (`review: true`; the readiness check warns
 * until each is looked at) and no other marked, and the title's years moved
 * with the period ("Medborgarlöfte för Söderhamn 2020–2021" → "… 2022–2023")
 * where the title states them.
 */
export function nextPeriodDraft(draft: Draft, { id, now }: { id: string; now: Date }): Draft {
  const period = nextPeriod(draft.period);
  return {
    ...startRevision(draft, { id, now }),
    title: titleForPeriod(draft.title, draft.period, period),
    period,
    activities: draft.activities.map(({ followUp, review: _lastPeriods, ...activity }) => (isDone({ followUp }) ? { ...activity, review: true } : activity)),
  };
}

type Years = { start: string | null; end: string | null };

/**
 * A title with the years of `from` replaced by those of `to`, where it states
 * them: the range as written ("2020–2021", "2020-2021", "2020 – 21"), or for a
 * period within one year or open-ended the start year, when the title names
 * it exactly once. Any other title is returned as it is: a year in it may
 * mean something else ("Trygg 2030").
 */
export function titleForPeriod(title: string, from: Years, to: Years): string {
  const [fromStart, fromEnd] = [yearOf(from.start), yearOf(from.end)];
  const [toStart, toEnd] = [yearOf(to.start), yearOf(to.end)];
  if (!fromStart || !toStart || (fromStart === toStart && fromEnd === toEnd)) return title;
  const notDigitBefore = '(?<![\\p{N}])';
  const notDigitAfter = '(?![\\p{N}])';
  if (fromEnd && fromEnd !== fromStart) {
    const range = new RegExp(`${notDigitBefore}${fromStart}(\\s*[–—-]\\s*|\\s*/\\s*)(${fromEnd}|${fromEnd.slice(2)})${notDigitAfter}`, 'gu');
    return title.replace(range, (_match, separator: string, end: string) =>
      toEnd && toEnd !== toStart ? `${toStart}${separator}${end.length === 2 ? toEnd.slice(2) : toEnd}` : formatPeriodYears(to),
    );
  }
  const year = new RegExp(`${notDigitBefore}(?<![\\p{N}][–—/-])${fromStart}(?!\\s*[–—/-]\\s*\\p{N})${notDigitAfter}`, 'gu');
  const found = title.match(year) ?? [];
  return found.length === 1 ? title.replace(year, fromEnd ? formatPeriodYears(to) : toStart) : title;
}
