import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DraftSummary } from '../../shared/draft/schema';
import type { ImportPreview, ReceiveChoices } from '../../shared/ipc/contract';
import { formatPeriod, formatTimestamp } from '../../shared/calendar';
import { IMPORT_TEXT, RECEIVE_TEXT } from '../../shared/i18n/sharing';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { editorHref, navigate } from '../routing';
import { messageOf } from '../components/messages';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import styles from './start.module.css';
import { BusyNote } from '../components/busy-note';
import { BusyButton } from '../components/busy-button';
import { ReceiveChanges } from './receive-changes';

const T = IMPORT_TEXT;

/**
 * How a picked file goes into the library: as a new draft, over the draft
 * with its id, or the other party's changes taken into it as chosen in "Ta
 * emot ändringar" (the choices go with it).
 */
export type ImportMode = 'copy' | 'replace' | 'receive';

/** Where the import stands: nothing open, the file dialog, a preview waiting for a choice, storing, or a refused file. */
export type ImportState =
  | { step: 'closed' }
  | { step: 'picking' }
  | { step: 'preview'; preview: ImportPreview; problem: string | null }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'refused'; message: string };

/** Whether "Ersätt" is allowed: a signed draft is never replaced. */
export const canReplace = (existing: DraftSummary) => existing.status !== 'undertecknad';

/** The import's state and steps; the start page renders its button and panel. */
export function useDraftImport() {
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** Set when the panel closes (or the dialog is cancelled): focus goes back to the button once it is rendered enabled. */
  const returnFocus = useRef(false);

  useEffect(() => {
    if (state.step !== 'closed' || !returnFocus.current) return;
    returnFocus.current = false;
    buttonRef.current?.focus();
  }, [state]);

  const pick = useCallback(async () => {
    setState({ step: 'picking' });
    try {
      const preview = await api.pickImport();
      returnFocus.current = !preview;
      setState(preview ? { step: 'preview', preview, problem: null } : { step: 'closed' });
    } catch (error) {
      setState({ step: 'refused', message: messageOf(error) });
    }
  }, []);

  const complete = useCallback(async (preview: ImportPreview, mode: ImportMode, choices?: ReceiveChoices) => {
    setState({ step: 'importing', preview });
    try {
      // No third argument without choices: the test hosts carry the arguments as JSON, where an undefined one arrives as null.
      const draft = await (choices ? api.completeImport(preview.token, mode, choices) : api.completeImport(preview.token, mode));
      navigate(editorHref(draft.id));
    } catch (error) {
      setState({ step: 'preview', preview, problem: messageOf(error) });
    }
  }, []);

  const close = useCallback(() => {
    returnFocus.current = true;
    setState({ step: 'closed' });
  }, []);

  return { state, buttonRef, pick, complete, close };
}

/** "Importera utkast": opens the file dialog. */
export function ImportButton({ state, buttonRef, onPick }: { state: ImportState; buttonRef: RefObject<HTMLButtonElement | null>; onPick: () => void }) {
  const busy = state.step === 'picking' || state.step === 'importing';
  return (
    <BusyButton
      type="button"
      ref={buttonRef}
      className="button button--secondary"
      busy={busy}
      onClick={onPick}
    >
      {T.button}
    </BusyButton>
  );
}

/** What the file holds: title, kind, period and status (as it will be stored: an utkast). */
function PreviewFacts({ draft }: { draft: DraftSummary }) {
  const F = T.fields;
  return (
    <dl className={styles.facts}>
      <dt>{F.title}</dt>
      <dd className={styles.importTitle}>{draft.title.trim() || T.untitled}</dd>
      <dt>{F.kind}</dt>
      <dd>{KIND_LABEL[draft.kind]}</dd>
      <dt>{F.period}</dt>
      <dd>{formatPeriod(draft.period) || T.noPeriod}</dd>
      <dt>{F.status}</dt>
      <dd>
        <StatusTag status={draft.status} />
      </dd>
    </dl>
  );
}

/**
 * A refused file's message: its first line says what is wrong; an invalid
 * file's message lists its problems on the following lines ("  – titel: …").
 */
export function splitRefusal(message: string): { summary: string; problems: string[] } {
  const [summary = '', ...rest] = message.split('\n');
  const problems = rest.map((line) => line.replace(/^\s*[–-]?\s*/, '')).filter(Boolean);
  return { summary, problems };
}

