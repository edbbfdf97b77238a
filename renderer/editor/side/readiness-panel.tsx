import { useMemo } from 'react';
import type { Finding } from '../../../shared/draft/readiness';
import type { Draft } from '../../../shared/draft/schema';
import { READINESS_TEXT } from '../../../shared/i18n/readiness';
import { groupActivities, locateActivity, type ActivityGroup } from '../../../shared/draft/activity-groups';
import { focusField } from '../draft-paths';
import { classNames } from '../../class-names';
import styles from './readiness-panel.module.css';

/**
 * Where a finding's field is shown, when the message alone does not say it:
 * an activity by its group and its number there, as the editor shows it.
 */
function placeOf(finding: Finding, groups: readonly ActivityGroup[]): string | null {
  const [list, index] = finding.field;
  if (list !== 'activities' || typeof index !== 'number') return null;
  const found = locateActivity(groups, index);
  const place = found ? READINESS_TEXT.activityPlace(found.group.lead, found.position) : null;
  return place && !finding.message.includes(place) ? place : null;
}

/**
 * The field to focus for a finding. An activity as a whole (it cannot be
 * measured) leads to its first measurable field, "Antal", in its details;
 * an organisation whose groups name no members, to the first group's "Medlemmar".
 */
export function focusTarget(finding: Finding, draft: Draft): Finding['field'] {
  const [list, index] = finding.field;
  if (list === 'activities' && typeof index === 'number' && finding.field.length === 2) return ['activities', index, 'quantity'];
  if (list === 'groups' && finding.field.length === 1 && (draft.groups ?? []).length > 0) return ['groups', 0, 'members'];
  return finding.field;
}

/** An error's button has a red edge (the finding's own), a warning's an amber one. */
const SEVERITY_CLASS: Record<Finding['severity'], string | undefined> = { error: undefined, warning: styles.warning };

function FindingList({ draft, heading, findings, groups, severity }: {
  draft: Draft;
  heading: string;
  findings: Finding[];
  groups: readonly ActivityGroup[];
  severity: Finding['severity'];
}) {
  if (findings.length === 0) return null;
  return (
    <>
      <h3 className={styles.subheading}>{heading}</h3>
      <ul className={styles.list}>
        {findings.map((finding, i) => {
          const place = placeOf(finding, groups);
          return (
            <li key={`${i}:${finding.field.join('.')}`}>
              <button type="button" className={classNames(styles.finding, SEVERITY_CLASS[severity])} onClick={() => focusField(focusTarget(finding, draft))}>
                <span className={styles.message}>{finding.message}</span>
                {place && <span className={styles.place}>{place}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** "Klar för underskrift?": the readiness check's findings, each leading to its field. */
export function ReadinessPanel({ draft, findings }: { draft: Draft; findings: readonly Finding[] }) {
  const groups = useMemo(() => groupActivities(draft, { includeEmpty: true }), [draft]);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section className="panel" aria-labelledby="readiness-heading">
      <h2 className="panel__heading" id="readiness-heading">
        {READINESS_TEXT.heading}
      </h2>
      {errors.length === 0 && (
        <p className="notice notice--success">{warnings.length === 0 ? READINESS_TEXT.ready : READINESS_TEXT.readyWithWarnings}</p>
      )}
      {findings.length > 0 && (
        <>
          <p className={classNames(styles.summary, errors.length > 0 && styles.summaryError)}>
            {READINESS_TEXT.summary(errors.length, warnings.length)}
          </p>
          <p className="panel__hint">{READINESS_TEXT.hint}</p>
          <FindingList draft={draft} heading={READINESS_TEXT.errorsHeading(errors.length)} findings={errors} groups={groups} severity="error" />
          <FindingList draft={draft} heading={READINESS_TEXT.warningsHeading(warnings.length)} findings={warnings} groups={groups} severity="warning" />
        </>
      )}
    </section>
  );
}
