import type { ReactNode } from 'react';

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
    <section className="editor-section" id={id} aria-labelledby={headingId}>
      <h2 className="editor-section__heading" id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {intro && <p className="editor-section__intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A part of a section with its own heading (the parties under Grunduppgifter). */
export function EditorSubsection({ id, heading, intro, children }: EditorSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="editor-subsection" id={id} aria-labelledby={headingId}>
      <h3 className="editor-subsection__heading" id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      {intro && <p className="editor-section__intro">{intro}</p>}
      {children}
    </section>
  );
}
