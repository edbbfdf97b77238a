import { describe, expect, it } from 'vitest';
import { linksOf, nextPeriodOf, reconcileLinks, revisionOf, withAgreement, type LinkNode, type PeriodNode } from '../../../../shared/draft/links';

/** Short ids keep the cases readable; the functions do not care what ids look like. */
const agreement = (id: string, ...relatedIds: string[]): LinkNode => ({ id, kind: 'samverkansoverenskommelse', relatedIds });
const promise = (id: string, ...relatedIds: string[]): LinkNode => ({ id, kind: 'medborgarlofte', relatedIds });

const asObject = (changes: Map<string, string[]>) => Object.fromEntries(changes);

describe('reconcileLinks', () => {
  it('changes nothing in a consistent library', () => {
    expect(reconcileLinks([agreement('A', 'p1', 'p2'), promise('p1', 'A'), promise('p2', 'A'), promise('p3')]).size).toBe(0);
  });

  it('adds a löfte to the agreement it names, after those already listed', () => {
    expect(asObject(reconcileLinks([agreement('A', 'p2'), promise('p1', 'A'), promise('p2', 'A')]))).toEqual({ A: ['p2', 'p1'] });
  });

  it('removes from an agreement a löfte that does not name it', () => {
    expect(asObject(reconcileLinks([agreement('A', 'p1', 'p2'), promise('p1'), promise('p2', 'A')]))).toEqual({ A: ['p2'] });
  });

  it('drops links to drafts that do not exist, to the draft itself and repeated ones', () => {
    expect(asObject(reconcileLinks([promise('p1', 'gone', 'p1', 'p0', 'p0'), promise('p0'), agreement('A', 'gone')]))).toEqual({
      p1: ['p0'],
      A: [],
    });
  });

  it('keeps only the last agreement a löfte names, and only that agreement lists it', () => {
    expect(asObject(reconcileLinks([agreement('A', 'p1'), agreement('B'), promise('p1', 'A', 'p0', 'B'), promise('p0')]))).toEqual({
      p1: ['p0', 'B'],
      A: [],
      B: ['p1'],
    });
  });

  it('keeps revision links of both kinds', () => {
    expect(reconcileLinks([agreement('A'), agreement('A2', 'A'), promise('p1'), promise('p2', 'p1')]).size).toBe(0);
  });

  it('lists no löften in a revised agreement that only its original has', () => {
    expect(asObject(reconcileLinks([agreement('A', 'p1'), agreement('A2', 'p1', 'A'), promise('p1', 'A')]))).toEqual({ A2: ['A'] });
  });
});

describe('withAgreement', () => {
  const kinds: Record<string, LinkNode['kind']> = { A: 'samverkansoverenskommelse', B: 'samverkansoverenskommelse', p0: 'medborgarlofte' };
  const kindOf = (id: string) => kinds[id];

  it('replaces the agreement a löfte belongs to, keeping its revision links', () => {
    expect(withAgreement(['A', 'p0'], 'B', kindOf)).toEqual(['p0', 'B']);
  });

  it('takes the löfte out of every agreement with null', () => {
    expect(withAgreement(['A', 'p0', 'B'], null, kindOf)).toEqual(['p0']);
  });

  it('does not repeat an agreement the löfte already names', () => {
    expect(withAgreement(['A'], 'A', kindOf)).toEqual(['A']);
  });
});

describe('linksOf', () => {
  const all = [agreement('A', 'p1', 'p2', 'gone'), agreement('A2', 'A'), promise('p1', 'A'), promise('p2', 'p1', 'A'), promise('p3', 'A')];
  const ids = (nodes: LinkNode[]) => nodes.map((node) => node.id);

  it('gives an agreement the löften it lists that name it, in its order, and its revisions', () => {
    const links = linksOf(all[0], all);
    expect(ids(links.promises)).toEqual(['p1', 'p2']);
    expect(links.agreement).toBeNull();
    expect(ids(links.revisedBy)).toEqual(['A2']);
    expect(ids(linksOf(all[1], all).revises)).toEqual(['A']);
  });

  it('gives a löfte its agreement and the löften it revises or that revise it', () => {
    const links = linksOf(all[3], all);
    expect(links.agreement?.id).toBe('A');
    expect(links.promises).toEqual([]);
    expect(ids(links.revises)).toEqual(['p1']);
    expect(ids(linksOf(all[2], all).revisedBy)).toEqual(['p2']);
  });

  it('names the last agreement when a löfte names two, and nothing that does not exist', () => {
    const both = promise('p4', 'A', 'A2', 'gone');
    expect(linksOf(both, all).agreement?.id).toBe('A2');
    expect(linksOf(promise('p5', 'gone'), all)).toEqual({ agreement: null, promises: [], revises: [], revisedBy: [] });
  });
});

describe('nextPeriodOf and revisionOf: a later draft of the same kind is its next period when it starts later, else a new revision', () => {
  const dated = (id: string, start: string | null, ...relatedIds: string[]): PeriodNode => ({ id, kind: 'medborgarlofte', relatedIds, period: { start } });
  const signed = dated('d', '2027-01-01');
  const revision = dated('r', '2027-01-01', 'd');
  const next = dated('n', '2028-01-01', 'd');
  const nextRevised = dated('n2', '2028-01-01', 'd', 'n');

  it('finds the next period among the drafts that revise it, not a revision of the same period', () => {
    expect(nextPeriodOf(signed, [signed, revision])).toBeNull();
    expect(nextPeriodOf(signed, [signed, revision, next, nextRevised])?.id).toBe('n');
    expect(nextPeriodOf(signed, [nextRevised, dated('n3', '2029-01-01', 'd'), signed, next])?.id).toBe('n');
    expect(nextPeriodOf(dated('x', null), [dated('x', null), dated('y', null, 'x')])).toBeNull();
  });

  it('gives a new revision of the same period the next period its original has: a document has one next period', () => {
    expect(nextPeriodOf(revision, [signed, revision, next])?.id).toBe('n');
    const revisedAgain = dated('r2', '2027-01-01', 'd', 'r');
    expect(nextPeriodOf(revisedAgain, [signed, revision, revisedAgain, next])?.id).toBe('n');
    expect(nextPeriodOf(revision, [signed, revision])).toBeNull();
    // Drafts that name each other (a hand-edited library) end the search rather than loop.
    const loopA = dated('la', '2027-01-01', 'lb');
    const loopB = dated('lb', '2027-01-01', 'la');
    expect(nextPeriodOf(loopA, [loopA, loopB])).toBeNull();
  });

  it('tells a new revision from the first draft of a next period', () => {
    const all = [signed, revision, next, nextRevised];
    const revisionLinks = (node: PeriodNode) => revisionOf(node, linksOf(node, all));
    expect(revisionLinks(revision)?.id).toBe('d');
    expect(revisionLinks(next)).toBeNull();
    expect(revisionLinks(nextRevised)?.id).toBe('n');
    expect(revisionLinks(signed)).toBeNull();
  });
});
