import { useState } from 'react';
import { flushSync } from 'react-dom';
import { conflictLine, conflictValue } from '../../shared/draft/changes';
import { indexPath } from '../../shared/draft/draft-items';
import { resolveConflict } from '../../shared/draft/merge';
import { CONFLICT_PANEL_TEXT as T } from '../../shared/i18n/merge';
import { ConflictVersions } from '../components/conflict-versions';
import { focusField } from './draft-paths';
import { useDraft, useDraftAsOf, useEditor } from './editor-context';
import styles from './conflicts-panel.module.css';

const HEADING_ID = 'conflicts-heading';

/**
 * Above the form while a merge (`cli merge`, later "Ta emot ändringar") has
 * left conflicts open: each where it is, what the draft holds and what the
 * other version has, and a choice between them. A choice is one change undo
 * takes back; each open conflict is also a readiness error. Nothing while
 * there is none.
 */
export function ConflictsPanel() {
  const count = useDraft((draft) => draft.conflicts?.length ?? 0, undefined, ['conflicts']);
  const [done, setDone] = useState(false);
  if (count === 0) {
    return done ? (
      <p className="visually-hidden" role="status">
        {T.done}
      </p>
    ) : null;
  }
  return <OpenConflicts onAllChosen={() => setDone(true)} />;
}

function OpenConflicts({ onAllChosen }: { onAllChosen: () => void }) {
  // What names a conflict's place: the lists and fields its paths lead through.
  const draft = useDraftAsOf(['conflicts', 'activities', 'parties', 'focusAreas', 'signatories', 'attachments', 'basis', 'groups', 'kind']);
  const { latest, update, commit, requestFocus, reveal, locked } = useEditor();
  const conflicts = draft.conflicts ?? [];
  const choose = (index: number, choice: 'ours' | 'theirs') => {
    const { path } = conflicts[index];
    // Rendered at once, so that the field the chosen version went into is there to take focus.
    flushSync(() => {
      update((d) => resolveConflict(d, index, choice));
      commit();
    });
    if (conflicts.length > 1) {
      requestFocus(HEADING_ID);
      return;
    }
    onAllChosen();
    // The panel is gone: focus goes where the chosen version now is, to read it over or edit it (the page's heading when it is nowhere).
    const at = indexPath(latest(), path);
    reveal(at);
    if (!focusField(at)) document.querySelector<HTMLElement>('#main h1')?.focus();
  };
  return (
    <section className={styles.panel} aria-labelledby={HEADING_ID}>
      <h2 className={styles.heading} id={HEADING_ID} tabIndex={-1}>
        {T.heading(conflicts.length)}
      </h2>
      <p className={styles.intro}>{T.intro}</p>
      <ol className={styles.list}>
        {conflicts.map((conflict, i) => (
          <ConflictChoice
            key={`${i}:${JSON.stringify(conflict.path)}`}
            id={`conflict-${i}`}
            place={conflictLine(conflict, draft)}
            ours={conflictValue(conflict, 'ours', draft)}
            theirs={conflictValue(conflict, 'theirs', draft)}
            position={T.position(i + 1, conflicts.length)}
            locked={locked}
            onChoose={(choice) => choose(i, choice)}
          />
        ))}
      </ol>
    </section>
  );
}

function ConflictChoice({ id, place, ours, theirs, position, locked, onChoose }: {
  id: string;
  place: string;
  ours: string;
  theirs: string;
  position: string;
  locked: boolean;
  onChoose: (choice: 'ours' | 'theirs') => void;
}) {
  return (
    <li className={styles.item} aria-labelledby={`${id}-place`}>
      <p className={styles.place} id={`${id}-place`}>
        {place} <span className="visually-hidden">({position})</span>
      </p>
      <ConflictVersions ours={ours} theirs={theirs} labels={T} />
      {!locked && (
        <div className="button-row">
          <button type="button" className="button button--small" aria-describedby={`${id}-place`} onClick={() => onChoose('ours')}>
            {T.keepOurs}
          </button>
          <button type="button" className="button button--small" aria-describedby={`${id}-place`} onClick={() => onChoose('theirs')}>
            {T.takeTheirs}
          </button>
        </div>
      )}
    </li>
  );
}
