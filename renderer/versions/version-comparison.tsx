import { useEffect, useMemo, useRef } from 'react';
import { formatTimestamp } from '../../shared/calendar';
import { describeChanges } from '../../shared/draft/changes';
import type { Draft } from '../../shared/draft/schema';
import { VERSIONS_TEXT } from '../../shared/i18n/versions';
import { api } from '../api';
import { ChangeList } from '../components/change-list';
import { useLoad } from '../components/use-load';
import { classNames } from '../class-names';
import { CURRENT, olderFirst, type CompareSide } from './versions';
import styles from './versions.module.css';

export const COMPARISON_HEADING_ID = 'comparison-heading';

/**
 * "Jämför": the changes from the older of two kept versions (or a version
 * and the draft as it is now) to the newer, under the editor's sections, with
 * the words added and removed in each text. Its heading takes focus when it
 * opens, so a screen reader starts at what was compared and how much changed.
 */
export function VersionComparison({ draftId, sides, current, onBack }: {
  draftId: string;
  sides: readonly [CompareSide, CompareSide];
  /** The draft as it is now, read with the page. */
  current: Draft;
  onBack: () => void;
}) {
  const [older, newer] = olderFirst(sides);
  const read = (side: CompareSide) => (side === CURRENT ? Promise.resolve(current) : api.getVersion(draftId, side.id));
  const { load } = useLoad(() => Promise.all([read(older), read(newer)]), [draftId, older, newer, current]);
  const changes = useMemo(() => (load.kind === 'loaded' ? describeChanges(...load.value) : []), [load]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className={classNames('panel', styles.view)} aria-labelledby={COMPARISON_HEADING_ID}>
      <h2 className={classNames('panel__heading', styles.viewHeading)} id={COMPARISON_HEADING_ID} tabIndex={-1} ref={headingRef}>
        {VERSIONS_TEXT.comparisonHeading(sideName(older), sideName(newer))}
      </h2>
      <p className={classNames('panel__hint', styles.viewHint)}>{VERSIONS_TEXT.compareHint}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" onClick={onBack}>
          {VERSIONS_TEXT.backToVersion}
        </button>
      </div>
      {load.kind === 'loading' && (
        <p className="loading" role="status">
          {VERSIONS_TEXT.comparisonLoading}
        </p>
      )}
      {load.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {VERSIONS_TEXT.comparisonFailed(load.message)}
        </p>
      )}
      {load.kind === 'loaded' && (
        <>
          <p className={styles.summary} role="status">
            {VERSIONS_TEXT.comparisonCount(changes.length)}
          </p>
          {changes.length > 0 && <ChangeList from={load.value[0]} to={load.value[1]} changes={changes} headingLevel={3} />}
        </>
      )}
    </section>
  );
}

const sideName = (side: CompareSide) => (side === CURRENT ? VERSIONS_TEXT.comparisonCurrent : VERSIONS_TEXT.comparisonVersion(formatTimestamp(side.savedAt)));
