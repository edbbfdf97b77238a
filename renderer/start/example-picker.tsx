import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatPeriod, formatPeriodYears } from '../../shared/calendar';
import { exampleChoiceProblems, examplePeriod } from '../../shared/draft/from-example';
import { firstYear } from '../../shared/draft/new-draft';
import { municipalityPartyName } from '../../shared/draft/party-names';
import type { ExampleSummary } from '../../shared/ipc/contract';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { EXAMPLE_FORM_TEXT, START_TEXT } from '../../shared/i18n/start';
import { LIMITS } from '../../shared/draft/limits';
import { api } from '../api';
import { classNames } from '../class-names';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { FieldFrame } from '../editor/fields';
import fieldStyles from '../editor/fields.module.css';
import { editorHref, navigate } from '../routing';
import styles from './start.module.css';
import formStyles from './example-picker.module.css';
import { BusyNote } from '../components/busy-note';

const PANEL_ID = 'example-list';

/** The "Starta från exempel" button; it opens the list of examples that `ExampleList` shows. */
export function ExampleButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={PANEL_ID} onClick={onToggle}>
      {START_TEXT.fromExample}
    </button>
  );
}

const exampleButtonId = (id: string) => `example-${id}`;

/**
 * The bundled examples. Choosing one asks whose draft it is to be
 * (`ExampleForm`); the answers go into a new draft made from the example
 * (`createFromExample`, shared/draft/from-example.ts), which then opens.
 * The example itself never changes.
 */
