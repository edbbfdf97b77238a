import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, mergeDrafts, sentenceTokens, type MergeResult } from '../../../../shared/draft/merge';
import { describeChanges, type Change } from '../../../../shared/draft/changes';
import { draftSchema, type Activity, type CommentAuthor, type CommentReply, type Draft, type DraftComment } from '../../../../shared/draft/schema';
import { ROOT, exampleDraft } from '../../../support/fixtures';

const AGREEMENT_FILE = path.join(ROOT, 'resources/examples/samverkansoverenskommelse-exempelvik-2023-2026.samverka.json');

/** Söderhamn's medborgarlöfte (activities a1–a4, parties kommun and polis, focus area f1), valid. */
const lofte = (): Draft => draftSchema.parse(exampleDraft());
/** Exempelvik's samverkansöverenskommelse: focus areas f1, f2, three bilagor. */
const agreement = (): Draft => draftSchema.parse(JSON.parse(readFileSync(AGREEMENT_FILE, 'utf8')));

const activity = (draft: Draft, id: string): Activity => draft.activities.find((a) => a.id === id)!;
const ids = (draft: Draft) => draft.activities.map((a) => a.id);
const newActivity = (id: string, partyIds: string[], text: string): Activity => ({ id, partyIds, focusAreaId: null, text });
const conflictPaths = (result: MergeResult) => result.conflicts.map((c) => c.path);

const POLICE: CommentAuthor = { role: 'polis', name: 'Anna Svensson' };
const MUNICIPALITY: CommentAuthor = { role: 'kommun', name: 'Eva Ek' };
const AT = '2026-11-21T10:00:00.000Z';
const newComment = (id: string, author: CommentAuthor, text: string): DraftComment => ({ id, target: ['statement'], author, text, createdAt: AT, replies: [] });
const reply = (id: string, author: CommentAuthor, text: string): CommentReply => ({ id, author, text, createdAt: AT });
const comment = (draft: Draft, id: string): DraftComment => draft.comments!.find((c) => c.id === id)!;
/** Both sides start from a draft with the police's comment c1 on the löftesmening. */
const withComment: Edit = (d) => (d.comments = [newComment('c1', POLICE, 'Kan vi skriva ”öka tryggheten” i stället?')]);

/** A multi-sentence text, as a background or a long activity is. */
const THREE_SENTENCES = 'Första meningen om trygghet. Andra meningen om centrum. Tredje meningen om unga.';

type Edit = (draft: Draft) => void;

interface Case {
  name: string;
  base?: () => Draft;
  /** Applied to base and ours alike, before the sides' own edits. */
  setup?: Edit;
  ours: Edit;
  theirs: Edit;
  /** The conflicts' paths, in order; none when absent. */
  conflicts?: MergeResult['conflicts'][number]['path'][];
  check: (merged: Draft, result: MergeResult) => void;
}

const none: Edit = () => undefined;

