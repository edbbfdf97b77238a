import { useCallback, useMemo, useRef, useState } from 'react';
import type { Activity, Draft, FollowUp } from '../../shared/draft/schema';
import type { FollowUpInput, SaveResult } from '../../shared/ipc/contract';
import { api } from '../api';
import type { SaveState } from '../editor/autosave';
import { useAutosave } from '../editor/use-autosave';

/** What an activity nobody has followed up yet shows. */
export const NO_FOLLOW_UP: FollowUpInput = { status: 'ej-paborjad', outcome: null, comment: '' };

/** The user's part of a stored follow-up (without the time stamp). */
export const inputOf = (followUp: FollowUp | undefined): FollowUpInput =>
  followUp ? { status: followUp.status, outcome: followUp.outcome, comment: followUp.comment } : NO_FOLLOW_UP;

export const sameInput = (a: FollowUpInput, b: FollowUpInput) => a.status === b.status && a.outcome === b.outcome && a.comment === b.comment;

type ById<T> = Readonly<Record<string, T>>;

export interface FollowUpSaving {
  /** The draft with each activity's follow-up as shown (typed values included): what the summary and filters count. */
  shown: Draft;
  /** An activity's follow-up as shown. */
  valueOf(activityId: string): FollowUpInput;
  /** When an activity's follow-up was last stored (ISO time), if ever. */
  updatedAtOf(activityId: string): string | undefined;
  /** Whether an activity has changes that are not stored yet. */
  isDirty(activityId: string): boolean;
  /** Records a change; it is saved after the pause in typing. */
  change(activityId: string, input: FollowUpInput): void;
  /** Saves now (a chosen status, a field left, "Försök igen", before an export); true when everything is stored. */
  flush(): Promise<boolean>;
  state: SaveState;
}

/**
 * The follow-up of one draft's activities, saved as the user works: one
 * autosave for the whole page (the editor's: a pause in typing, one save in
 * flight, saved on leaving the page, closing the window waits for it), which
 * stores each changed activity in turn through `saveFollowUp`. Activities are
 * stored one at a time, so the Node side never sees two changes of the same
 * draft at once. A failed save keeps every typed value on screen and unsaved;
 * the next attempt stores what is still missing.
 */
export function useFollowUpSaving(initial: Draft): FollowUpSaving {
  const [inputs, setInputs] = useState<ById<FollowUpInput>>({});
  const inputsRef = useRef(inputs);
  const [stored, setStored] = useState<ById<FollowUp | undefined>>(() => Object.fromEntries(initial.activities.map((a) => [a.id, a.followUp])));
  // What the Node side accepted for each activity: a change is stored once it equals this.
  const confirmed = useRef<ById<FollowUpInput>>(Object.fromEntries(initial.activities.map((a) => [a.id, inputOf(a.followUp)])));
  const [confirmedView, setConfirmedView] = useState(confirmed.current);
  const lastUpdatedAt = useRef<string | null>(null);
  const draftId = initial.id;

  const save = useCallback(
    async (value: ById<FollowUpInput>): Promise<SaveResult> => {
      for (const [activityId, input] of Object.entries(value)) {
        const accepted = confirmed.current[activityId];
        if (accepted && sameInput(input, accepted)) continue;
        const draft = await api.saveFollowUp(draftId, activityId, input);
        confirmed.current = { ...confirmed.current, [activityId]: input };
        setConfirmedView(confirmed.current);
        const followUp = draft.activities.find((activity) => activity.id === activityId)?.followUp;
        setStored((previous) => ({ ...previous, [activityId]: followUp }));
        lastUpdatedAt.current = followUp?.updatedAt ?? draft.updatedAt;
      }
      return { updatedAt: lastUpdatedAt.current ?? '' };
    },
    [draftId],
  );
  const autosave = useAutosave(save, { initialUpdatedAt: null });
  const { change: changeAll, flush } = autosave;

  const change = useCallback(
    (activityId: string, input: FollowUpInput) => {
      inputsRef.current = { ...inputsRef.current, [activityId]: input };
      setInputs(inputsRef.current);
      changeAll(inputsRef.current);
    },
    [changeAll],
  );

  const shown = useMemo<Draft>(
    () => ({
      ...initial,
      activities: initial.activities.map((activity): Activity => {
        const input = inputs[activity.id];
        const followUp = stored[activity.id];
        if (!input) return { ...activity, followUp };
        return { ...activity, followUp: { ...input, ...(followUp?.updatedAt ? { updatedAt: followUp.updatedAt } : {}) } };
      }),
    }),
    [initial, inputs, stored],
  );

  const valueOf = useCallback((activityId: string) => inputs[activityId] ?? inputOf(stored[activityId]), [inputs, stored]);
  const updatedAtOf = useCallback((activityId: string) => stored[activityId]?.updatedAt, [stored]);
  const isDirty = useCallback(
    (activityId: string) => {
      const input = inputs[activityId];
      const accepted = confirmedView[activityId];
      return input !== undefined && !(accepted && sameInput(input, accepted));
    },
    [inputs, confirmedView],
  );

  return { shown, valueOf, updatedAtOf, isDirty, change, flush, state: autosave.state };
}