export function ExampleList({ onClose }: { onClose: () => void }) {
  const { load } = useLoad(() => api.listExamples(), []);
  const [chosen, setChosen] = useState<ExampleSummary | null>(null);
  /** The example whose button gets the focus back when its form is left. */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (!chosen && returnTo) document.getElementById(exampleButtonId(returnTo))?.focus();
  }, [chosen, returnTo]);

  return (
    <section className={styles.examples} id={PANEL_ID} aria-labelledby="examples-heading">
      <div className={styles.examplesTop}>
        <h2 className={styles.examplesHeading} id="examples-heading" tabIndex={-1} ref={headingRef}>
          {START_TEXT.examplesHeading}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {START_TEXT.closeExamples}
        </button>
      </div>
      {chosen ? (
        <ExampleForm
          example={chosen}
          onBack={() => {
            setReturnTo(chosen.id);
            setChosen(null);
          }}
        />
      ) : (
        <>
          <p className={styles.examplesIntro}>{START_TEXT.examplesIntro}</p>
          {load.kind === 'loading' && <p className="loading">{START_TEXT.examplesLoading}</p>}
          {load.kind === 'failed' && <ErrorNotice message={START_TEXT.examplesFailed(load.message)} />}
          {load.kind === 'loaded' && load.value.length === 0 && <p className={styles.examplesEmpty}>{START_TEXT.examplesEmpty}</p>}
          {load.kind === 'loaded' && load.value.length > 0 && (
            <ul className={styles.examplesList}>
              {load.value.map((example) => (
                <li key={example.id}>
                  <button
                    type="button"
                    id={exampleButtonId(example.id)}
                    className={styles.example}
                    aria-describedby={`example-${example.id}-kind`}
                    onClick={() => setChosen(example)}
                  >
                    <span className={styles.exampleTitle}>{example.title}</span>
                    {/* Not part of the button's name (the title is), but its description. */}
                    <span className={styles.exampleKind} id={`example-${example.id}-kind`} aria-hidden="true">
                      {KIND_LABEL[example.kind]}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

const FIELDS = ['municipality', 'policeArea', 'startYear'] as const;
type Field = (typeof FIELDS)[number];
const fieldId = (field: Field) => `example-choice-${field}`;

/**
 * Whose draft the example is to become: the municipality, the
 * lokalpolisområde and the first year (this year, or the next from October,
 * as for a new draft). The hints show what goes in: the party's name and the
 * period. Checked when sent; a field found wrong is checked again as it
 * changes, and the first wrong one gets the focus.
 */
function ExampleForm({ example, onBack }: { example: ExampleSummary; onBack: () => void }) {
  const [values, setValues] = useState<Record<Field, string>>({ municipality: '', policeArea: '', startYear: String(firstYear(new Date())) });
  const [checked, setChecked] = useState(false);
  const [creating, setCreating] = useState(false);
  /** Set at once on the first press, before React renders again: a second press in the same moment makes no second draft. */
  const busy = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const problems = checked ? exampleChoiceProblems(values) : {};

  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    setChecked(true);
    const found = exampleChoiceProblems(values);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    busy.current = true;
    setCreating(true);
    setFailure(null);
    try {
      const draft = await api.createFromExample(example.id, {
        municipality: values.municipality.trim(),
        policeArea: values.policeArea.trim(),
        startYear: Number(values.startYear.trim()),
      });
      navigate(editorHref(draft.id));
    } catch (error) {
      setFailure(messageOf(error));
      busy.current = false;
      setCreating(false);
    }
  };

  const place = values.municipality.trim();
  const year = values.startYear.trim();
  const period = /^\d{4}$/u.test(year) ? formatPeriod(examplePeriod(example.period, Number(year))) : '';
  const years = formatPeriodYears(example.period);
  const hints: Record<Field, string> = {
    municipality: place && !problems.municipality ? `${EXAMPLE_FORM_TEXT.municipalityHint} ${EXAMPLE_FORM_TEXT.municipalityParty(municipalityPartyName(place))}` : EXAMPLE_FORM_TEXT.municipalityHint,
    policeArea: EXAMPLE_FORM_TEXT.policeAreaHint,
    startYear: period ? EXAMPLE_FORM_TEXT.startYearHint(period) : EXAMPLE_FORM_TEXT.startYearHintEmpty,
  };
  const labels: Record<Field, string> = {
    municipality: EXAMPLE_FORM_TEXT.municipality,
    policeArea: EXAMPLE_FORM_TEXT.policeArea,
    startYear: EXAMPLE_FORM_TEXT.startYear,
  };

  return (
    <form className={formStyles.form} noValidate aria-labelledby="example-form-heading" onSubmit={(event) => void submit(event)}>
      <h3 className={formStyles.heading} id="example-form-heading" tabIndex={-1} ref={headingRef}>
        {EXAMPLE_FORM_TEXT.heading(example.title)}
      </h3>
      <p className={formStyles.text}>
        {example.municipality && example.policeArea
          ? EXAMPLE_FORM_TEXT.origin(example.municipality, example.policeArea, years)
          : EXAMPLE_FORM_TEXT.originWithoutPlace(years)}
        {example.source && ` ${example.source}`}
      </p>
      <p className={formStyles.text}>{EXAMPLE_FORM_TEXT.intro}</p>
      <div className={formStyles.fields}>
        {FIELDS.map((field) => (
          <FieldFrame key={field} id={fieldId(field)} label={labels[field]} hint={hints[field]} error={problems[field]}>
            {(describedBy) => (
              <input
                id={fieldId(field)}
                type="text"
                className={classNames(fieldStyles.input, field === 'startYear' && formStyles.year)}
                value={values[field]}
                autoComplete="off"
                spellCheck={false}
                inputMode={field === 'startYear' ? 'numeric' : undefined}
                maxLength={field === 'startYear' ? 4 : LIMITS.shortChars}
                aria-invalid={problems[field] ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              />
            )}
          </FieldFrame>
        ))}
      </div>
      <div className={formStyles.actions}>
        {/* Not disabled while the draft is made (the focus would fall to the page); a second press does nothing. */}
        <button type="submit" className="button button--primary">
          {EXAMPLE_FORM_TEXT.submit}
        </button>
        <button type="button" className="button button--quiet" onClick={onBack}>
          {EXAMPLE_FORM_TEXT.back}
        </button>
      </div>
      {creating && <BusyNote text={START_TEXT.creating} />}
      {failure && <ErrorNotice message={START_TEXT.exampleFailed(failure)} />}
    </form>
  );
}
