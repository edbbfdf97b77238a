import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLines, changeParts, conflictLine, describeChanges, summarizeChanges, type Change } from '../../../../shared/draft/changes';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { ROOT, exampleDraft } from '../../../support/fixtures';

const lofte = (): Draft => draftSchema.parse(exampleDraft());
const agreement = (): Draft =>
  draftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'resources/examples/samverkansoverenskommelse-exempelvik-2023-2026.samverka.json'), 'utf8')));

/** The lines of the changes `edit` makes to `draft`. */
function linesOf(draft: Draft, edit: (d: Draft) => void): string[] {
  const to = structuredClone(draft);
  edit(to);
  return changeLines(describeChanges(draft, to), draft, to);
}

describe('describeChanges', () => {
  it('finds none between a draft and itself, nor in its times, id or status-free bookkeeping', () => {
    const draft = lofte();
    expect(describeChanges(draft, { ...structuredClone(draft), updatedAt: '2030-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('keeps the changes as records a view can count: "Polisen har ändrat 2 aktiviteter, lagt till 1"', () => {
    const from = lofte();
    const to = structuredClone(from);
    to.activities[0].quantity = 5;
    to.activities[1].text = 'genomföra tre insatser';
    to.activities.push({ id: 'p1', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' });
    to.signatories[1].name = 'Anna Svensson';
    const changes = describeChanges(from, to);
    const count = (change: Change['change']) => changes.filter((c) => c.path[0] === 'activities' && c.change === change).length;
    expect([count('changed'), count('added')]).toEqual([2, 1]);
    expect(changes.find((c) => c.change === 'added')).toEqual({ change: 'added', path: ['activities', { id: 'p1' }], to: to.activities[4] });
    expect(changes.some((c) => c.path[0] === 'signatories' && c.change === 'changed')).toBe(true);
  });

  it.each<[string, (d: Draft) => void, string[]]>([
    ['the löftesmening', (d) => (d.statement = 'Vi lovar att öka tryggheten.'), ['Löftesmening ändrad: Vi lovar att öka tryggheten.']],
    ['an added activity', (d) => d.activities.push({ id: 'p1', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' }), ['Aktivitet tillagd (Polisen): besöka skolorna']],
    ['a joint activity\'s text', (d) => (d.activities[3].text = 'genomföra fyra trygghetsvandringar'), ['Aktivitet ändrad (Polisen och kommunen): genomföra fyra trygghetsvandringar']],
    [
      'an activity\'s target, its text as it was',
      (d) => (d.activities[1].quantity = 3),
      ['Aktivitet ”genomföra minst 2 riktade insatser mot…” (Polisen) ändrad: antal: 3'],
    ],
    ['a removed activity', (d) => d.activities.splice(2, 1), ['Aktivitet borttagen (Kommunen): säkerställa närvaro av centrumvärd och förordnade ordningsvakter i Söderhamns centrum']],
    ['reordered activities', (d) => d.activities.reverse(), ['Aktiviteternas ordning ändrad']],
    ['a new signatory of the police', (d) => Object.assign(d.signatories[1], { name: 'Anna Svensson', title: 'Polisområdeschef' }), ['Undertecknare bytt (Polisen): Anna Svensson; titel: Polisområdeschef']],
    ['the period', (d) => (d.period.end = null), ['Period ändrad: 2020-01-01–tills vidare']],
    ['an added party', (d) => d.parties.push({ id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' }), ['Part tillagd: AB Söderhamnshem']],
    ['the number of originals', (d) => (d.originals = 3), ['Antal original ändrat: 3']],
    ['the status', (d) => (d.status = 'klar'), ['Status ändrad: Klar för underskrift']],
    [
      'an activity\'s follow-up',
      (d) => (d.activities[0].followUp = { status: 'pagar', outcome: null, comment: 'Patrullerar varje helg.' }),
      ['Aktivitet ”arbeta förebyggande med närvaro, främst…” (Polisen) ändrad: uppföljning: status Pågår, kommentar Patrullerar varje helg.'],
    ],
  ])('says what changed in %s, with the new value', (_label, edit, lines) => {
    expect(linesOf(lofte(), edit)).toEqual(lines);
  });

  it('says who commented, answered and resolved, and where', () => {
    const police = { role: 'polis' as const, name: 'Anna Svensson' };
    const municipality = { role: 'kommun' as const, name: 'Eva Ek' };
    const at = '2026-11-21T10:00:00.000Z';
    const draft = lofte();
    expect(
      linesOf(draft, (d) => {
        d.comments = [{ id: 'c1', target: ['statement'], author: police, text: 'Kan vi skriva lördagar?', createdAt: at, replies: [] }];
        d.comments.push({ id: 'c2', target: ['activities', { id: 'a3' }], author: municipality, text: 'Vem betalar?', createdAt: at, replies: [] });
      }),
    ).toEqual([
      'Kommentar tillagd av Polisen, Anna Svensson (Löftesmening): Kan vi skriva lördagar?',
      'Kommentar tillagd av Kommunen, Eva Ek (Aktivitet ”säkerställa närvaro av centrumvärd och…” (Kommunen)): Vem betalar?',
    ]);
    draft.comments = [{ id: 'c1', target: ['statement'], author: police, text: 'Kan vi skriva lördagar?', createdAt: at, replies: [] }];
    expect(
      linesOf(draft, (d) => {
        d.comments![0].replies.push({ id: 'r1', author: municipality, text: 'Ja.', createdAt: at });
        d.comments![0].resolved = { by: municipality, at };
      }),
    ).toEqual(['Svar från Kommunen, Eva Ek på kommentaren ”Kan vi skriva lördagar?”: Ja.', 'Kommentaren ”Kan vi skriva lördagar?” markerad som löst av Kommunen, Eva Ek']);
    expect(linesOf(draft, (d) => (d.comments = []))).toEqual(['Kommentar av Polisen, Anna Svensson borttagen: Kan vi skriva lördagar?']);
  });

  it('speaks an agreement\'s words: åtaganden, källor, bilagor, fokusområden', () => {
    const lines = linesOf(agreement(), (d) => {
      d.activities.push({ id: 'n1', partyIds: ['polis'], focusAreaId: null, text: 'patrullera' });
      d.attachments!.push({ title: 'Karta' });
      d.focusAreas.splice(1, 1);
      for (const a of d.activities) if (a.focusAreaId === 'f2') a.focusAreaId = null;
      d.statement = 'Syftet är tryggare gator.';
    });
    expect(lines).toContain('Syfte och övergripande mål ändrat: Syftet är tryggare gator.');
    expect(lines).toContain('Åtagande tillagt (Polisen): patrullera');
    expect(lines).toContain('Bilaga tillagd: Karta');
    expect(lines.some((line) => line.startsWith('Fokusområde borttaget: '))).toBe(true);
  });
});

describe('changeParts', () => {
  it('parts a line into its head, the text before and after, and the other values, for a view that shows the changed words', () => {
    const from = lofte();
    const to = structuredClone(from);
    to.statement = 'Vi lovar att öka tryggheten.';
    to.activities[1] = { ...to.activities[1], text: 'genomföra fyra insatser', quantity: 4 };
    to.activities.splice(2, 1);
    to.period.end = null;
    const parts = Object.fromEntries(describeChanges(from, to).map((change) => [`${change.change} ${String(change.path[0])}`, changeParts(change, from, to)]));
    expect(parts['changed statement']).toEqual({
      head: 'Löftesmening ändrad',
      text: { from: from.statement, to: 'Vi lovar att öka tryggheten.', shown: 'Vi lovar att öka tryggheten.' },
      details: [],
    });
    expect(parts['changed activities']).toMatchObject({ head: 'Aktivitet ändrad (Polisen)', text: { from: from.activities[1].text, to: 'genomföra fyra insatser' }, details: ['antal: 4'] });
    expect(parts['removed activities']).toMatchObject({ head: 'Aktivitet borttagen (Kommunen)', text: { from: from.activities[2].text, to: '' } });
    expect(parts['changed period']).toEqual({ head: 'Period ändrad', details: ['2020-01-01–tills vidare'] });
  });
});

describe('conflictLine', () => {
  it('names an activity by its first words and its parties, as the issue shows it', () => {
    const draft = lofte();
    draft.activities[2].text = 'låta fältsekreterarna vara ute varje fredag och lördag i centrum';
    const line = conflictLine({ path: ['activities', { id: 'a3' }, 'text'], base: 'a', ours: draft.activities[2].text, theirs: 'b' }, draft);
    expect(line).toBe('Aktivitet ”låta fältsekreterarna vara ute varje…” (Kommunen): ändrad av båda');
  });

  it.each<[string, Parameters<typeof conflictLine>[0], string]>([
    ['a field', { path: ['statement'], base: 'a', ours: 'b', theirs: 'c' }, 'Löftesmening: ändrad av båda'],
    ['a field of an activity', { path: ['activities', { id: 'a2' }, 'quantity'], base: 2, ours: 3, theirs: 4 }, 'Aktivitet ”genomföra minst 2 riktade insatser mot…” (Polisen), antal: ändrat av båda'],
    ['an activity edited here, deleted there', { path: ['activities', { id: 'a1' }], base: {}, ours: {} }, 'Aktivitet ”arbeta förebyggande med närvaro, främst…” (Polisen): ändrad här men borttagen i den andra versionen'],
    [
      'an activity deleted here, edited there (named by the kept version)',
      { path: ['activities', { id: 'x9' }], base: {}, theirs: { id: 'x9', partyIds: ['kommun'], text: 'ordna läxhjälp' } },
      'Aktivitet ”ordna läxhjälp” (Kommunen): borttagen här men ändrad i den andra versionen',
    ],
    ['a signatory', { path: ['signatories', { id: 'polis' }, 'name'], base: 'a', ours: 'b', theirs: 'c' }, 'Undertecknare ”Anna Berglund” (Polisen): ändrad av båda'],
    ['an item added on both sides', { path: ['activities', { id: 'a4' }, 'place'], ours: 'x', theirs: 'y' }, 'Aktivitet ”genomföra minst 2 trygghetsvandringar…” (Polisen och kommunen), plats: tillagd av båda med olika innehåll'],
  ])('names %s', (_label, conflict, line) => {
    expect(conflictLine(conflict, lofte())).toBe(line);
  });
});

describe('summarizeChanges', () => {
  const summary = (draft: Draft, edit: (d: Draft) => void, lead = 'Polisen har') => {
    const to = structuredClone(draft);
    edit(to);
    return summarizeChanges(describeChanges(draft, to), draft.kind, lead);
  };

  it('names a comment\'s replies and "Löst" for what they are, not as comments', () => {
    const author = { role: 'polis' as const, name: 'Anna Svensson' };
    const base = lofte();
    base.comments = [
      { id: 'c1', target: ['statement'], author, text: 'Kvällar?', createdAt: '2026-11-21T10:00:00.000Z', replies: [] },
      { id: 'c2', target: ['statement'], author, text: 'Helger?', createdAt: '2026-11-21T10:00:00.000Z', replies: [] },
    ];
    const text = summary(base, (d) => {
      d.comments![0].replies.push({ id: 'r1', author, text: 'Ja.', createdAt: '2026-11-22T10:00:00.000Z' });
      d.comments![0].resolved = { by: author, at: '2026-11-22T10:00:00.000Z' };
      d.comments![1].replies.push({ id: 'r2', author, text: 'Nej.', createdAt: '2026-11-22T10:00:00.000Z' });
      d.comments!.push({ id: 'c3', target: ['background'], author, text: 'Källa?', createdAt: '2026-11-22T10:00:00.000Z', replies: [] });
    });
    expect(text).toBe('Polisen har lagt till 2 svar, markerat 1 kommentar som löst och lagt till 1 kommentar.');
  });

  it('counts the changes per kind of item: "Polisen har ändrat 2 aktiviteter, lagt till 1 och bytt undertecknare."', () => {
    const text = summary(lofte(), (d) => {
      d.activities[0].text = 'ny text';
      d.activities[1].quantity = 5;
      d.activities.push({ id: 'p1', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' });
      d.signatories[1].name = 'Anna Svensson';
    });
    expect(text).toBe('Polisen har ändrat 2 aktiviteter, lagt till 1 och bytt undertecknare.');
  });

  it('names fields, removals and a new order, in the kind\'s words', () => {
    expect(summary(lofte(), (d) => {
      d.statement = 'Ny.';
      d.background = 'Ny.';
      d.activities.reverse();
    })).toBe('Polisen har ändrat löftesmening och bakgrund och ändrat aktiviteternas ordning.');
    expect(summary(agreement(), (d) => d.activities.splice(0, 2), 'Den andra parten har')).toBe('Den andra parten har tagit bort 2 åtaganden.');
    expect(summary(lofte(), () => undefined)).toBe('Polisen har inte ändrat något.');
  });
});
