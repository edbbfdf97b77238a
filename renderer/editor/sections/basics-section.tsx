import { memo } from 'react';
import { firstYear } from '../../../shared/draft/new-draft';
import type { DraftKind } from '../../../shared/draft/schema';
import { REVISION_INTERVALS, revisionIntervalLabel } from '../../../shared/i18n/terms';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { setOpenEnded } from '../draft-updates';
import { EditorSection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { CheckboxField, DateField, SelectField, TextField, type SelectOption } from '../fields';
import { AgreementLinkField } from './agreement-link-field';
import { Parties } from './parties-section';
import { SECTION_IDS } from './section-ids';
import { isReversed } from '../storable-draft';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import styles from './basics-section.module.css';

const T = SECTION_TEXT.basics;

/** What Grunduppgifter holds besides title, period and parties, per kind of document. */
const BASICS: Record<DraftKind, { openEnded: boolean; geographicFocus: boolean; agreementLink: boolean }> = {
  /** A löfte runs for a stated time, may name a place, and may belong to an agreement. */
  medborgarlofte: { openEnded: false, geographicFocus: true, agreementLink: true },
  /** An agreement may run "tills vidare", revised at an interval; a place it names (from a file) is still shown. */
  samverkansoverenskommelse: { openEnded: true, geographicFocus: false, agreementLink: false },
};

export const OPEN_ENDED_ID = 'period-open-ended';

/** The revision intervals offered, with a stored interval of its own ("var 18:e månad") kept among them. */
export function revisionOptions(stored: number | null | undefined): SelectOption<number | null>[] {
  const options: SelectOption<number | null>[] = [
    { value: null, label: T.revisionNotStated },
    ...REVISION_INTERVALS.map(({ months, label }) => ({ value: months, label })),
  ];
  if (stored != null && !REVISION_INTERVALS.some((interval) => interval.months === stored)) {
    options.push({ value: stored, label: revisionIntervalLabel(stored) });
  }
  return options;
}

/** "Gäller tills vidare": no end date; unticked, the period gets one again (one mandatperiod). */
function OpenEndedField({ openEnded: checked }: { openEnded: boolean }) {
  const { update, commit, locked } = useEditor();
  return (
    <CheckboxField
      id={OPEN_ENDED_ID}
      label={T.openEnded}
      checked={checked}
      disabled={locked}
      onChange={(openEnded) => {
        update((d) => setOpenEnded(d, openEnded, `${firstYear(new Date())}-01-01`));
        commit();
      }}
    />
  );
}

/** Grunduppgifter: what the document is called, when it applies, where, and who stands behind it. */
export const BasicsSection = memo(function BasicsSection() {
  const kind = useDraft((d) => d.kind);
  const period = useDraft((d) => d.period);
  const geographicFocus = useDraft((d) => Boolean(d.geographicFocus?.trim()));
  const shown = BASICS[kind];
  const { end, revisionMonths } = period;
  const openEnded = shown.openEnded && end === null;
  return (
    <EditorSection id={SECTION_IDS.basics} heading={SECTION_TEXT.names.basics} intro={T.intro}>
      <TextField path={['title']} label={T.title} hint={T.titleHint[kind]} />
      <fieldset className={classNames(fieldStyles.fieldset, fieldStyles.inline)} aria-describedby="period-hint">
        <legend className={fieldStyles.legend}>{T.periodLegend[kind]}</legend>
        <p className={classNames(fieldStyles.hint, fieldStyles.fieldsetHint)} id="period-hint">
          {T.periodHint[kind]}
        </p>
        <div className={fieldStyles.row}>
          <DateField path={['period', 'start']} label={T.start} />
          {!openEnded && <DateField path={['period', 'end']} label={T.end} error={isReversed(period) ? T.endBeforeStart : undefined} />}
        </div>
        {shown.openEnded && <OpenEndedField openEnded={end === null} />}
        {/* Shown while it is open-ended, and whenever an interval is stored, so nothing printed is hidden. */}
        {shown.openEnded && (openEnded || revisionMonths != null) && (
          <SelectField
            path={['period', 'revisionMonths']}
            label={T.revision}
            hint={T.revisionHint}
            options={revisionOptions(revisionMonths)}
            className={styles.revision}
          />
        )}
      </fieldset>
      {(shown.geographicFocus || geographicFocus) && (
        <TextField path={['geographicFocus']} label={T.geographicFocus} hint={T.geographicFocusHint} className={fieldStyles.spaced} />
      )}
      {shown.agreementLink && <AgreementLinkField />}
      <Parties />
    </EditorSection>
  );
});