const CASES: Case[] = [
  {
    name: 'nothing changed on either side',
    ours: none,
    theirs: none,
    check: (merged, result) => {
      expect(merged).toEqual(lofte());
      expect(result.applied).toEqual([]);
    },
  },
  {
    name: 'only theirs changed the löftesmening',
    ours: none,
    theirs: (d) => (d.statement = 'Polisen och kommunen lovar att öka tryggheten.'),
    check: (merged) => expect(merged.statement).toBe('Polisen och kommunen lovar att öka tryggheten.'),
  },
  {
    name: 'only ours changed the title',
    ours: (d) => (d.title = 'Medborgarlöfte Söderhamn'),
    theirs: none,
    check: (merged, result) => {
      expect(merged.title).toBe('Medborgarlöfte Söderhamn');
      expect(result.applied).toEqual([]);
    },
  },
  {
    name: 'both sides changed different fields',
    ours: (d) => (d.title = 'Ny titel'),
    theirs: (d) => (d.followUpPlan = 'Uppföljning varje kvartal.'),
    check: (merged) => expect([merged.title, merged.followUpPlan]).toEqual(['Ny titel', 'Uppföljning varje kvartal.']),
  },
  {
    name: 'both sides made the same change: no conflict',
    ours: (d) => (d.title = 'Samma titel'),
    theirs: (d) => (d.title = 'Samma titel'),
    check: (merged) => expect(merged.title).toBe('Samma titel'),
  },
  {
    name: 'both changed a scalar field differently: a conflict holding both, the field ours',
    ours: (d) => (d.originals = 3),
    theirs: (d) => (d.originals = 4),
    conflicts: [['originals']],
    check: (merged, result) => {
      expect(merged.originals).toBe(3);
      expect(result.conflicts[0]).toEqual({ path: ['originals'], base: 2, ours: 3, theirs: 4 });
      expect(merged.conflicts).toEqual(result.conflicts);
    },
  },
  {
    name: 'both add activities: both kept, theirs after its predecessor',
    ours: (d) => d.activities.push(newActivity('k1', ['kommun'], 'anordna föräldravandringar')),
    theirs: (d) => d.activities.splice(2, 0, newActivity('p1', ['polis'], 'besöka skolorna')),
    check: (merged) => expect(ids(merged)).toEqual(['a1', 'a2', 'p1', 'a3', 'a4', 'k1']),
  },
  {
    name: 'theirs adds an activity first in the list',
    ours: none,
    theirs: (d) => d.activities.unshift(newActivity('p0', ['polis'], 'först')),
    check: (merged) => expect(ids(merged)).toEqual(['p0', 'a1', 'a2', 'a3', 'a4']),
  },
  {
    name: 'theirs deletes an activity ours left alone: deleted',
    ours: (d) => (d.title = 'Ändrad'),
    theirs: (d) => (d.activities = d.activities.filter((a) => a.id !== 'a2')),
    check: (merged) => expect(ids(merged)).toEqual(['a1', 'a3', 'a4']),
  },
  {
    name: 'ours edits an activity theirs deleted: a conflict, the activity kept',
    ours: (d) => (activity(d, 'a2').text = 'genomföra tre insatser'),
    theirs: (d) => (d.activities = d.activities.filter((a) => a.id !== 'a2')),
    conflicts: [['activities', { id: 'a2' }]],
    check: (merged, result) => {
      expect(activity(merged, 'a2').text).toBe('genomföra tre insatser');
      expect(result.conflicts[0]).not.toHaveProperty('theirs');
      expect(result.conflicts[0].base).toEqual(activity(lofte(), 'a2'));
    },
  },
  {
    name: 'ours deletes an activity theirs edited: a conflict keeping theirs, the draft ours (deleted)',
    ours: (d) => (d.activities = d.activities.filter((a) => a.id !== 'a3')),
    theirs: (d) => (activity(d, 'a3').text = 'säkerställa centrumvärdar varje helg'),
    conflicts: [['activities', { id: 'a3' }]],
    check: (merged, result) => {
      expect(ids(merged)).toEqual(['a1', 'a2', 'a4']);
      expect((result.conflicts[0].theirs as Activity).text).toBe('säkerställa centrumvärdar varje helg');
      expect(result.conflicts[0]).not.toHaveProperty('ours');
    },
  },
  {
    name: 'both delete the same activity',
    ours: (d) => d.activities.pop(),
    theirs: (d) => d.activities.pop(),
    check: (merged) => expect(ids(merged)).toEqual(['a1', 'a2', 'a3']),
  },
  {
    name: 'both edit one activity\'s text in different sentences: both edits merged',
    setup: (d) => (activity(d, 'a1').text = THREE_SENTENCES),
    ours: (d) => (activity(d, 'a1').text = 'Första meningen om trygghet i Söderhamn. Andra meningen om centrum. Tredje meningen om unga.'),
    theirs: (d) => (activity(d, 'a1').text = 'Första meningen om trygghet. Andra meningen om centrum. Tredje meningen om unga och föräldrar.'),
    check: (merged) =>
      expect(activity(merged, 'a1').text).toBe('Första meningen om trygghet i Söderhamn. Andra meningen om centrum. Tredje meningen om unga och föräldrar.'),
  },
  {
    name: 'both edit neighbouring sentences: both edits merged',
    setup: (d) => (d.background = THREE_SENTENCES),
    ours: (d) => (d.background = 'Första meningen, ny. Andra meningen om centrum. Tredje meningen om unga.'),
    theirs: (d) => (d.background = 'Första meningen om trygghet. Andra meningen, ny. Tredje meningen om unga.'),
    check: (merged) => expect(merged.background).toBe('Första meningen, ny. Andra meningen, ny. Tredje meningen om unga.'),
  },
  {
    name: 'both edit the same sentence of one activity: a conflict with both texts',
    setup: (d) => (activity(d, 'a1').text = THREE_SENTENCES),
    ours: (d) => (activity(d, 'a1').text = THREE_SENTENCES.replace('centrum', 'torget')),
    theirs: (d) => (activity(d, 'a1').text = THREE_SENTENCES.replace('centrum', 'stationen')),
    conflicts: [['activities', { id: 'a1' }, 'text']],
    check: (merged, result) => {
      expect(activity(merged, 'a1').text).toContain('torget');
      expect(result.conflicts[0].theirs).toContain('stationen');
      expect(result.conflicts[0].base).toBe(THREE_SENTENCES);
    },
  },
  {
    name: 'one side adds a paragraph to the background, the other edits its first sentence',
    ours: (d) => (d.background = `${lofte().background}\n\nEtt nytt stycke.`),
    theirs: (d) => (d.background = lofte().background.replace('Under 2018–2019', 'Under åren 2018–2019')),
    check: (merged) => {
      expect(merged.background.startsWith('Under åren 2018–2019')).toBe(true);
      expect(merged.background.endsWith('\n\nEtt nytt stycke.')).toBe(true);
    },
  },
  {
    name: 'fields of one activity edited on each side: both taken',
    ours: (d) => (activity(d, 'a2').quantity = 3),
    theirs: (d) => (activity(d, 'a2').responsible = 'kommunpolisen'),
    check: (merged) => expect(activity(merged, 'a2')).toMatchObject({ quantity: 3, responsible: 'kommunpolisen' }),
  },
  {
    name: 'a follow-up status set on one side, the text edited on the other',
    ours: (d) => (activity(d, 'a4').followUp = { status: 'pagar', outcome: null, comment: 'En vandring gjord.' }),
    theirs: (d) => (activity(d, 'a4').text = 'genomföra trygghetsvandringar'),
    check: (merged) => expect(activity(merged, 'a4')).toMatchObject({ text: 'genomföra trygghetsvandringar', followUp: { status: 'pagar' } }),
  },
  {
    name: 'a party added on one side, with its activity and signatory',
    ours: none,
    theirs: (d) => {
      d.parties.push({ id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' });
      d.activities.push(newActivity('b1', ['bolag'], 'förbättra belysningen'));
      d.signatories.push({ partyId: 'bolag', name: 'Per Persson', title: 'VD' });
    },
    check: (merged) => {
      expect(merged.parties.map((p) => p.id)).toEqual(['kommun', 'polis', 'bolag']);
      expect(merged.signatories.map((s) => s.partyId)).toEqual(['kommun', 'polis', 'bolag']);
      expect(draftSchema.safeParse(merged).success).toBe(true);
    },
  },
  {
    name: 'a party\'s name changed on both sides differently',
    ours: (d) => (d.parties[1].name = 'Polisen i Hälsingland'),
    theirs: (d) => (d.parties[1].name = 'Lokalpolisområde Hälsingland'),
    conflicts: [['parties', { id: 'polis' }, 'name']],
    check: (merged) => expect(merged.parties[1].name).toBe('Polisen i Hälsingland'),
  },
  {
    name: 'theirs moves activities, ours edits one: theirs\' order and ours\' edit',
    ours: (d) => (activity(d, 'a1').place = 'Centrum'),
    theirs: (d) => d.activities.reverse(),
    check: (merged) => {
      expect(ids(merged)).toEqual(['a4', 'a3', 'a2', 'a1']);
      expect(activity(merged, 'a1').place).toBe('Centrum');
    },
  },
  {
    name: 'ours moves an activity, theirs adds one after a2: ours\' order with the addition after a2',
    ours: (d) => d.activities.push(d.activities.shift()!),
    theirs: (d) => d.activities.splice(2, 0, newActivity('p1', ['polis'], 'ny')),
    check: (merged) => expect(ids(merged)).toEqual(['a2', 'p1', 'a3', 'a4', 'a1']),
  },
  {
    name: 'both reorder differently: ours\' order kept, no conflict',
    ours: (d) => d.activities.reverse(),
    theirs: (d) => d.activities.push(d.activities.shift()!),
    check: (merged) => expect(ids(merged)).toEqual(['a4', 'a3', 'a2', 'a1']),
  },
  {
    name: 'the police changes its signatory, the municipality its löftesmening',
    ours: (d) => (d.statement = 'Vi lovar mer.'),
    theirs: (d) => Object.assign(d.signatories[1], { name: 'Anna Svensson', title: 'Lokalpolisområdeschef' }),
    check: (merged) => {
      expect(merged.statement).toBe('Vi lovar mer.');
      expect(merged.signatories[1]).toMatchObject({ partyId: 'polis', name: 'Anna Svensson', title: 'Lokalpolisområdeschef' });
    },
  },
  {
    name: 'both sides change the same signatory differently',
    ours: (d) => (d.signatories[0].name = 'Eva Ek'),
    theirs: (d) => (d.signatories[0].name = 'Olle Ås'),
    conflicts: [['signatories', { id: 'kommun' }, 'name']],
    check: (merged) => expect(merged.signatories[0].name).toBe('Eva Ek'),
  },
  {
    name: 'a second signatory of one party added on one side',
    ours: none,
    theirs: (d) => d.signatories.push({ partyId: 'kommun', name: 'Kommundirektören', title: 'Kommundirektör' }),
    check: (merged) => expect(merged.signatories.map((s) => s.name)).toContain('Kommundirektören'),
  },
  {
    name: 'focus areas: one side adds f2 and uses it, the other edits f1\'s goal',
    base: agreement,
    ours: (d) => (d.focusAreas[0].goal = 'Minskad oro i centrum.'),
    theirs: (d) => {
      d.focusAreas.push({ id: 'f3', title: 'Skolan', problem: '', causes: '', goal: '', indicator: '' });
      d.activities[0].focusAreaId = 'f3';
    },
    check: (merged) => {
      expect(merged.focusAreas.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
      expect(merged.focusAreas[0].goal).toBe('Minskad oro i centrum.');
      expect(merged.activities[0].focusAreaId).toBe('f3');
    },
  },
  {
    name: 'a focus area deleted on one side but used by the other\'s new activity: kept, as a conflict',
    base: agreement,
    ours: (d) => {
      d.focusAreas = d.focusAreas.filter((f) => f.id !== 'f2');
      for (const a of d.activities) if (a.focusAreaId === 'f2') a.focusAreaId = null;
    },
    theirs: (d) => d.activities.push({ ...newActivity('n1', ['polis'], 'ny'), focusAreaId: 'f2' }),
    conflicts: [['focusAreas', { id: 'f2' }]],
    check: (merged) => {
      expect(merged.focusAreas.map((f) => f.id)).toContain('f2');
      expect(draftSchema.safeParse(merged).success).toBe(true);
    },
  },
  {
    name: 'bilagor: one side adds one, the other deletes another',
    base: agreement,
    ours: (d) => d.attachments!.push({ title: 'Trygghetsmätning 2023' }),
    theirs: (d) => (d.attachments = d.attachments!.filter((a) => a.title !== 'Åtgärdsplan')),
    check: (merged) => expect(merged.attachments!.map((a) => a.title)).toEqual(['Gemensam lägesbild', 'Kommunikationsplan', 'Trygghetsmätning 2023']),
  },
  {
    name: 'bilagor: both add the same one',
    base: agreement,
    ours: (d) => d.attachments!.push({ title: 'Karta' }),
    theirs: (d) => d.attachments!.push({ title: 'Karta' }),
    check: (merged) => expect(merged.attachments!.filter((a) => a.title === 'Karta')).toHaveLength(1),
  },
  {
    name: 'an activity added on both sides with the same id and different contents',
    ours: (d) => d.activities.push(newActivity('x1', ['kommun'], 'vår text')),
    theirs: (d) => d.activities.push(newActivity('x1', ['kommun'], 'deras text')),
    conflicts: [['activities', { id: 'x1' }, 'text']],
    check: (merged, result) => {
      expect(activity(merged, 'x1').text).toBe('vår text');
      expect(result.conflicts[0]).not.toHaveProperty('base');
    },
  },
  {
    name: 'partyIds changed on both sides differently: a conflict',
    ours: (d) => (activity(d, 'a4').partyIds = ['polis']),
    theirs: (d) => (activity(d, 'a4').partyIds = ['kommun']),
    conflicts: [['activities', { id: 'a4' }, 'partyIds']],
    check: (merged) => expect(activity(merged, 'a4').partyIds).toEqual(['polis']),
  },
  {
    name: 'the period\'s start and end changed on different sides',
    ours: (d) => (d.period.start = '2020-02-01'),
    theirs: (d) => (d.period.end = '2022-06-30'),
    check: (merged) => expect(merged.period).toMatchObject({ start: '2020-02-01', end: '2022-06-30' }),
  },
  {
    name: 'an optional field removed on one side, unchanged on the other',
    ours: (d) => delete d.geographicFocus,
    theirs: (d) => (d.title = 'Ny'),
    check: (merged) => expect(merged).not.toHaveProperty('geographicFocus'),
  },
  {
    name: 'status: theirs marked klar and nothing else changed: a fast-forward to klar',
    ours: none,
    theirs: (d) => (d.status = 'klar'),
    check: (merged) => expect(merged.status).toBe('klar'),
  },
  {
    name: 'status: ours klar, theirs only commented: still klar (a comment is never printed)',
    ours: (d) => (d.status = 'klar'),
    theirs: (d) => (d.comments = [newComment('p1', POLICE, 'Ser bra ut.')]),
    check: (merged) => {
      expect(merged.status).toBe('klar');
      expect(merged.comments!.map((c) => c.id)).toEqual(['p1']);
    },
  },
  {
    name: 'status: ours klar, theirs changed the text: the merge is an utkast again',
    ours: (d) => (d.status = 'klar'),
    theirs: (d) => (d.statement = 'Ändrad av polisen.'),
    check: (merged) => expect([merged.status, merged.statement]).toEqual(['utkast', 'Ändrad av polisen.']),
  },
  {
    name: 'status: ours klar and theirs unchanged: still klar',
    ours: (d) => (d.status = 'klar'),
    theirs: none,
    check: (merged) => expect(merged.status).toBe('klar'),
  },
  {
    name: 'a signed ours is never changed: a new revision is needed',
    ours: (d) => (d.status = 'undertecknad'),
    theirs: (d) => (d.statement = 'Ändrad efter underskrift.'),
    check: (merged, result) => {
      expect(result.needsNewRevision).toBe(true);
      expect(merged).toEqual({ ...lofte(), status: 'undertecknad' });
    },
  },
  {
    name: 'a signed theirs while ours changed the text: ours unchanged, a new revision is needed',
    ours: (d) => (d.title = 'Vår ändring'),
    theirs: (d) => (d.status = 'undertecknad'),
    check: (merged, result) => {
      expect(result.needsNewRevision).toBe(true);
      expect(merged.status).toBe('utkast');
      expect(merged.title).toBe('Vår ändring');
    },
  },
  {
    name: 'a signed theirs and ours unchanged: the signed draft is taken as it is',
    ours: none,
    theirs: (d) => Object.assign(d, { status: 'undertecknad', updatedAt: '2026-11-30T10:00:00.000Z' }),
    check: (merged, result) => {
      expect(result.needsNewRevision).toBe(false);
      expect(merged.status).toBe('undertecknad');
    },
  },
  {
    name: 'relatedIds: each side links another document',
    ours: (d) => d.relatedIds.push('11111111-1111-4111-8111-111111111111'),
    theirs: (d) => d.relatedIds.push('22222222-2222-4222-8222-222222222222'),
    check: (merged) => expect(merged.relatedIds).toEqual(['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222']),
  },
  {
    name: 'the lineage (basedOn) is no content: never a change nor a conflict, ours is kept',
    ours: (d) => (d.basedOn = ['a'.repeat(64)]),
    theirs: (d) => (d.basedOn = ['b'.repeat(64)]),
    check: (merged, result) => {
      expect(merged.basedOn).toEqual(['a'.repeat(64)]);
      expect(result.applied).toEqual([]);
    },
  },
  {
    name: 'comments: both sides add one, both kept',
    ours: (d) => (d.comments = [newComment('k1', MUNICIPALITY, 'Ska centrum stå med?')]),
    theirs: (d) => (d.comments = [newComment('p1', POLICE, 'Vi föreslår lördagar.')]),
    check: (merged) => expect(merged.comments!.map((c) => c.id)).toEqual(['k1', 'p1']),
  },
  {
    name: 'comments: replies to one comment on both sides, both kept',
    setup: withComment,
    ours: (d) => comment(d, 'c1').replies.push(reply('r-k', MUNICIPALITY, 'Ja, gärna.')),
    theirs: (d) => comment(d, 'c1').replies.push(reply('r-p', POLICE, 'Eller ”känna sig trygga”.')),
    check: (merged) => expect(comment(merged, 'c1').replies.map((r) => r.text)).toEqual(['Ja, gärna.', 'Eller ”känna sig trygga”.']),
  },
  {
    name: 'comments: resolved on one side, replied to on the other: resolved with the reply',
    setup: withComment,
    ours: (d) => (comment(d, 'c1').resolved = { by: MUNICIPALITY, at: AT }),
    theirs: (d) => comment(d, 'c1').replies.push(reply('r-p', POLICE, 'Tack!')),
    check: (merged) => {
      expect(comment(merged, 'c1').resolved).toEqual({ by: MUNICIPALITY, at: AT });
      expect(comment(merged, 'c1').replies.map((r) => r.id)).toEqual(['r-p']);
    },
  },
  {
    name: 'comments: deleted on one side, replied to on the other: a conflict keeping the reply, never a silent loss',
    setup: withComment,
    ours: (d) => (d.comments = []),
    theirs: (d) => comment(d, 'c1').replies.push(reply('r-p', POLICE, 'Svar som inte får försvinna.')),
    conflicts: [['comments', { id: 'c1' }]],
    check: (merged, result) => {
      expect(merged.comments).toEqual([]);
      expect((result.conflicts[0].theirs as DraftComment).replies[0].text).toBe('Svar som inte får försvinna.');
    },
  },
  {
    name: 'comments: replied to on one side, deleted on the other: a conflict, the comment with its reply kept',
    setup: withComment,
    ours: (d) => comment(d, 'c1').replies.push(reply('r-k', MUNICIPALITY, 'Håller med.')),
    theirs: (d) => (d.comments = []),
    conflicts: [['comments', { id: 'c1' }]],
    check: (merged) => expect(comment(merged, 'c1').replies.map((r) => r.text)).toEqual(['Håller med.']),
  },
];

describe('mergeDrafts', () => {
  it('has a table of at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const base = (c.base ?? lofte)();
    c.setup?.(base);
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    c.ours(ours);
    c.theirs(theirs);
    const result = mergeDrafts(base, ours, theirs);
    expect(conflictPaths(result)).toEqual(c.conflicts ?? []);
    if (!c.conflicts) expect(result.draft).not.toHaveProperty('conflicts');
    c.check(result.draft, result);
    // Whatever the case, the merge is a draft the app can save.
    expect(draftSchema.safeParse(result.draft).error?.issues ?? []).toEqual([]);
  });

  it('merges three parties in two rounds: A with B, then that with C, based on the first merge', () => {
    const base = lofte();
    const a = structuredClone(base);
    a.statement = 'Kommunens nya löftesmening.';
    const b = structuredClone(base);
    activity(b, 'a1').quantity = 10;
    b.activities.push(newActivity('p1', ['polis'], 'besöka skolorna'));
    const first = mergeDrafts(base, a, b);
    expect(first.conflicts).toEqual([]);

    // C (a housing company) worked from B's version meanwhile, and adds itself.
    const c = structuredClone(b);
    c.parties.push({ id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' });
    c.activities.push(newActivity('b1', ['bolag'], 'förbättra belysningen'));
    activity(c, 'p1').text = 'besöka alla skolor';
    const second = mergeDrafts(b, first.draft, c);
    expect(second.conflicts).toEqual([]);
    expect(second.draft.statement).toBe('Kommunens nya löftesmening.');
    expect(activity(second.draft, 'a1').quantity).toBe(10);
    expect(activity(second.draft, 'p1').text).toBe('besöka alla skolor');
    expect(ids(second.draft)).toEqual(['a1', 'a2', 'a3', 'a4', 'p1', 'b1']);
    expect(second.draft.parties.map((p) => p.id)).toEqual(['kommun', 'polis', 'bolag']);
  });

  it('three parties in two rounds: the municipality shares V1 with the police and the housing company; the police returns, merged; the housing company returns later, based on V1, merged against V1: nothing of either is lost', () => {
    const v1 = lofte();
    // Round one: the police edits its activity and adds one; the municipality rewrote the löftesmening meanwhile.
    const police = structuredClone(v1);
    activity(police, 'a2').text = 'genomföra trygghetsvandringar varje månad';
    police.activities.push(newActivity('p1', ['polis'], 'besöka skolorna'));
    const municipality = structuredClone(v1);
    municipality.statement = 'Kommunens nya löftesmening.';
    const first = mergeDrafts(v1, municipality, police);
    expect(first.conflicts).toEqual([]);

    // Round two: the housing company worked from V1 all along, and adds itself and a sentence of the background.
    const housing = structuredClone(v1);
    housing.parties.push({ id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' });
    housing.activities.push(newActivity('b1', ['bolag'], 'förbättra belysningen'));
    housing.background = `${v1.background} Bostadsbolaget ser över belysningen.`;
    const second = mergeDrafts(v1, first.draft, housing);
    expect(second.conflicts).toEqual([]);
    const merged = second.draft;
    expect(merged.statement).toBe('Kommunens nya löftesmening.');
    expect(activity(merged, 'a2').text).toBe('genomföra trygghetsvandringar varje månad');
    expect(activity(merged, 'p1').text).toBe('besöka skolorna');
    expect(activity(merged, 'b1').text).toBe('förbättra belysningen');
    expect(merged.background).toBe(housing.background);
    expect(ids(merged)).toEqual(['a1', 'a2', 'a3', 'a4', 'p1', 'b1']);
    expect(merged.parties.map((p) => p.id)).toEqual(['kommun', 'polis', 'bolag']);
  });

  it('a file whose base is unknown: two-way, ours as the base, so every difference is the file\'s and taken, with no conflict', () => {
    const ours = lofte();
    ours.statement = 'Vår löftesmening.';
    const theirs = lofte();
    theirs.title = 'Deras titel';
    activity(theirs, 'a1').quantity = 7;
    const result = mergeDrafts(ours, ours, theirs);
    expect(result.conflicts).toEqual([]);
    // Ours' own edit is a difference too: two-way cannot tell who made it, so the file's value is taken.
    expect(result.draft.statement).toBe(theirs.statement);
    expect(result.draft.title).toBe('Deras titel');
    expect(activity(result.draft, 'a1').quantity).toBe(7);
    expect(describeChanges(ours, theirs).map((c) => c.path)).toEqual(result.applied.map((c) => c.path));
  });

  it('keeps a conflict of an earlier round open, and drops one a side resolved since the common version', () => {
    const base = lofte();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.title = 'Vår';
    theirs.title = 'Deras';
    const first = mergeDrafts(base, ours, theirs).draft;
    expect(first.conflicts).toHaveLength(1);

    const unrelated = structuredClone(first);
    unrelated.background = 'Ny bakgrund.';
    expect(mergeDrafts(first, first, unrelated).draft.conflicts).toHaveLength(1);

    const resolved = structuredClone(first);
    resolved.title = 'Deras';
    delete resolved.conflicts;
    const merged = mergeDrafts(first, resolved, unrelated).draft;
    expect(merged).not.toHaveProperty('conflicts');
    expect([merged.title, merged.background]).toEqual(['Deras', 'Ny bakgrund.']);
  });

  it('matches items by key whatever the order of an object\'s keys', () => {
    const base = lofte();
    const theirs = structuredClone(base);
    theirs.activities = theirs.activities.map((a) => Object.fromEntries(Object.entries(a).reverse()) as Activity);
    const result = mergeDrafts(base, base, theirs);
    expect(result.applied).toEqual([]);
  });
});

describe('sentenceTokens', () => {
  it.each([
    ['Ett. Två! Tre?', ['Ett.', ' ', 'Två!', ' ', 'Tre?']],
    ['Stycke ett.\n\nStycke två', ['Stycke ett.', '\n\n', 'Stycke två']],
    ['rad ett\nrad två', ['rad ett', '\n', 'rad två']],
    ['', []],
  ])('splits %j into sentences and the space between them, which join back to the text', (text, tokens) => {
    expect(sentenceTokens(text)).toEqual(tokens);
    expect(sentenceTokens(text).join('')).toBe(text);
  });
});

describe('applyChanges', () => {
  /** Base and theirs: theirs changed the statement, an activity, added p1 after a2, removed a4 and moved a3 first. */
  function sides() {
    const base = lofte();
    const theirs = structuredClone(base);
    theirs.statement = 'Deras löftesmening.';
    activity(theirs, 'a1').quantity = 9;
    theirs.activities.splice(2, 0, newActivity('p1', ['polis'], 'besöka skolorna'));
    theirs.activities = theirs.activities.filter((a) => a.id !== 'a4');
    const a3 = theirs.activities.splice(theirs.activities.findIndex((a) => a.id === 'a3'), 1)[0];
    theirs.activities.unshift(a3);
    return { base, theirs, changes: describeChanges(base, theirs) };
  }

  it('all changes taken: theirs, whatever the field or list', () => {
    const { base, theirs, changes } = sides();
    expect(changes.map((c) => c.change).sort()).toEqual(['added', 'changed', 'changed', 'moved', 'removed']);
    expect(applyChanges(base, theirs, changes)).toEqual(theirs);
    expect(base).toEqual(lofte());
  });

  it('none taken: the base as it was', () => {
    const { base, theirs } = sides();
    expect(applyChanges(base, theirs, [])).toEqual(base);
  });

  it('some taken: a left removal keeps the item, a left move keeps the base\'s order with an addition after its predecessor in theirs', () => {
    const { base, theirs, changes } = sides();
    const taken = changes.filter((c) => c.change !== 'removed' && c.change !== 'moved');
    const result = applyChanges(base, theirs, taken);
    expect(ids(result)).toEqual(['a1', 'a2', 'p1', 'a3', 'a4']);
    expect(result.statement).toBe('Deras löftesmening.');
    expect(activity(result, 'a1').quantity).toBe(9);

    const movedOnly = applyChanges(base, theirs, changes.filter((c) => c.change === 'moved'));
    // Theirs' order; a4, whose removal was left, stays after its predecessor in the base (a3).
    expect(ids(movedOnly)).toEqual(['a3', 'a4', 'a1', 'a2']);
    expect(movedOnly.statement).toBe(base.statement);
  });

  describe('a comment\'s replies and "Löst", each a change of its own', () => {
    /** Base: c1 with replies r1 and r2. Theirs: r2 removed, r3 added, resolved, and c1's own text changed. */
    function threads() {
      const base = lofte();
      base.comments = [{ ...newComment('c1', POLICE, 'Kvällar och helger?'), replies: [reply('r1', MUNICIPALITY, 'Ja.'), reply('r2', POLICE, 'Bra.')] }];
      const theirs = structuredClone(base);
      const c1 = comment(theirs, 'c1');
      c1.text = 'Kvällar och helger, eller bara helger?';
      c1.replies = [c1.replies[0], reply('r3', POLICE, 'Vi tar helger.')];
      c1.resolved = { by: POLICE, at: AT };
      return { base, theirs, changes: describeChanges(base, theirs) };
    }
    const path = (change: Change) => JSON.stringify(change.path);

    it('all taken: theirs', () => {
      const { base, theirs, changes } = threads();
      expect(changes.map((c) => [c.change, c.path.length])).toEqual([['changed', 2], ['added', 4], ['removed', 4], ['changed', 3]]);
      expect(applyChanges(base, theirs, changes)).toEqual(theirs);
    });

    it('a removed reply taken removes that reply only, never the thread', () => {
      const { base, theirs, changes } = threads();
      const result = applyChanges(base, theirs, changes.filter((c) => c.change === 'removed'));
      expect(comment(result, 'c1')).toEqual({ ...comment(base, 'c1'), replies: [reply('r1', MUNICIPALITY, 'Ja.')] });
    });

    it('"Löst" taken with a reply left: resolved, the left reply not there, the base\'s replies kept', () => {
      const { base, theirs, changes } = threads();
      const result = applyChanges(base, theirs, changes.filter((c) => path(c).endsWith('"resolved"]')));
      expect(comment(result, 'c1')).toEqual({ ...comment(base, 'c1'), resolved: { by: POLICE, at: AT } });
    });

    it('the comment\'s own text taken alone: its replies and "Löst" as in the base', () => {
      const { base, theirs, changes } = threads();
      const result = applyChanges(base, theirs, changes.filter((c) => c.path.length === 2));
      expect(comment(result, 'c1')).toEqual({ ...comment(base, 'c1'), text: 'Kvällar och helger, eller bara helger?' });
    });
  });

  it('a field theirs took away is taken away', () => {
    const base = agreement();
    const theirs = structuredClone(base);
    delete theirs.situation;
    const result = applyChanges(base, theirs, describeChanges(base, theirs));
    expect(result).not.toHaveProperty('situation');
    expect(result).toEqual(theirs);
  });
});
