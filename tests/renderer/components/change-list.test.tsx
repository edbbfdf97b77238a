import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeList } from '../../../renderer/components/change-list';
import { describeChanges, type Change } from '../../../shared/draft/changes';
import type { PathStep } from '../../../shared/draft/draft-items';
import { draftSchema, type Draft } from '../../../shared/draft/schema';
import { exampleDraft } from '../../support/fixtures';

afterEach(cleanup);

const lofte = (): Draft => draftSchema.parse(exampleDraft());

/** The example löfte and a copy `edit` changed. */
function versions(edit: (d: Draft) => void): [Draft, Draft] {
  const from = lofte();
  const to = structuredClone(from);
  edit(to);
  return [from, to];
}

/** Each section's heading and the heads of the changes under it. */
function outline(): [string, string[]][] {
  return screen.getAllByRole('region').map((region) => [
    within(region).getByRole('heading').textContent ?? '',
    within(region)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('p')?.textContent ?? ''),
  ]);
}

describe('ChangeList', () => {
  it('groups the changes under the editor\'s sections, in the editor\'s order, whatever their order in the list', () => {
    const [from, to] = versions((d) => {
      d.signatories[1].name = 'Anna Svensson';
      d.activities.push({ id: 'p1', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' });
      d.statement = 'Vi lovar att öka tryggheten.';
      d.title = 'Medborgarlöfte för Söderhamn 2027';
    });
    render(<ChangeList from={from} to={to} changes={describeChanges(from, to)} />);
    expect(outline()).toEqual([
      ['Grunduppgifter', ['Titel ändrad']],
      ['Löftet', ['Löftesmening ändrad']],
      ['Aktiviteter', ['Aktivitet tillagd (Polisen)']],
      ['Underskrifter', ['Undertecknare bytt (Polisen)']],
    ]);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });

  it('puts a comment\'s change with what it is about: on the löftesmening under Löftet, on an activity under Aktiviteter', () => {
    const author = { role: 'polis' as const, name: 'Anna Svensson' };
    const comment = (id: string, target: PathStep[], text: string) => ({ id, target, author, text, createdAt: '2026-11-21T10:00:00.000Z', replies: [] });
    const [from, to] = versions((d) => {
      d.comments = [comment('c1', ['activities', { id: 'a2' }], 'Fyra insatser?'), comment('c2', ['statement'], 'Kvällar och helger?')];
    });
    render(<ChangeList from={from} to={to} changes={describeChanges(from, to)} />);
    expect(outline()).toEqual([
      ['Löftet', ['Kommentar tillagd av Polisen, Anna Svensson (Löftesmening): Kvällar och helger?']],
      ['Aktiviteter', [expect.stringMatching(/^Kommentar tillagd av Polisen, Anna Svensson \(Aktivitet .*\): Fyra insatser\?$/)]],
    ]);
  });

  it('shows a changed text\'s added and removed words, an added activity as added, a removed one as removed', () => {
    const [from, to] = versions((d) => {
      d.activities[1].text = d.activities[1].text.replace('minst 2', 'minst 4');
      d.activities.splice(2, 1);
      d.activities.push({ id: 'p1', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' });
    });
    render(<ChangeList from={from} to={to} changes={describeChanges(from, to)} />);
    const [changed, added, removed] = screen.getAllByRole('listitem');
    expect([...changed.querySelectorAll('del')].map((node) => node.textContent)).toEqual(['[borttaget: 2]']);
    expect([...changed.querySelectorAll('ins')].map((node) => node.textContent)).toEqual(['[tillagt: 4]']);
    expect(added.querySelector('ins')?.textContent).toBe('[tillagt: besöka skolorna]');
    expect(added.querySelector('del')).toBeNull();
    expect(removed.querySelector('p')?.textContent).toBe('Aktivitet borttagen (Kommunen)');
    expect(removed.querySelector('del')?.textContent).toBe(`[borttaget: ${from.activities[2].text}]`);
    expect(removed.querySelector('ins')).toBeNull();
  });

  it('shows the new values of the fields that are not texts after the line\'s head', () => {
    const [from, to] = versions((d) => {
      d.activities[1].quantity = 3;
      d.period.end = null;
    });
    render(<ChangeList from={from} to={to} changes={describeChanges(from, to)} />);
    expect(screen.getAllByRole('listitem').map((item) => [...item.querySelectorAll('p')].map((p) => p.textContent))).toEqual([
      ['Period ändrad', '2020-01-01–tills vidare'],
      ['Aktivitet ”genomföra minst 2 riktade insatser mot…” (Polisen) ändrad', 'antal: 3'],
    ]);
  });

  it('gives each change its action with the change\'s index in the list it was given', () => {
    const [from, to] = versions((d) => {
      d.signatories[1].name = 'Anna Svensson';
      d.statement = 'Vi lovar att öka tryggheten.';
    });
    // A subset in an order of its own: Underskrifter is shown after Löftet, but its change is the list's first.
    const changes = describeChanges(from, to).reverse();
    expect(changes.map((change) => change.path[0])).toEqual(['signatories', 'statement']);
    const taken: [Change, number][] = [];
    render(
      <ChangeList
        from={from}
        to={to}
        changes={changes}
        headingLevel={2}
        action={(change, index) => (
          <button type="button" onClick={() => taken.push([change, index])}>
            Ta
          </button>
        )}
      />,
    );
    fireEvent.click(within(screen.getByRole('region', { name: 'Underskrifter' })).getByRole('button', { name: 'Ta' }));
    fireEvent.click(within(screen.getByRole('region', { name: 'Löftet' })).getByRole('button', { name: 'Ta' }));
    expect(taken).toEqual([
      [changes[0], 0],
      [changes[1], 1],
    ]);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
  });

  it('says there are no changes when there are none', () => {
    const draft = lofte();
    render(<ChangeList from={draft} to={draft} changes={[]} />);
    expect(screen.getByText('Inga ändringar.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
