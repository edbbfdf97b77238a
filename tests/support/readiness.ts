import { checkReadiness, type Finding } from '../../shared/draft/readiness';
import { newDraft } from '../../shared/draft/new-draft';
import type { DraftKind } from '../../shared/draft/schema';

/** Each finding as one line: severity, the field's path and the message. */
export const brief = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.field.join('.')}: ${f.message}`);

/** What checkReadiness finds in a new draft of `kind`, as "Nytt …" makes it. */
export const newDraftFindings = (kind: DraftKind): Finding[] =>
  checkReadiness(newDraft({ id: '5b0d6c1e-8f5a-4d3e-9b1a-2c7e4f6a9d11', kind, now: new Date('2026-03-01') }));
