import { moveFocusInList } from '../components/list-keys';
import { memo, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../shared/draft/readiness';
import type { DraftKind } from '../../shared/draft/schema';
import { EDITOR_TEXT } from '../../shared/i18n/editor';
import { sectionOf, type EditorSectionDef } from './sections';
import { useReadiness } from './readiness-context';
import { classNames } from '../class-names';
import styles from './section-nav.module.css';

/** How far below the top of the window a section counts as the one being read. */
const READING_LINE_PX = 160;

/** Errors and warnings per section, for the badges of the navigation. */
export function countFindings(findings: readonly Finding[], sections: readonly EditorSectionDef[]) {
  const counts = new Map<string, { errors: number; warnings: number }>(sections.map((s) => [s.key, { errors: 0, warnings: 0 }]));
  for (const finding of findings) {
    const section = sectionOf(finding.field, sections);
    const count = section && counts.get(section.key);
    if (!count) continue;
    if (finding.severity === 'error') count.errors++;
    else count.warnings++;
  }
  return counts;
}

/** The section of `list` that holds `element`, if any. */
const sectionHolding = (list: readonly string[], element: Element | null) =>
  (element && list.find((id) => document.getElementById(id)?.contains(element))) ?? null;

/** Whether some of `element` is in the window. */
function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

/**
 * The section being edited: the one that holds focus, while the focused
 * field is on screen; otherwise, as the user scrolls, the one being read
 * (the last one whose top has passed the reading line).
 */
function useCurrentSection(ids: readonly string[]): [string | null, (id: string) => void] {
  const [current, setCurrent] = useState<string | null>(ids[0] ?? null);
  const key = ids.join(' ');
  useEffect(() => {
    const list = key.split(' ');
    let frame = 0;
    const measure = () => {
      frame = 0;
      const focused = document.activeElement;
      const editing = sectionHolding(list, focused);
      if (editing && focused && onScreen(focused)) {
        setCurrent(editing);
        return;
      }
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
      let found = list[0] ?? null;
      for (const id of list) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= READING_LINE_PX) found = id;
      }
      if (atBottom && window.scrollY > 0) found = list[list.length - 1] ?? found;
      setCurrent(found);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const onFocus = (event: FocusEvent) => {
      const editing = sectionHolding(list, event.target as Element | null);
      if (editing) setCurrent(editing);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    document.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      document.removeEventListener('focusin', onFocus);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [key]);
  return [current, setCurrent];
}

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Brings a section into view and moves focus to its heading, so Tab continues from there. */
export function goToSection(id: string): void {
  const section = document.getElementById(id);
  if (!section) return;
  section.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  document.getElementById(`${id}-heading`)?.focus({ preventScroll: true });
}

/**
 * The list of sections at the left of the editor: a button per section that
 * jumps to it, the current one marked, and how many readiness findings each
 * has. The form is one long page; this is its table of contents. It is one
 * Tab stop (roving tabindex): Tab lands on the current section's button, or
 * the one the arrows last moved to, and the arrow keys, Home and End move
 * between the buttons.
 */
export const SectionNav = memo(function SectionNav({ sections, kind }: { sections: readonly EditorSectionDef[]; kind: DraftKind }) {
  const ids = useMemo(() => sections.map((s) => s.id), [sections]);
  const [current, setCurrent] = useCurrentSection(ids);
  // The button the arrows moved to, while focus is in the list; the Tab stop follows it.
  const [roving, setRoving] = useState<string | null>(null);
  const tabStop = roving ?? current ?? ids[0];
  const { findings } = useReadiness();
  const counts = useMemo(() => countFindings(findings, sections), [findings, sections]);
  return (
    <nav className={styles.nav} aria-label={EDITOR_TEXT.navLabel}>
      <ol
        className={styles.list}
        onKeyDown={moveFocusInList}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setRoving(null);
        }}
        aria-describedby="section-nav-hint"
      >
        {sections.map((section) => {
          const { errors, warnings } = counts.get(section.key) ?? { errors: 0, warnings: 0 };
          const summary = EDITOR_TEXT.navFindings(errors, warnings);
          const summaryId = `${section.id}-nav-findings`;
          return (
            <li key={section.key}>
              <button
                type="button"
                className={styles.item}
                tabIndex={section.id === tabStop ? 0 : -1}
                aria-current={current === section.id ? 'true' : undefined}
                aria-describedby={summary ? summaryId : undefined}
                onFocus={() => setRoving(section.id)}
                onClick={() => {
                  setCurrent(section.id);
                  goToSection(section.id);
                }}
              >
                <span>{section.name(kind)}</span>
                {errors > 0 ? (
                  <span className={classNames(styles.badge, styles.badgeError)} aria-hidden="true">
                    {errors}
                  </span>
                ) : warnings > 0 ? (
                  <span className={classNames(styles.badge, styles.badgeWarning)} aria-hidden="true">
                    {warnings}
                  </span>
                ) : null}
              </button>
              {summary && (
                <span id={summaryId} hidden>
                  {summary}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className={styles.hint} id="section-nav-hint">
        {EDITOR_TEXT.navHint}
      </p>
    </nav>
  );
});
