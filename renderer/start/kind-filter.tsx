import { useCallback, useState } from 'react';
import { DRAFT_KINDS, type DraftKind, type DraftSummary } from '../../shared/draft/schema';
import { START_TEXT } from '../../shared/i18n/start';
import { classNames } from '../class-names';
import styles from './start.module.css';

/** Which drafts the start page lists: all of them, or one kind. */
export type KindFilterValue = 'alla' | DraftKind;

const VALUES: readonly KindFilterValue[] = ['alla', ...DRAFT_KINDS];
const STORAGE_KEY = 'samverka.start.filter';

export const matchesFilter = (draft: Pick<DraftSummary, 'kind'>, filter: KindFilterValue) => filter === 'alla' || draft.kind === filter;

function readFilter(): KindFilterValue {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return VALUES.find((value) => value === stored) ?? 'alla';
  } catch {
    return 'alla';
  }
}

/** The filter, remembered between visits to the start page (and sessions) on this computer. */
export function useKindFilter(): [KindFilterValue, (value: KindFilterValue) => void] {
  const [filter, setFilter] = useState(readFilter);
  const choose = useCallback((value: KindFilterValue) => {
    setFilter(value);
    try {
      window.localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Storage may be unavailable; the choice then lasts while the page is open.
    }
  }, []);
  return [filter, choose];
}

/** "Visa: Alla · Medborgarlöften · Samverkansöverenskommelser", as a group of radio buttons, with the count beside it. */
export function KindFilter({ value, onChange, count }: { value: KindFilterValue; onChange: (value: KindFilterValue) => void; count: string }) {
  return (
    <div className={styles.filter}>
      <fieldset className={styles.filterGroup}>
        <legend className={styles.filterLegend}>{START_TEXT.filterLabel}</legend>
        {VALUES.map((option) => (
          <label key={option} className={classNames(styles.option, option === value && styles.checked)}>
            <input type="radio" name="kind-filter" value={option} checked={option === value} onChange={() => onChange(option)} />
            {START_TEXT.filters[option]}
          </label>
        ))}
      </fieldset>
      <p className={styles.filterCount} aria-live="polite">
        {count}
      </p>
    </div>
  );
}
