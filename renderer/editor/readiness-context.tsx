import { createContext, useContext, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { createReadinessCheck, type Finding, type ReadinessCheck } from '../../shared/draft/readiness';
import type { Draft } from '../../shared/draft/schema';
import { READINESS_TEXT } from '../../shared/i18n/readiness';
import { useDraft } from './editor-context';
import { useKept } from './editor-store';

/** The readiness check of the draft as the editor shows it. */
export interface Readiness {
  findings: readonly Finding[];
  /**
   * Where each finding's activity is shown ("Polisen lovar att, aktivitet 2"),
   * when its message does not already say it; null for the others.
   */
  places: readonly (string | null)[];
}

const ReadinessContext = createContext<Readiness>({ findings: [], places: [] });

/** The findings of the readiness check, as of the latest draft the editor has caught up with. */
export const useReadiness = () => useContext(ReadinessContext);

function readinessOf(draft: Draft, readiness: ReadinessCheck): Readiness {
  const findings = readiness.check(draft);
  // Indexed once: a place per finding is then a lookup, however many activities and findings there are.
  const located = readiness.places(draft);
  const places = findings.map((finding) => {
    const [list, index] = finding.field;
    const found = list === 'activities' && typeof index === 'number' ? located.get(index) : undefined;
    const place = found ? READINESS_TEXT.activityPlace(found.group.lead, found.position) : null;
    return place && !finding.message.includes(place) ? place : null;
  });
  return { findings, places };
}

const sameFinding = (a: Finding, b: Finding) =>
  a === b ||
  (a.severity === b.severity && a.message === b.message && a.field.length === b.field.length && a.field.every((part, i) => part === b.field[i]));

const sameReadiness = (a: Readiness, b: Readiness) =>
  a.findings.length === b.findings.length && a.findings.every((finding, i) => sameFinding(finding, b.findings[i])) && a.places.every((place, i) => place === b.places[i]);

/**
 * Checks the draft once per change, for everything that shows the result
 * (the navigation's badges, "Klar för underskrift?", the status, export),
 * checking again only the parts that changed (`createReadinessCheck`).
 * The check runs in a deferred render, after the keystroke's own, so typing
 * never waits for it; and a result like the last one (most keystrokes change
 * no finding) keeps the last one's identity, so nothing that shows it renders.
 */
export function ReadinessProvider({ children }: { children: ReactNode }) {
  const draft = useDeferredValue(useDraft((d) => d));
  // Checks again only what changed since the last draft: the activity typed in, not all of them.
  const [check] = useState(createReadinessCheck);
  const readiness = useKept(useMemo(() => readinessOf(draft, check), [draft, check]), sameReadiness);
  return <ReadinessContext.Provider value={readiness}>{children}</ReadinessContext.Provider>;
}
