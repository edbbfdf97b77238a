import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { CHANGE_LIST_TEXT as T } from '../../shared/i18n/merge';
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
  const parts = useMemo(() => diffWordsWithSpace(from, to), [from, to]);
  return (
    <span className={styles.text}>
      {parts.map((part, i) => {
        if (!part.added && !part.removed) return <span key={i}>{part.value}</span>;
        const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.value) ?? ['', '', part.value, ''];
        if (!words) return part.added ? <span key={i}>{part.value}</span> : null;
        const Mark = part.added ? 'ins' : 'del';
        return (
          <span key={i}>
            {before}
            <Mark className={part.added ? styles.inserted : styles.deleted}>
              <span className="visually-hidden">{part.added ? T.insertedStart : T.deletedStart}</span>
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
