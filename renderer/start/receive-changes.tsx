import { useId, useMemo, useState, type ReactNode } from 'react';
import { changeLines, conflictLine, conflictValue, type Change } from '../../shared/draft/changes';
import type { Conflict } from '../../shared/draft/schema';
import { LIMITS } from '../../shared/draft/limits';
import { isTextConflict } from '../../shared/draft/merge';
import { formatTimestamp } from '../../shared/calendar';
import { IMPORT_TEXT, RECEIVE_TEXT as T } from '../../shared/i18n/sharing';
import type { ImportPreview, ReceiveChoices, ReceivePreview } from '../../shared/ipc/contract';
import { classNames } from '../class-names';
import { BusyButton } from '../components/busy-button';
import { BusyNote } from '../components/busy-note';
import { ChangeList } from '../components/change-list';
import { ConflictVersions } from '../components/conflict-versions';
import { ErrorNotice } from '../components/error-notice';
import fieldStyles from '../editor/fields.module.css';
import styles from './receive-changes.module.css';

/** How one conflict is to be settled, as the page holds it: "Skriv en egen" keeps its text beside it. */
export type ConflictPick = 'ours' | 'theirs' | 'own' | 'later';

/** The text "Skriv en egen" starts from: ours (a {@link isTextConflict} has one). */
const startingText = (conflict: Conflict) => (typeof conflict.ours === 'string' ? conflict.ours : '');

/**
 * The user's choices as completeImport('receive') takes them: the indexes
 * of the changes left, and a choice for each conflict not left for later
 * (one with none stays open in the draft).
 */
export function receiveChoices(
  conflicts: readonly Conflict[],
  leave: ReadonlySet<number>,
  picks: Readonly<Record<number, ConflictPick>>,
  texts: Readonly<Record<number, string>>,
): ReceiveChoices {
  return {
    leave: [...leave].sort((a, b) => a - b),
    conflicts: conflicts.flatMap((conflict, i) => {
      const pick = picks[i] ?? 'later';
      if (pick === 'later') return [];
      return [{ path: conflict.path, choice: pick === 'own' ? { text: texts[i] ?? startingText(conflict) } : pick }];
    }),
  };
}

/**
 * "Ta emot ändringar": a file of a draft the library has. What the other
 * party changed (since the common version, or, two-way, every difference,
 * said so), each change with "Ta med" to take or leave it; each conflict
 * with both versions side by side and a choice; then "Ta emot valda
 * ändringar", or the plain "Behåll båda"/"Ersätt". The choices live here
 * until the draft is stored: a failure shows its message and leaves them
 * as they were, with focus on the button pressed.
 */
