import { memo } from 'react';
import type { Finding } from '../../../shared/draft/readiness';
import type { Draft } from '../../../shared/draft/schema';
import { READINESS_SUMMARY_TEXT, READINESS_TEXT } from '../../../shared/i18n/readiness';
import { focusField } from '../draft-paths';
import { useEditor } from '../editor-context';
import { useReadiness } from '../readiness-context';
import { classNames } from '../../class-names';
import styles from './readiness-panel.module.css';

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

function FindingList({ heading, findings, severity }: { heading: string; findings: readonly Finding[]; severity: Finding['severity'] }) {
  const { latest, reveal } = useEditor();
  if (findings.length === 0) return null;
  return (
    <>
      <h3 className={styles.subheading}>{heading}</h3>
      <ul className={styles.list}>
        {findings.map((finding, i) => (
          <li key={`${i}:${finding.field.join('.')}`}>
            <button
              type="button"
              className={classNames(styles.finding, SEVERITY_CLASS[severity])}
              onClick={() => {
                // The field's item first, if its list renders only some (an activity far down a large draft).
                const path = focusTarget(finding, latest());
                reveal(path);
                focusField(path);
              }}
            >
              <span className={styles.message}>{finding.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The id of the panel's heading, where the summary at the top of the editor leads. */
export const READINESS_HEADING_ID = 'readiness-heading';

/** "Klar för underskrift?": the readiness check's findings, each leading to its field. */
export const ReadinessPanel = memo(function ReadinessPanel() {
  const { findings } = useReadiness();
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  return (
    <section className="panel" aria-labelledby={READINESS_HEADING_ID}>
      <h2 className="panel__heading" id={READINESS_HEADING_ID} tabIndex={-1}>
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
          <FindingList heading={READINESS_TEXT.errorsHeading(errors.length)} findings={errors} severity="error" />
          <FindingList heading={READINESS_TEXT.warningsHeading(warnings.length)} findings={warnings} severity="warning" />
        </>
      )}
    </section>
  );
});

/** Brings the panel into view in the side column and moves focus to its heading, so Tab continues to the first finding. */
function showPanel(): void {
  const heading = document.getElementById(READINESS_HEADING_ID);
  if (!heading) return;
  // jsdom has no scrollIntoView.
  heading.parentElement?.scrollIntoView?.({ block: 'start', behavior: 'auto' });
  heading.focus({ preventScroll: true });
}

/** The summary's look: red while there are errors, amber with warnings only, green with nothing to say. */
const SUMMARY_CLASS = { notReady: styles.notReady, warnings: styles.withWarnings, ready: styles.ready } as const;

/**
 * The answer to "Klar för underskrift?" at the top of the editor, in view
 * however far down the form the user is: yes or no and how many errors and
 * warnings, as a button to the panel's list of them. It reads the counts the
 * readiness check keeps (see `ReadinessProvider`), so a keystroke that
 * changes no finding renders nothing here.
 */
export const ReadinessSummary = memo(function ReadinessSummary() {
  const { errors, warnings } = useReadiness();
  const look = errors > 0 ? 'notReady' : warnings > 0 ? 'warnings' : 'ready';
  return (
    <button type="button" className={classNames(styles.summaryBox, SUMMARY_CLASS[look])} onClick={showPanel}>
      {/* The spaces keep the words apart in the button's name; the grid lays out the spans alone. */}
      <span className={styles.question}>{READINESS_SUMMARY_TEXT.question}</span>{' '}
      <span className={styles.answer}>{READINESS_SUMMARY_TEXT.answer(errors, warnings)}</span>
      {errors + warnings > 0 && (
        <>
          {' '}
          <span className={styles.show}>{READINESS_SUMMARY_TEXT.show}</span>
        </>
      )}
    </button>
  );
});