/** Why the file was refused, announced at once, with the file's problems as a list. */
function Refusal({ message }: { message: string }) {
  const { summary, problems } = splitRefusal(message);
  return (
    <div className="notice notice--error notice--block" role="alert">
      <p className="notice__text">{T.refused(summary)}</p>
      {problems.length > 0 && (
        <ul className={styles.problems}>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** With a draft of the same id in the library: "Behåll båda" or "Ersätt" (never over a signed one). */
function ExistingChoice({ existing, busy, onChoose }: { existing: DraftSummary; busy: boolean; onChoose: (mode: ImportMode) => void }) {
  return (
    <>
      <p className={styles.question}>{T.existing(existing.title.trim() || T.untitled, formatTimestamp(existing.updatedAt))}</p>
      <KeepOrReplace existing={existing} busy={busy} keepBothFirst onChoose={onChoose} />
    </>
  );
}

/**
 * "Behåll båda" and "Ersätt", each with what it does: the choice for a draft
 * the library has (`keepBothFirst`: then "Behåll båda" is the primary
 * button), and "Ta emot ändringar"'s other ways.
 */
function KeepOrReplace({ existing, busy, keepBothFirst = false, onChoose }: {
  existing: DraftSummary;
  busy: boolean;
  keepBothFirst?: boolean;
  onChoose: (mode: 'copy' | 'replace') => void;
}) {
  const replaceable = canReplace(existing);
  return (
    <div className={styles.choices}>
      <div className={styles.choice}>
        <BusyButton
          type="button"
          className={keepBothFirst ? 'button button--primary' : 'button button--secondary'}
          busy={busy}
          aria-describedby="import-copy-hint"
          onClick={() => onChoose('copy')}
        >
          {T.keepBoth}
        </BusyButton>
        <p className={styles.importHint} id="import-copy-hint">
          {T.keepBothHint}
        </p>
      </div>
      <div className={styles.choice}>
        <BusyButton
          type="button"
          className="button button--secondary"
          busy={busy || !replaceable}
          aria-describedby="import-replace-hint"
          onClick={() => onChoose('replace')}
        >
          {T.replace}
        </BusyButton>
        <p className={styles.importHint} id="import-replace-hint">
          {replaceable ? T.replaceHint : T.replaceSigned}
        </p>
      </div>
    </div>
  );
}

/**
 * The import's panel below the start page's buttons: what the picked file
 * holds and the choice to make, or why the file was refused. It takes focus
 * when it opens; Avbryt, Stäng and Escape close it and give focus back to
 * "Importera utkast".
 */
export function ImportPanel({
  state,
  onComplete,
  onPickAgain,
  onClose,
}: {
  state: ImportState;
  onComplete: (preview: ImportPreview, mode: ImportMode, choices?: ReceiveChoices) => void;
  onPickAgain: () => void;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = state.step === 'preview' || state.step === 'importing' || state.step === 'refused';
  const shownKey = state.step === 'refused' ? `refused:${state.message}` : 'preview' in state ? state.preview.token : '';

  useEffect(() => {
    if (open) headingRef.current?.focus();
    // Once per file shown (or per refusal), not on every step of the same one.
  }, [open, shownKey]);

  if (state.step === 'picking') {
    return <BusyNote text={T.picking} />;
  }
  if (!open) return null;
  const busy = state.step === 'importing';
  // "Ta emot ändringar" for a file of a draft the library has (a signed one: into a new revision of it).
  const receive = state.step !== 'refused' && state.preview.existing ? state.preview.receive : null;

  return (
    <section
      className={classNames(styles.importPanel, receive && styles.receivePanel)}
      aria-labelledby="import-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 className={styles.importHeading} id="import-heading" tabIndex={-1} ref={headingRef}>
        {receive ? RECEIVE_TEXT.heading : T.heading}
      </h2>
      {state.step === 'refused' ? (
        <>
          <Refusal message={state.message} />
          <p className={styles.importText}>{T.refusedHelp}</p>
          <div className={classNames('button-row', styles.importActions)}>
            <button type="button" className="button button--secondary" onClick={onPickAgain}>
              {T.tryAnother}
            </button>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {T.close}
            </button>
          </div>
        </>
      ) : receive && state.preview.existing ? (
        <ReceiveChanges
          key={state.preview.token}
          preview={state.preview}
          receive={receive}
          busy={busy}
          problem={state.step === 'preview' ? state.problem : null}
          onComplete={(mode, choices) => onComplete(state.preview, mode, choices)}
          onClose={onClose}
          otherChoices={(choose) => <KeepOrReplace existing={state.preview.existing!} busy={busy} onChoose={choose} />}
        />
      ) : (
        <>
          <p className={styles.importText}>{T.fromFile(state.preview.fileName)}</p>
          <PreviewFacts draft={state.preview.draft} />
          {state.preview.fileStatus !== 'utkast' && <p className={styles.importText}>{T.statusNotKept(state.preview.fileStatus)}</p>}
          {state.preview.existing && (
            <ExistingChoice existing={state.preview.existing} busy={busy} onChoose={(mode) => onComplete(state.preview, mode)} />
          )}
          {!state.preview.existing && (
            <p className={styles.importText} id="import-new-hint">
              {T.importHint}
            </p>
          )}
          <div className={classNames('button-row', styles.importActions)}>
            {!state.preview.existing && (
              <BusyButton
                type="button"
                className="button button--primary"
                busy={busy}
                aria-describedby="import-new-hint"
                onClick={() => onComplete(state.preview, 'copy')}
              >
                {T.importButton}
              </BusyButton>
            )}
            <BusyButton type="button" className="button button--quiet" busy={busy} onClick={onClose}>
              {T.cancel}
            </BusyButton>
          </div>
          {busy && <BusyNote text={T.importing} />}
          {state.step === 'preview' && state.problem && <ErrorNotice message={T.failed(state.problem)} />}
        </>
      )}
    </section>
  );
}
