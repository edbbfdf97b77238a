import { useId, type ReactNode } from 'react';
import { changeParts, type Change } from '../../shared/draft/changes';
import type { PathStep } from '../../shared/draft/draft-items';
import type { Draft } from '../../shared/draft/schema';
import { CHANGE_LIST_TEXT as T, MERGE_TEXT } from '../../shared/i18n/merge';
import { EDITOR_SECTIONS, sectionOf, type EditorSectionDef } from '../editor/sections';
import { TextDiff } from './text-diff';
import styles from './change-list.module.css';

export interface ChangeListProps {
  from: Draft;
  to: Draft;
  /** describeChanges(from, to) (shared/draft/changes.ts), or a subset of it. */
  changes: readonly Change[];
  /** An extra control per change, e.g. "Ta" / "Lämna" in "Ta emot ändringar"; `index` is the change's index in `changes`. */
  action?: (change: Change, index: number) => ReactNode;
  /** The level of the section headings (default 3). */
  headingLevel?: 2 | 3 | 4;
}

interface Group {
  /** null: a field no section of the editor shows. */
  section: EditorSectionDef | null;
  entries: { change: Change; index: number }[];
}

/**
 * The changes from one version of a draft to another, grouped under the
 * editor's sections in the editor's order (so the user finds them where
 * they edit them), each as its line of shared/draft/changes.ts; a changed
 * text shows its words added and removed ({@link TextDiff}), an added item
 * its text as added, a removed one as removed.
 */
export function ChangeList({ from, to, changes, action, headingLevel = 3 }: ChangeListProps) {
  const id = useId();
  if (changes.length === 0) return <p className={styles.none}>{T.none}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={styles.groups}>
      {groupBySection(changes, from, to).map(({ section, entries }, g) => (
        <section key={section?.key ?? ''} className={styles.group} aria-labelledby={`${id}-${g}`}>
          <Heading className={styles.heading} id={`${id}-${g}`}>
            {section ? section.name(to.kind) : T.other}
          </Heading>
          <ul className={styles.list}>
            {entries.map(({ change, index }) => (
              <li key={index} className={styles.change}>
                <ChangeView change={change} from={from} to={to} />
                {action && <div className={styles.action}>{action(change, index)}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChangeView({ change, from, to }: { change: Change; from: Draft; to: Draft }) {
  const { head, text, details } = changeParts(change, from, to);
  return (
    <div className={styles.body}>
      <p className={styles.head}>{head}</p>
      {text && (
        <p className={styles.text}>
          <TextDiff from={text.from} to={text.to} />
        </p>
      )}
      {details.length > 0 && <p className={styles.details}>{details.join(MERGE_TEXT.fieldsSeparator)}</p>}
    </div>
  );
}

/**
 * The changes by the editor's section of their field, in the editor's order;
 * what no section shows last. A comment's change goes with what it is about
 * (a comment on the löftesmening under Löftet), where the editor shows it.
 */
function groupBySection(changes: readonly Change[], from: Draft, to: Draft): Group[] {
  const sections = EDITOR_SECTIONS[to.kind];
  const groups = new Map<EditorSectionDef | null, Group>();
  changes.forEach((change, index) => {
    const section = sectionOf([String(placeOf(change, from, to)[0])], sections);
    const group = groups.get(section) ?? { section, entries: [] };
    group.entries.push({ change, index });
    groups.set(section, group);
  });
  const order = (group: Group) => (group.section ? sections.indexOf(group.section) : sections.length);
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** Where a change is in the draft: its path, or for a comment's, the comment's target. */
function placeOf(change: Change, from: Draft, to: Draft): readonly PathStep[] {
  const [list, step] = change.path;
  if (list !== 'comments' || typeof step !== 'object') return change.path;
  const comment = [...(to.comments ?? []), ...(from.comments ?? [])].find((c) => c.id === step.id);
  return comment?.target ?? change.path;
}
