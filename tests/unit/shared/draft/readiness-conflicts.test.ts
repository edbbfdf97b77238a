import { describe, expect, it } from 'vitest';
import { mergeDrafts } from '../../../../shared/draft/merge';
import { checkReadiness } from '../../../../shared/draft/readiness';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { statusChangeProblem } from '../../../../shared/draft/status';
import { exampleDraft } from '../../../support/fixtures';

const lofte = (): Draft => draftSchema.parse(exampleDraft());

/** The example merged from two sides that rewrote the municipality's activity a3 differently. */
function conflicted(): Draft {
  const base = lofte();
  const ours = structuredClone(base);
  const theirs = structuredClone(base);
  ours.activities[2].text = 'låta fältsekreterarna vara ute varje fredag';
  theirs.activities[2].text = 'låta fältsekreterarna vara ute varje lördag';
  return mergeDrafts(base, ours, theirs).draft;
}

describe('checkReadiness on a draft with open merge conflicts', () => {
  it('reports each open conflict as an error naming where it is, pointing at the field', () => {
    const errors = checkReadiness(conflicted()).filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        field: ['activities', 2, 'text'],
        message: 'Aktivitet ”låta fältsekreterarna vara ute varje…” (Kommunen): ändrad av båda. Välj vilken version som ska gälla.',
      },
    ]);
  });

  it('keeps the draft from being marked klar until the conflict is resolved', () => {
    const draft = { ...conflicted(), status: 'klar' as const };
    expect(statusChangeProblem('utkast', draft)).not.toBeNull();
    const { conflicts: _resolved, ...resolved } = draft;
    expect(statusChangeProblem('utkast', resolved)).toBeNull();
  });

  it('points at the list when the item is no longer in the draft', () => {
    const draft = lofte();
    draft.conflicts = [{ path: ['activities', { id: 'borta' }], base: { id: 'borta', partyIds: ['polis'], text: 'patrullera' }, theirs: { id: 'borta', partyIds: ['polis'], text: 'patrullera mer' } }];
    expect(checkReadiness(draft)[0]).toEqual({
      severity: 'error',
      field: ['activities'],
      message: 'Aktivitet ”patrullera mer” (Polisen): borttagen här men ändrad i den andra versionen. Välj vilken version som ska gälla.',
    });
  });
});
