import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { EditorSection } from '../editor-section';
import { useEditor } from '../editor-context';
import { DateField, TextField } from '../fields';
import { SECTION_IDS } from './section-ids';
import { Parties } from './parties-section';

const T = SECTION_TEXT.basics;

/** Grunduppgifter: what the document is called, when it applies, where, and who stands behind it. */
export function BasicsSection() {
  const { draft } = useEditor();
  const { start, end } = draft.period;
  const endBeforeStart = Boolean(start && end && end < start);
  return (
    <EditorSection id={SECTION_IDS.basics} heading={SECTION_TEXT.names.basics} intro={T.intro}>
      <TextField path={['title']} label={T.title} hint={T.titleHint[draft.kind]} />
      <fieldset className="fieldset fieldset--inline" aria-describedby="period-hint">
        <legend className="fieldset__legend">{T.periodLegend}</legend>
        <p className="field__hint fieldset__hint" id="period-hint">
          {T.periodHint[draft.kind]}
        </p>
        <div className="field-row">
          <DateField path={['period', 'start']} label={T.start} />
          <DateField path={['period', 'end']} label={T.end} error={endBeforeStart ? T.endBeforeStart : undefined} />
        </div>
      </fieldset>
      <TextField path={['geographicFocus']} label={T.geographicFocus} hint={T.geographicFocusHint} className="field--spaced" />
      <Parties />
    </EditorSection>
  );
}
