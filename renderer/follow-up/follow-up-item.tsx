import { useState } from 'react';
import { activityPromise } from '../../shared/draft/activity-groups';
import { joinNames, partyDisplayName } from '../../shared/draft/activity-groups';
import { LIMITS } from '../../shared/draft/limits';
import { cleanText } from '../../shared/draft/read-draft';
import { FOLLOW_UP_STATUSES, type Activity, type Draft, type FollowUpStatus } from '../../shared/draft/schema';
import { formatDate, localDateAndTime } from '../../shared/calendar';
import { FOLLOW_UP_STATUS_LABEL, FOLLOW_UP_PAGE_TEXT as T } from '../../shared/i18n/follow-up';
import { SECTION_TEXT } from '../../shared/i18n/editor';
import type { FollowUpInput } from '../../shared/ipc/contract';
import type { SaveState } from '../editor/autosave';
import { FieldFrame, parseNumber } from '../editor/fields';
import { classNames } from '../class-names';
import fieldStyles from '../editor/fields.module.css';
import { STATUS_CLASS } from './status-class';
import styles from './follow-up.module.css';

/** A DOM-safe id for an element of one activity's row. */
const rowId = (activity: Activity, part: string) => `follow-up-${activity.id.replace(/[^a-zA-Z0-9_-]/g, '_')}-${part}`;

const OUTCOME_LIMITS = { min: 0, max: 1e9 } as const;

/** How far the row's own changes have come, in a few words; "" when there is nothing to say. */
function rowSaveText(dirty: boolean, state: SaveState): string {
  if (!dirty) return '';
  switch (state.kind) {
    case 'pending':
      return T.rowPending;
    case 'saving':
      return T.rowSaving;
    case 'failed':
      return T.rowNotSaved;
    case 'saved':
      // A change made while another was being stored waits for the next round.
      return T.rowPending;
  }
}

export interface FollowUpItemProps {
  activity: Activity;
  draft: Draft;
  value: FollowUpInput;
  updatedAt: string | undefined;
  /** The row has changes that are not stored yet. */
  dirty: boolean;
  saveState: SaveState;
  hidden: boolean;
  /** Shown although its status no longer matches the status filter (it changed after the filter was chosen). */
  outsideFilter: boolean;
  onChange: (input: FollowUpInput) => void;
  /** Saves now: a status was chosen, or a field was left. */
  onCommit: () => void;
}

/**
 * One activity's follow-up: the activity as the document prints it, who
 * promises it, its focus area and who is responsible; then its status, its
 * outcome against the target ("av 2 insatser", when it has a quantity) and
 * a comment, and when it was last updated. The controls form a group named
 * by the activity, so each is announced with it. An outcome that is not a
 * number stays typed, with the field saying what it wants, and is not saved.
 */
