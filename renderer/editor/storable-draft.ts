import type { Draft } from '../../shared/draft/schema';

/** Whether a period ends before it starts: the file format refuses it (file-format.md). */
export const isReversed = ({ start, end }: Draft['period']): boolean => Boolean(start && end && end < start);

/**
 * What the autosave stores of the draft being edited. While the user's end
 * date lies before the start date (half-way through changing both, or a
 * slip), the file format would refuse the whole draft, and every other word
 * typed meanwhile would stay unsaved. So the draft is stored with the last
 * period that was valid, and everything else as typed; the editor keeps
 * showing the dates as typed, with the error at the date field and in the
 * readiness panel, until they are put right.
 *
 * @param draft the draft as the editor holds it
 * @param lastValid the period last stored (or read from the file), updated by the caller after each storable draft
 * @returns `draft` itself when its period is valid, otherwise a copy with `lastValid` as its period
 */
export function storableDraft(draft: Draft, lastValid: Draft['period']): Draft {
  return isReversed(draft.period) ? { ...draft, period: lastValid } : draft;
}
