import { useEffect, useRef, useState } from 'react';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { START_TEXT } from '../../shared/i18n/start';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { editorHref, navigate } from '../routing';
import styles from './start.module.css';
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

/**
 * The bundled examples: choosing one stores a copy as a new draft
 * (`createFromExample`) and opens it. The example itself never changes.
 */
export function ExampleList({ onClose }: { onClose: () => void }) {
  const { load } = useLoad(() => api.listExamples(), []);
  const [opening, setOpening] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const open = async (id: string) => {
    setOpening(id);
    setProblem(null);
    try {
      const draft = await api.createFromExample(id);
      navigate(editorHref(draft.id));
    } catch (error) {
      setProblem(messageOf(error));
      setOpening(null);
    }
  };

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
                className={styles.example}
                disabled={opening !== null}
                aria-describedby={`example-${example.id}-kind`}
                onClick={() => void open(example.id)}
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
      {opening && <BusyNote text={START_TEXT.creating} />}
      {problem && <ErrorNotice message={START_TEXT.exampleFailed(problem)} />}
    </section>
  );
}
