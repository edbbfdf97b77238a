import { FOLLOW_UP_STATUSES, type Activity, type Draft, type FollowUpStatus } from '../../shared/draft/schema';
import { partyDisplayName } from '../../shared/draft/activity-groups';
import { FOLLOW_UP_STATUS_LABEL, FOLLOW_UP_PAGE_TEXT as T } from '../../shared/i18n/follow-up';
import { SECTION_TEXT } from '../../shared/i18n/editor';
import { classNames } from '../class-names';
import fieldStyles from '../editor/fields.module.css';
import styles from './follow-up.module.css';

/** Which activities the follow-up page shows; "" in a field: any. */
export interface FollowUpFilter {
  partyId: string;
  /** `areaValue(id)` for a focus area, NO_FOCUS_AREA for the activities without one. */
  focusArea: string;
  status: FollowUpStatus | '';
}

export const SHOW_ALL: FollowUpFilter = { partyId: '', focusArea: '', status: '' };

/** The focus-area filter's values: prefixed, so that no focus area's id can mean "Utan fokusområde". */
export const areaValue = (focusAreaId: string) => `omrade:${focusAreaId}`;
export const NO_FOCUS_AREA = 'utan';

export const isShowAll = (filter: FollowUpFilter) => !filter.partyId && !filter.focusArea && !filter.status;

/**
 * Whether an activity passes the filter. A joint activity belongs to each of
 * its parties. `status` is the status the filter judges by: the page passes
 * the one the activity had when the filter was chosen, so an activity does
 * not vanish under the user's hands when its status is changed.
 */
export function matchesFilter(activity: Activity, filter: FollowUpFilter, status: FollowUpStatus): boolean {
  if (filter.partyId && !activity.partyIds.includes(filter.partyId)) return false;
  if (filter.focusArea === NO_FOCUS_AREA ? activity.focusAreaId != null : filter.focusArea && (activity.focusAreaId == null || areaValue(activity.focusAreaId) !== filter.focusArea)) {
    return false;
  }
  return !filter.status || status === filter.status;
}

const FILTER_ID = 'follow-up-filter';

/**
 * "Visa aktiviteter": part, fokusområde (when the draft has any) and status
 * as selects, "Visa alla", and how many activities the filter shows (announced).
 */
export function FollowUpFilters({ draft, filter, onChange, count }: {
  draft: Draft;
  filter: FollowUpFilter;
  onChange: (filter: FollowUpFilter) => void;
  count: string;
}) {
  const withoutArea = draft.activities.some((activity) => activity.focusAreaId == null);
  const select = (
    key: keyof FollowUpFilter,
    label: string,
    all: string,
    options: readonly { value: string; label: string }[],
  ) => {
    const id = `${FILTER_ID}-${key}`;
    return (
      <div className={classNames(fieldStyles.field, fieldStyles.compact, styles.filtersField)}>
        <label className={fieldStyles.label} htmlFor={id}>
          {label}
        </label>
        <select id={id} className={classNames(fieldStyles.input, fieldStyles.select)} value={filter[key]} onChange={(event) => onChange({ ...filter, [key]: event.target.value })}>
          <option value="">{all}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <div className={styles.filters} role="group" aria-labelledby={`${FILTER_ID}-heading`}>
      <h2 className={styles.filtersHeading} id={`${FILTER_ID}-heading`}>
        {T.filtersLabel(draft.kind)}
      </h2>
      <div className={styles.filtersFields}>
        {select(
          'partyId',
          T.party,
          T.allParties,
          draft.parties.map((party) => ({ value: party.id, label: partyDisplayName(party) })),
        )}
        {draft.focusAreas.length > 0 &&
          select('focusArea', T.focusArea, T.allFocusAreas, [
            ...draft.focusAreas.map((area, i) => ({ value: areaValue(area.id), label: area.title.trim() || SECTION_TEXT.focusAreas.untitled(i + 1) })),
            ...(withoutArea ? [{ value: NO_FOCUS_AREA, label: T.noFocusArea }] : []),
          ])}
        {select(
          'status',
          T.status,
          T.allStatuses,
          FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: FOLLOW_UP_STATUS_LABEL[status] })),
        )}
        <button type="button" className="button button--secondary" disabled={isShowAll(filter)} onClick={() => onChange(SHOW_ALL)}>
          {T.showAll}
        </button>
      </div>
      <p className={styles.filtersCount} aria-live="polite">
        {count}
      </p>
    </div>
  );
}
