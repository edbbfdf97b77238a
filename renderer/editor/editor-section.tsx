import type { ReactNode } from 'react';
import styles from './editor-section.module.css';

interface EditorSectionProps {
  /** Anchor id of the section (`section-parties`). */
  id: string;
  heading: string;
  intro?: string;
  children: ReactNode;
}

/**
 * One part of the draft in the editor: a landmark region with a heading and
 * an optional introduction. The heading takes focus when the section
 * navigation leads here.
 */
export function EditorSection({ id, heading, intro, children }: EditorSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={styles.section} id={id} aria-labelledby={headingId}>
      <h2 className={styles.heading} id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}

/** A part of a section with its own heading (the parties under Grunduppgifter). */
export function EditorSubsection({ id, heading, intro, children }: EditorSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={styles.subsection} id={id} aria-labelledby={headingId}>
      <h3 className={styles.subsectionHeading} id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}