export function FollowUpItem({ activity, draft, value, updatedAt, dirty, saveState, hidden, outsideFilter, onChange, onCommit }: FollowUpItemProps) {
  const headingId = rowId(activity, 'heading');
  const statusId = rowId(activity, 'status');
  const outcomeId = rowId(activity, 'outcome');
  const commentId = rowId(activity, 'comment');
  const [typedOutcome, setTypedOutcome] = useState<{ text: string; for: number | null } | null>(null);
  // What was typed stays on screen while it is not a number (or until the stored value changes under it).
  const showTyped = typedOutcome !== null && typedOutcome.for === value.outcome;
  const outcomeText = showTyped ? typedOutcome.text : value.outcome === null ? '' : String(value.outcome);
  const outcomeInvalid = showTyped && parseNumber(typedOutcome.text, OUTCOME_LIMITS) === undefined;
  const hasTarget = activity.quantity != null;

  const parties = joinNames(
    draft.parties.filter((party) => activity.partyIds.includes(party.id)).map((party) => partyDisplayName(party)),
  );
  const area = draft.focusAreas.find((f) => f.id === activity.focusAreaId);
  const areaIndex = area ? draft.focusAreas.indexOf(area) : -1;
  const responsible = activity.responsible?.trim();
  const when = updatedAt ? localDateAndTime(updatedAt) : null;
  const saveText = rowSaveText(dirty, saveState);

  return (
    <li className={classNames(styles.item, STATUS_CLASS[value.status])} hidden={hidden}>
      <div role="group" aria-labelledby={headingId} className={styles.itemInner}>
        <div>
          <h3 className={styles.itemHeading} id={headingId}>
            {activityPromise(activity, draft)}
          </h3>
          <dl className={styles.itemFacts}>
            <div>
              <dt>{T.partiesLabel[draft.kind]}</dt>
              <dd>{parties || '–'}</dd>
            </div>
            {area && (
              <div>
                <dt>{T.focusAreaLabel}</dt>
                <dd>{area.title.trim() || SECTION_TEXT.focusAreas.untitled(areaIndex + 1)}</dd>
              </div>
            )}
            {responsible && (
              <div>
                <dt>{T.responsibleLabel}</dt>
                <dd>{responsible}</dd>
              </div>
            )}
          </dl>
        </div>
        <div className={styles.fields}>
          <FieldFrame id={statusId} label={T.status} compact className={styles.statusField}>
            {(describedBy) => (
              <select
                id={statusId}
                className={classNames(fieldStyles.input, fieldStyles.select, styles.input)}
                value={value.status}
                aria-describedby={describedBy}
                onChange={(event) => {
                  onChange({ ...value, status: event.target.value as FollowUpStatus });
                  onCommit();
                }}
              >
                {FOLLOW_UP_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {FOLLOW_UP_STATUS_LABEL[status]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          {hasTarget && (
            <FieldFrame
              id={outcomeId}
              label={T.outcome}
              error={outcomeInvalid ? T.outcomeInvalid : undefined}
              compact
            >
              {(describedBy) => (
                <span className={styles.outcomeRow}>
                  <input
                    id={outcomeId}
                    type="number"
                    inputMode="decimal"
                    className={classNames(fieldStyles.input, fieldStyles.number, styles.input)}
                    min={OUTCOME_LIMITS.min}
                    max={OUTCOME_LIMITS.max}
                    step="any"
                    value={outcomeText}
                    aria-invalid={outcomeInvalid ? true : undefined}
                    aria-describedby={[describedBy, `${outcomeId}-target`].filter(Boolean).join(' ')}
                    onChange={(event) => {
                      const parsed = parseNumber(event.target.value, OUTCOME_LIMITS);
                      setTypedOutcome({ text: event.target.value, for: parsed === undefined ? value.outcome : parsed });
                      if (parsed !== undefined) onChange({ ...value, outcome: parsed });
                    }}
                    onBlur={onCommit}
                  />
                  <span className={styles.target} id={`${outcomeId}-target`}>
                    {T.outcomeOf(activity.quantity ?? 0, activity.unit ?? '')}
                  </span>
                </span>
              )}
            </FieldFrame>
          )}
          <FieldFrame id={commentId} label={T.comment} compact className={styles.commentField}>
            {(describedBy) => (
              <textarea
                id={commentId}
                className={classNames(fieldStyles.input, fieldStyles.multiline, styles.input)}
                rows={2}
                maxLength={LIMITS.textChars}
                value={value.comment}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ ...value, comment: cleanText(event.target.value) })}
                onBlur={onCommit}
              />
            )}
          </FieldFrame>
        </div>
        <p className={styles.footer}>
          <span>{when ? T.updated(formatDate(when.date), when.time) : T.notUpdated}</span>
          {saveText && <span className={classNames(styles.saveNote, saveState.kind === 'failed' && styles.saveNoteFailed)}>{saveText}</span>}
          {outsideFilter && <span className={styles.outside}>{T.outsideFilter}</span>}
        </p>
      </div>
    </li>
  );
}