export function ReceiveChanges({
  preview,
  receive,
  busy,
  problem,
  onComplete,
  onClose,
  otherChoices,
}: {
  preview: ImportPreview;
  receive: ReceivePreview;
  busy: boolean;
  /** The last attempt's failure (a Swedish message), or null. */
  problem: string | null;
  onComplete: (mode: 'copy' | 'replace' | 'receive', choices?: ReceiveChoices) => void;
  onClose: () => void;
  /** "Behåll båda" and "Ersätt" as the import offers them, given what a press of one does. */
  otherChoices: (choose: (mode: 'copy' | 'replace') => void) => ReactNode;
}) {
  const [leave, setLeave] = useState<ReadonlySet<number>>(new Set());
  const [picks, setPicks] = useState<Record<number, ConflictPick>>({});
  const [texts, setTexts] = useState<Record<number, string>>({});
  /** What the last press asked for: a failure's message says what could not be done. */
  const [asked, setAsked] = useState<'copy' | 'replace' | 'receive'>('receive');
  const lines = useMemo(() => changeLines(receive.changes, receive.base, receive.theirs), [receive]);
  const existing = preview.existing;
  const title = (existing?.title ?? receive.ours.title).trim() || IMPORT_TEXT.untitled;
  const hintId = useId();
  /** A file with nothing to take (the same version again): no "Ta emot valda ändringar", only the other ways and Avbryt. */
  const nothing = receive.changes.length === 0 && receive.conflicts.length === 0;

  const toggle = (index: number, taken: boolean) =>
    setLeave((before) => {
      const next = new Set(before);
      if (taken) next.delete(index);
      else next.add(index);
      return next;
    });
  const complete = (mode: 'copy' | 'replace' | 'receive') => {
    setAsked(mode);
    onComplete(mode, mode === 'receive' ? receiveChoices(receive.conflicts, leave, picks, texts) : undefined);
  };

  return (
    <div className={styles.receive}>
      <p className={styles.text}>{T.intro(preview.fileName, title, formatTimestamp(existing?.updatedAt ?? receive.ours.updatedAt))}</p>
      <p className={styles.summary}>{receive.summary}</p>
      {receive.sender && <p className={styles.text}>{T.sender(receive.sender)}</p>}
      {(receive.intoRevision || receive.ours.id !== preview.existing?.id) && (
        <div className={classNames('notice notice--block', styles.aside)}>
          <p className={styles.noticeHeading}>{T.signedHeading}</p>
          <p>{receive.intoRevision ? T.signed : T.openRevision(receive.ours.title.trim() || IMPORT_TEXT.untitled)}</p>
        </div>
      )}
      {receive.comparison === 'three-way' ? (
        receive.commonSavedAt && <p className={styles.text}>{T.threeWay(formatTimestamp(receive.commonSavedAt))}</p>
      ) : (
        <div className={classNames('notice notice--warning notice--block', styles.aside)}>
          <p className={styles.noticeHeading}>{T.twoWayHeading}</p>
          <p>{T.twoWay}</p>
        </div>
      )}

      <section className={styles.part} aria-labelledby="receive-changes-heading">
        <h3 className={styles.partHeading} id="receive-changes-heading">
          {T.changesHeading(receive.changes.length)}
        </h3>
        {receive.changes.length === 0 ? (
          <p className={styles.text}>{T.noChanges}</p>
        ) : (
          <>
            <p className={styles.text}>{T.changesIntro}</p>
            <ChangeList
              from={receive.base}
              to={receive.theirs}
              changes={receive.changes}
              headingLevel={4}
              action={(_change: Change, index: number) => (
                <label className={styles.take}>
                  <input type="checkbox" checked={!leave.has(index)} disabled={busy} onChange={(event) => toggle(index, event.target.checked)} />
                  {/* Named whole by what it takes, with its visible words first (a separate hidden part gets a space of its own in some browsers). */}
                  <span aria-hidden="true">{T.take}</span>
                  <span className="visually-hidden">{T.takeWhat(lines[index])}</span>
                </label>
              )}
            />
          </>
        )}
      </section>

      {receive.conflicts.length > 0 && (
        <section className={styles.part} aria-labelledby="receive-conflicts-heading">
          <h3 className={styles.partHeading} id="receive-conflicts-heading">
            {T.conflictsHeading(receive.conflicts.length)}
          </h3>
          <p className={styles.text}>{T.conflictsIntro}</p>
          <ol className={styles.conflicts}>
            {receive.conflicts.map((conflict, i) => (
              <ConflictChoice
                key={`${i}:${JSON.stringify(conflict.path)}`}
                id={`receive-conflict-${i}`}
                conflict={conflict}
                receive={receive}
                position={T.position(i + 1, receive.conflicts.length)}
                pick={picks[i] ?? 'later'}
                text={texts[i] ?? startingText(conflict)}
                busy={busy}
                onPick={(pick) => setPicks((before) => ({ ...before, [i]: pick }))}
                onText={(text) => setTexts((before) => ({ ...before, [i]: text }))}
              />
            ))}
          </ol>
        </section>
      )}

      {problem && !busy && <ErrorNotice message={asked === 'receive' ? T.failed(problem) : IMPORT_TEXT.failed(problem)} />}
      <div className={classNames('button-row', styles.actions)}>
        {!nothing && (
          <BusyButton type="button" className="button button--primary" busy={busy} aria-describedby={hintId} onClick={() => complete('receive')}>
            {receive.intoRevision ? T.receiveIntoRevision : T.receive}
          </BusyButton>
        )}
        <BusyButton type="button" className="button button--quiet" busy={busy} onClick={onClose}>
          {IMPORT_TEXT.cancel}
        </BusyButton>
      </div>
      {!nothing && (
        <p className={styles.hint} id={hintId}>
          {receive.intoRevision ? T.receiveIntoRevisionHint : T.receiveHint}
        </p>
      )}
      {busy && <BusyNote text={asked === 'receive' ? T.receiving : IMPORT_TEXT.importing} />}

      <section className={styles.part} aria-labelledby="receive-other-heading">
        <h3 className={styles.partHeading} id="receive-other-heading">
          {T.otherChoices}
        </h3>
        {otherChoices(complete)}
      </section>
    </div>
  );
}

/** One conflict: where it is, both versions side by side, and the choice as radio buttons ("Bestäm senare" until one is made). */
function ConflictChoice({
  id,
  conflict,
  receive,
  position,
  pick,
  text,
  busy,
  onPick,
  onText,
}: {
  id: string;
  conflict: Conflict;
  receive: ReceivePreview;
  position: string;
  pick: ConflictPick;
  text: string;
  busy: boolean;
  onPick: (pick: ConflictPick) => void;
  onText: (text: string) => void;
}) {
  const own = isTextConflict(conflict);
  const options: ConflictPick[] = own ? ['ours', 'theirs', 'own', 'later'] : ['ours', 'theirs', 'later'];
  return (
    <li className={styles.conflict}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.place}>
          {conflictLine(conflict, receive.ours)} <span className="visually-hidden">({position})</span>
        </legend>
        <ConflictVersions
          ours={conflictValue(conflict, 'ours', receive.ours)}
          theirs={conflictValue(conflict, 'theirs', receive.theirs)}
          labels={{ ours: T.ours, theirs: T.theirs }}
        />
        <div className={styles.options}>
          {options.map((option) => (
            <label key={option} className={styles.option}>
              <input type="radio" name={id} value={option} checked={pick === option} disabled={busy} onChange={() => onPick(option)} />
              {T.choice[option]}
            </label>
          ))}
        </div>
        {own && pick === 'own' && (
          <label className={styles.own}>
            <span className={styles.ownLabel}>
              {T.ownLabel} <span className="visually-hidden">({position})</span>
            </span>
            <textarea
              className={classNames(fieldStyles.input, fieldStyles.multiline)}
              rows={4}
              maxLength={LIMITS.textChars}
              value={text}
              readOnly={busy}
              onChange={(event) => onText(event.target.value)}
            />
          </label>
        )}
      </fieldset>
    </li>
  );
}
