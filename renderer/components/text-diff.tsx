import { diffWordsWithSpace, type Change } from 'diff';
import { useMemo } from 'react';
import { CHANGE_LIST_TEXT as T } from '../../shared/i18n/merge';
import { classNames } from '../class-names';
import styles from './text-diff.module.css';

export interface TextDiffProps {
  from: string;
  to: string;
}

/**
 * The text `to` with the words added since `from` in <ins> and those removed
 * in <del>, word by word (jsdiff's diffWordsWithSpace, so line breaks stay).
 * Not by colour alone: inserted words are underlined, removed ones struck
 * through, and a screen reader hears "[tillagt: …]" / "[borttaget: …]",
 * since most do not announce <ins> and <del>. The spaces around a change are
 * left unmarked, and a change of spacing alone is shown as the new spacing:
 * there is no word to point at.
 */
export function TextDiff({ from, to }: TextDiffProps) {
  const pieces = useMemo(() => runs(diffWordsWithSpace(from, to)), [from, to]);
  return (
    <span className={styles.text}>
      {pieces.map(({ kind, value }, i) => {
        if (kind === 'same') return <span key={i}>{value}</span>;
        const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? ['', '', value, ''];
        if (!words) return kind === 'added' ? <span key={i}>{value}</span> : null;
        const Mark = kind === 'added' ? 'ins' : 'del';
        // Words replaced with no space between ("centrum" → "Järvsö"): a gap, so the two do not read as one word.
        const abutting = kind === 'removed' && !after && pieces[i + 1]?.kind === 'added' && !/^\s/.test(pieces[i + 1].value);
        return (
          <span key={i}>
            {before}
            <Mark className={kind === 'added' ? styles.inserted : classNames(styles.deleted, abutting && styles.replaced)}>
              <span className="visually-hidden">{kind === 'added' ? T.insertedStart : T.deletedStart}</span>
              {words}
              <span className="visually-hidden">{T.end}</span>
            </Mark>
            {after}
          </span>
        );
      })}
    </span>
  );
}

interface Piece {
  kind: 'same' | 'added' | 'removed';
  value: string;
}

/**
 * The diff's parts with each run of changes read as one: jsdiff pairs the
 * words of a rewritten phrase one by one ("tillsammans"→"minska",
 * "öka"→"narkotikan"), which would read as a stutter of marks; the words
 * removed from a run, with the spaces between them, are one <del> and those
 * added one <ins>.
 */
function runs(parts: readonly Change[]): Piece[] {
  const pieces: Piece[] = [];
  const changed = (part: Change | undefined) => Boolean(part && (part.added || part.removed));
  for (let i = 0; i < parts.length; ) {
    if (!changed(parts[i])) {
      pieces.push({ kind: 'same', value: parts[i++].value });
      continue;
    }
    let [removed, added] = ['', ''];
    for (; i < parts.length; i++) {
      const part = parts[i];
      if (part.added) added += part.value;
      else if (part.removed) removed += part.value;
      else if (part.value.trim() === '' && changed(parts[i + 1])) [removed, added] = [removed + part.value, added + part.value];
      else break;
    }
    if (removed) pieces.push({ kind: 'removed', value: removed });
    if (added) pieces.push({ kind: 'added', value: added });
  }
  return pieces;
}
