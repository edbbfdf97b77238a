import { createContext, useContext, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { createReadinessCheck, type Finding } from '../../shared/draft/readiness';
import { useDraft } from './editor-context';
import { useKept } from './editor-store';

/** The readiness check of the draft as the editor shows it. Each finding's message names the field, or the activity, it is about. */
export interface Readiness {
  findings: readonly Finding[];
  /** How many of the findings are errors and how many warnings. */
  errors: number;
  warnings: number;
}

const ReadinessContext = createContext<Readiness>({ findings: [], errors: 0, warnings: 0 });

/** The findings of the readiness check, as of the latest draft the editor has caught up with. */
export const useReadiness = () => useContext(ReadinessContext);

function readinessOf(findings: readonly Finding[]): Readiness {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { findings, errors, warnings: findings.length - errors };
}

const sameFinding = (a: Finding, b: Finding) =>
  a === b ||
  (a.severity === b.severity && a.message === b.message && a.field.length === b.field.length && a.field.every((part, i) => part === b.field[i]));

const sameReadiness = (a: Readiness, b: Readiness) => a.findings.length === b.findings.length && a.findings.every((finding, i) => sameFinding(finding, b.findings[i]));

/**
 * Checks the draft once per change, for everything that shows the result
 * (the summary at the top, the navigation's badges, "Klar för underskrift?",
 * the status, export), checking again only the parts that changed
 * (`createReadinessCheck`). The check runs in a deferred render, after the
 * keystroke's own, so typing never waits for it; and a result like the last
 * one (most keystrokes change no finding) keeps the last one's identity, so
 * nothing that shows it renders.
 */
export function ReadinessProvider({ children }: { children: ReactNode }) {
  const draft = useDeferredValue(useDraft((d) => d));
  // Checks again only what changed since the last draft: the activity typed in, not all of them.
  const [check] = useState(createReadinessCheck);
  const readiness = useKept(useMemo(() => readinessOf(check.check(draft)), [draft, check]), sameReadiness);
  return <ReadinessContext.Provider value={readiness}>{children}</ReadinessContext.Provider>;
}
