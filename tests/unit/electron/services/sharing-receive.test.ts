import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { createExports } from '../../../../electron/services/exports';
import { DraftHistory, draftIdentity } from '../../../../electron/services/history';
import { comparisonVersion } from '../../../../electron/services/review-export';
import { createSharing, sharedDraftText, type SharingStore } from '../../../../electron/services/sharing';
import { draftSchema, type CommentAuthor, type Draft } from '../../../../shared/draft/schema';
import type { ReceiveChoices } from '../../../../shared/ipc/contract';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { refusal } from '../../../support/user-error';

/**
 * "Ta emot ändringar" between two (or three) libraries in real temp data
 * folders, with the real store and history; the dialogs are paths the test
 * chooses. The municipality shares the example, the police imports it,
 * both edit, the police shares back.
 */

const ID = exampleDraft().id;

/** A library whose save dialog writes into `folder` and whose open dialog opens what the test picked. */
async function library(name: string, author: CommentAuthor | null = null, wrap: (store: DraftStore) => SharingStore = (store) => store) {
  const dataDir = tempDir(`samverka-${name}-`);
  const folder = tempDir(`samverka-${name}-filer-`);
  const store = await DraftStore.open(dataDir);
  const history = new DraftHistory(dataDir);
  let picked: string | null = null;
  const bestEffort = async (_what: string, step: () => Promise<unknown>) => void (await step());
  const exports = createExports({ store: { dataDir }, history, chooseSavePath: async (suggested) => path.join(folder, `${name}-${suggested}`), bestEffort });
  const sharing = createSharing({ store: wrap(store), history, exports, chooseOpenPath: async () => picked, author: async () => author });
  return {
    store,
    history,
    sharing,
    /** Shares the draft; the path of the file written. */
    share: async () => (await sharing.shareDraft(ID))!.path,
    /** Picks a file for import. */
    pick: async (file: string) => {
      picked = file;
      return (await sharing.pickImport())!;
    },
    /** Saves the stored draft with an edit. */
    edit: async (change: (draft: Draft) => void) => {
      const draft = await store.get(ID);
      change(draft);
      await store.save(draft);
      return store.get(ID);
    },
    reasons: async () => (await history.list(ID)).map((version) => version.reason),
  };
}

const activity = (draft: Draft, id: string) => draft.activities.find((a) => a.id === id)!;

/** The municipality shares the example; the police imports it, edits its activity a2 and its signatory, and shares back. */
async function roundTrip(options: { municipality?: (draft: Draft) => void; police?: (draft: Draft) => void; policeAuthor?: CommentAuthor; wrap?: (store: DraftStore) => SharingStore } = {}) {
  const municipality = await library('kommun', null, options.wrap);
  await municipality.store.save(draftSchema.parse(exampleDraft()));
  const v1 = await municipality.store.get(ID);
  const first = await municipality.share();

  const police = await library('polis', options.policeAuthor ?? null);
  const imported = await police.pick(first);
  expect([imported.existing, imported.receive]).toEqual([null, null]);
  await police.sharing.completeImport(imported.token, 'copy');
  await police.edit((d) => {
    activity(d, 'a2').text = 'genomföra minst 4 riktade insatser mot narkotikabrott';
    d.signatories[1].name = 'Anna Svensson';
    options.police?.(d);
  });
  const back = await police.share();

  await municipality.edit((d) => {
    d.statement = 'Kommunens nya löftesmening.';
    activity(d, 'a3').text = 'säkerställa närvaro av centrumvärd varje dag';
    options.municipality?.(d);
  });
  return { municipality, police, v1, first, back };
}

describe('the lineage of a shared file', () => {
  it('names the versions exchanged: none at first, then the version the police imported', async () => {
    const { v1, first, back } = await roundTrip();
    expect(JSON.parse(readFileSync(first, 'utf8'))).not.toHaveProperty('basedOn');
    expect(JSON.parse(readFileSync(back, 'utf8')).basedOn).toEqual([draftIdentity(v1)]);
  });
});

describe('the sender of a shared file', () => {
  it('is "Jag företräder" of the library that shared it, named in the summary; never part of the identity', async () => {
    const { municipality, back } = await roundTrip({ policeAuthor: { role: 'polis', name: 'Anna Svensson' } });
    expect(JSON.parse(readFileSync(back, 'utf8')).sharedBy).toEqual({ role: 'polis', name: 'Anna Svensson' });
    const receive = (await municipality.pick(back)).receive!;
    expect(receive.comparison).toBe('three-way');
    expect(receive.sender).toBe('Polisen (Anna Svensson)');
    expect(receive.summary).toBe('Polisen (Anna Svensson) har ändrat 1 aktivitet och bytt undertecknare.');
    expect(receive.changes.map((c) => c.path[0])).toEqual(['activities', 'signatories']);
  });

  it('is left out when the library has none, also when its draft came with one', async () => {
    const { municipality, back } = await roundTrip({ policeAuthor: { role: 'polis', name: 'Anna Svensson' } });
    const preview = await municipality.pick(back);
    await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    expect(JSON.parse(readFileSync(await municipality.share(), 'utf8'))).not.toHaveProperty('sharedBy');
  });
});

describe('"Ta emot ändringar"', () => {
  it('compares a returned file three-way against the version shared, and takes both sides\' edits into one new version', async () => {
    const { municipality, back } = await roundTrip();
    const before = await municipality.store.get(ID);
    const shared = (await municipality.history.list(ID)).find((v) => v.reason === 'delad')!;

    const preview = await municipality.pick(back);
    const receive = preview.receive!;
    expect(receive.comparison).toBe('three-way');
    expect(receive.commonSavedAt).toBe(shared.savedAt);
    expect(receive.ours).toEqual(before);
    expect(receive.sender).toBeNull();
    // Only the police's changes, not the municipality's own.
    expect(receive.changes.map((c) => [c.change, c.path])).toEqual([
      ['changed', ['activities', { id: 'a2' }]],
      ['changed', ['signatories', { id: 'polis' }]],
    ]);
    expect(receive.summary).toBe('Den andra parten har ändrat 1 aktivitet och bytt undertecknare.');
    expect(receive.conflicts).toEqual([]);

    const stored = await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    expect(stored.statement).toBe('Kommunens nya löftesmening.');
    expect(activity(stored, 'a3').text).toBe('säkerställa närvaro av centrumvärd varje dag');
    expect(activity(stored, 'a2').text).toBe('genomföra minst 4 riktade insatser mot narkotikabrott');
    expect(stored.signatories[1].name).toBe('Anna Svensson');
    expect(stored).not.toHaveProperty('conflicts');
    expect(await municipality.store.get(ID)).toEqual(stored);
    expect(Date.parse(stored.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));

    // One new version, the file as it came beside it; the one before is kept and restorable.
    const versions = await municipality.history.list(ID);
    expect(versions.map((v) => v.reason).slice(0, 3)).toEqual(['mottagen', 'importerad', 'fore-mottagning']);
    expect(await municipality.history.get(ID, versions[2].id)).toEqual(before);
    expect(versions[2].kept).toBe(true);
  });

  it('keeps the file as received ("importerad") and the merge as "mottagen": a granskningsversion compares with what the police has', async () => {
    const { municipality, back } = await roundTrip();
    const preview = await municipality.pick(back);
    await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    expect((await municipality.reasons()).slice(0, 3)).toEqual(['mottagen', 'importerad', 'fore-mottagning']);
    const file = preview.receive!.theirs;
    // The police has its own file: the municipality's edits since sharing are what it has not seen.
    expect(await comparisonVersion(municipality.history, ID)).toEqual(file);
    expect((await municipality.history.exchanged(ID))[0]).toBe(draftIdentity(file));
  });

  it('a second file of the police after the first was taken in is compared with the first, so what was taken and edited since is no change of the police\'s', async () => {
    const { municipality, police, back } = await roundTrip();
    await municipality.sharing.completeImport((await municipality.pick(back)).token, 'receive');
    await municipality.edit((d) => (activity(d, 'a2').text = 'genomföra minst 4 riktade insatser mot narkotikabrott, två av dem på helger'));
    // The police, not having received anything since, sends a second file.
    await police.edit((d) => (d.background = `${d.background} Polisen har sett fler anmälningar i år.`));
    const second = await police.share();

    const receive = (await municipality.pick(second)).receive!;
    expect(receive.comparison).toBe('three-way');
    expect(receive.changes.map((c) => c.path)).toEqual([['background']]);
    expect(receive.conflicts).toEqual([]);
  });

  it('a second round: the police receives the municipality\'s merge three-way against what the police sent, with no false conflict', async () => {
    const { municipality, police, back } = await roundTrip();
    const preview = await municipality.pick(back);
    await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    const again = await municipality.share();
    // The police edits its activity once more meanwhile.
    await police.edit((d) => (activity(d, 'a2').text = 'genomföra minst 6 riktade insatser mot narkotikabrott'));

    const sentByPolice = (await police.history.list(ID)).find((v) => v.reason === 'delad')!;
    const received = (await police.pick(again)).receive!;
    expect(received.comparison).toBe('three-way');
    expect(received.commonSavedAt).toBe(sentByPolice.savedAt);
    expect(received.changes.map((c) => c.path)).toEqual([['statement'], ['activities', { id: 'a3' }]]);
    expect(received.conflicts).toEqual([]);
  });

  it('three parties: the housing company returns a file based on the first version after the police\'s was taken in; nothing of either is lost', async () => {
    const { municipality, first, back } = await roundTrip();
    const housing = await library('bostad');
    await housing.sharing.completeImport((await housing.pick(first)).token, 'copy');
    await housing.edit((d) => (d.background = `${d.background} Bostadsbolaget ser över belysningen.`));
    const fromHousing = await housing.share();

    await municipality.sharing.completeImport((await municipality.pick(back)).token, 'receive');
    const preview = await municipality.pick(fromHousing);
    expect(preview.receive!.comparison).toBe('three-way');
    expect(preview.receive!.changes.map((c) => c.path)).toEqual([['background']]);
    const stored = await municipality.sharing.completeImport(preview.token, 'receive');
    expect(stored.background).toMatch(/Bostadsbolaget ser över belysningen\.$/);
    expect(activity(stored, 'a2').text).toBe('genomföra minst 4 riktade insatser mot narkotikabrott');
    expect(stored.statement).toBe('Kommunens nya löftesmening.');
  });

  it('knows a file that is a version of its own (its first share read back): three-way against it, nothing to take, its own edits never the file\'s', async () => {
    const { municipality, first } = await roundTrip();
    expect(JSON.parse(readFileSync(first, 'utf8'))).not.toHaveProperty('basedOn');
    const shared = (await municipality.history.list(ID)).find((v) => v.reason === 'delad')!;
    const receive = (await municipality.pick(first)).receive!;
    expect(receive.comparison).toBe('three-way');
    expect(receive.commonSavedAt).toBe(shared.savedAt);
    expect(receive.changes).toEqual([]);
    expect(receive.conflicts).toEqual([]);
  });

  it('compares two-way when the file names no version this library has: every difference is the file\'s', async () => {
    const { municipality } = await roundTrip();
    const ours = await municipality.store.get(ID);
    const file = path.join(tempDir(), 'okand.samverka.json');
    writeFileSync(file, sharedDraftText({ ...ours, title: 'Annan titel', basedOn: ['0'.repeat(64)] }));
    const receive = (await municipality.pick(file)).receive!;
    expect(receive.comparison).toBe('two-way');
    expect(receive.commonSavedAt).toBeNull();
    expect(receive.base).toEqual(ours);
    expect(receive.changes.map((c) => c.path)).toEqual([['title']]);
    expect(receive.summary).toBe('Jämfört med ditt utkast har filen ändrat titel.');

    writeFileSync(file, sharedDraftText(exampleDraft()));
    const old = (await municipality.pick(file)).receive!;
    expect(old.comparison).toBe('two-way');
    expect(old.changes.map((c) => c.path)).toEqual([['statement'], ['activities', { id: 'a3' }]]);
  });

  it('takes the changes into a new revision of a signed draft, which stays as it was', async () => {
    const { municipality, back } = await roundTrip();
    await municipality.edit((d) => (d.status = 'klar'));
    await municipality.edit((d) => {
      d.status = 'undertecknad';
      d.signatories[0].date = '2026-11-30';
    });
    const signed = await municipality.store.get(ID);
    const preview = await municipality.pick(back);
    expect(preview.existing?.status).toBe('undertecknad');
    const receive = preview.receive!;
    expect(receive.intoRevision).toBe(true);
    expect(receive.comparison).toBe('three-way');
    // Compared with the revision it will be: an utkast, no signing dates; only the police's changes.
    expect([receive.ours.status, receive.ours.signatories[0].date]).toEqual(['utkast', null]);
    expect(receive.changes.map((c) => c.path[0])).toEqual(['activities', 'signatories']);
    expect(receive.conflicts).toEqual([]);

    const revision = await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    expect(revision.id).not.toBe(ID);
    expect(revision.status).toBe('utkast');
    expect(revision.relatedIds).toContain(ID);
    expect(revision.statement).toBe('Kommunens nya löftesmening.');
    expect(activity(revision, 'a2').text).toBe('genomföra minst 4 riktade insatser mot narkotikabrott');
    expect(revision.signatories[1].name).toBe('Anna Svensson');
    expect(await municipality.store.get(revision.id)).toEqual(revision);
    // The signed draft is as it was, but for its link to the revision.
    const { relatedIds: _links, ...unchanged } = await municipality.store.get(ID);
    const { relatedIds: _before, ...was } = signed;
    expect(unchanged).toEqual(was);
    // The revision as it was made, before the changes, is a version of its own.
    expect((await municipality.history.list(revision.id)).map((v) => v.reason)).toEqual(['mottagen', 'fore-mottagning']);
  });

  it('takes a later file of a signed draft into the revision the first one started, against the first file', async () => {
    const { municipality, police, back } = await roundTrip();
    await municipality.edit((d) => (d.status = 'klar'));
    await municipality.edit((d) => (d.status = 'undertecknad'));
    const revision = await municipality.sharing.completeImport((await municipality.pick(back)).token, 'receive');
    await police.edit((d) => (d.background = `${d.background} Polisen har sett fler anmälningar i år.`));
    const second = await police.share();

    const preview = await municipality.pick(second);
    const receive = preview.receive!;
    expect(receive.intoRevision).toBe(false);
    expect(receive.ours).toEqual(await municipality.store.get(revision.id));
    expect(receive.comparison).toBe('three-way');
    expect(receive.changes.map((c) => c.path)).toEqual([['background']]);
    const stored = await municipality.sharing.completeImport(preview.token, 'receive');
    expect(stored.id).toBe(revision.id);
    expect(stored.background).toMatch(/fler anmälningar i år\.$/);
    expect(activity(stored, 'a2').text).toBe('genomföra minst 4 riktade insatser mot narkotikabrott');
    expect(municipality.store.list()).toHaveLength(2);
    expect((await municipality.store.get(ID)).status).toBe('undertecknad');
  });

  it('makes a klar draft an utkast when changes came in, and keeps it klar when every change was left', async () => {
    const { municipality, back } = await roundTrip();
    await municipality.edit((d) => (d.status = 'klar'));
    const preview = await municipality.pick(back);
    expect(preview.receive!.changes.map((c) => c.path[0])).not.toContain('status');
    const all = preview.receive!.changes.map((_, i) => i);
    const kept = await municipality.sharing.completeImport(preview.token, 'receive', { leave: all, conflicts: [] });
    expect(kept.status).toBe('klar');
    expect(kept.signatories[1].name).toBe('Anna Berglund');
    // The file is known now, its changes left: the same file again has nothing new.
    expect((await municipality.pick(back)).receive!.changes).toEqual([]);

    // Comments alone are no change of the text: klar stays klar.
    const commented = await roundTrip({ police: (d) => (d.comments = [{ id: 'p1', target: ['statement'], author: { role: 'polis', name: 'Anna Svensson' }, text: 'Ser bra ut.', createdAt: '2026-11-22T10:00:00.000Z', replies: [] }]) });
    await commented.municipality.edit((d) => (d.status = 'klar'));
    const onlyComment = await commented.municipality.pick(commented.back);
    const comment = onlyComment.receive!.changes.findIndex((c) => c.path[0] === 'comments');
    const others = onlyComment.receive!.changes.map((_, i) => i).filter((i) => i !== comment);
    expect((await commented.municipality.sharing.completeImport(onlyComment.token, 'receive', { leave: others, conflicts: [] })).status).toBe('klar');

    const other = await roundTrip();
    await other.municipality.edit((d) => (d.status = 'klar'));
    const taken = await other.municipality.pick(other.back);
    expect((await other.municipality.sharing.completeImport(taken.token, 'receive')).status).toBe('utkast');
  });

  it('takes only the changes not left', async () => {
    const { municipality, back } = await roundTrip();
    const preview = await municipality.pick(back);
    const signatory = preview.receive!.changes.findIndex((c) => c.path[0] === 'signatories');
    const stored = await municipality.sharing.completeImport(preview.token, 'receive', { leave: [signatory], conflicts: [] });
    expect(stored.signatories[1].name).toBe('Anna Berglund');
    expect(activity(stored, 'a2').text).toBe('genomföra minst 4 riktade insatser mot narkotikabrott');
  });

  it.each([false, true])('refuses, in Swedish and before anything is stored, an activity taken whose new party was left (signed: %s)', async (signed) => {
    const { municipality, back } = await roundTrip({
      police: (d) => {
        d.parties.push({ id: 'hem', role: 'annan', name: 'AB Söderhamnshem' });
        d.activities.push({ id: 'p1', partyIds: ['hem'], focusAreaId: null, text: 'se över belysningen i centrum' });
      },
    });
    if (signed) {
      await municipality.edit((d) => (d.status = 'klar'));
      await municipality.edit((d) => (d.status = 'undertecknad'));
    }
    const before = { drafts: municipality.store.list().length, current: await municipality.store.get(ID), versions: await municipality.reasons() };
    const preview = await municipality.pick(back);
    const party = preview.receive!.changes.findIndex((c) => c.path[0] === 'parties');
    const error = await refusal(municipality.sharing.completeImport(preview.token, 'receive', { leave: [party], conflicts: [] }));
    expect(error.message).toMatch(/^Det du valde hänger inte ihop: .*parten ”hem” finns inte bland parterna/);
    expect(error.message).toContain('Ingenting har ändrats');
    expect(municipality.store.list()).toHaveLength(before.drafts);
    expect(await municipality.store.get(ID)).toEqual(before.current);
    expect(await municipality.reasons()).toEqual(before.versions);
    // Taking the party too is accepted, from the same preview.
    const stored = await municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [] });
    expect(stored.parties.map((p) => p.id)).toContain('hem');
  });

  describe('a conflict (both edited activity a1) is settled as chosen', () => {
    const both = {
      police: (d: Draft) => (activity(d, 'a1').text = 'arbeta förebyggande med närvaro på fredagar'),
      municipality: (d: Draft) => (activity(d, 'a1').text = 'arbeta förebyggande med närvaro på lördagar'),
    };
    const place = ['activities', { id: 'a1' }, 'text'];

    it.each([
      ['ours', 'arbeta förebyggande med närvaro på lördagar', false],
      ['theirs', 'arbeta förebyggande med närvaro på fredagar', false],
      [{ text: 'arbeta förebyggande med närvaro hela helgen' }, 'arbeta förebyggande med närvaro hela helgen', false],
      ['later', 'arbeta förebyggande med närvaro på lördagar', true],
    ] as const)('%j', async (choice, text, open) => {
      const { municipality, back } = await roundTrip(both);
      const preview = await municipality.pick(back);
      expect(preview.receive!.conflicts.map((c) => c.path)).toEqual([place]);
      const choices: ReceiveChoices = { leave: [], conflicts: [{ path: place, choice }] };
      const stored = await municipality.sharing.completeImport(preview.token, 'receive', choices);
      expect(activity(stored, 'a1').text).toBe(text);
      expect(stored.conflicts?.map((c) => c.path) ?? []).toEqual(open ? [place] : []);
      if (open) expect(stored.conflicts![0]).toMatchObject({ ours: 'arbeta förebyggande med närvaro på lördagar', theirs: 'arbeta förebyggande med närvaro på fredagar' });
      // The police's other edits are taken either way.
      expect(stored.signatories[1].name).toBe('Anna Svensson');
    });

    it('a text for a conflict that is not about a text is refused, with nothing changed', async () => {
      const { municipality, back } = await roundTrip({
        police: (d) => (activity(d, 'a4').text = 'genomföra trygghetsvandringar'),
        municipality: (d) => (d.activities = d.activities.filter((a) => a.id !== 'a4')),
      });
      const before = await municipality.store.get(ID);
      const preview = await municipality.pick(back);
      const conflict = preview.receive!.conflicts[0];
      expect(conflict.path).toEqual(['activities', { id: 'a4' }]);
      const error = await refusal(municipality.sharing.completeImport(preview.token, 'receive', { leave: [], conflicts: [{ path: conflict.path, choice: { text: 'x' } }] }));
      expect(error.message).toMatch(/^Aktivitet .*: här går det inte att skriva en egen text/);
      expect(await municipality.store.get(ID)).toEqual(before);
      expect(await municipality.reasons()).not.toContain('fore-mottagning');
    });
  });

  it('never writes over a save that lands between its check and its store (another window, another computer): refused, the save kept', async () => {
    let race: (() => Promise<unknown>) | null = null;
    // The store as another writer meets it: a save lands just before the receive's draft is stored.
    const racing = (store: DraftStore): SharingStore => ({
      get: (id) => store.get(id),
      list: () => store.list(),
      add: (draft) => store.add(draft),
      revise: (id) => store.revise(id),
      put: async (draft, options) => {
        await race?.();
        race = null;
        return store.put(draft, options);
      },
    });
    const { municipality, back } = await roundTrip({ wrap: racing });
    const preview = await municipality.pick(back);
    let saved: Draft | undefined;
    race = async () => (saved = await municipality.edit((d) => (d.title = 'Sparad i ett annat fönster')));
    const error = await refusal(municipality.sharing.completeImport(preview.token, 'receive'));
    expect(error.message).toContain('Utkastet har ändrats sedan filen lästes in');
    expect(await municipality.store.get(ID)).toEqual(saved);
  });

  it('refuses when the draft was saved since the preview, with nothing changed or lost', async () => {
    const { municipality, back } = await roundTrip();
    const preview = await municipality.pick(back);
    const saved = await municipality.edit((d) => (d.title = 'Sparad efter förhandsvisningen'));
    const error = await refusal(municipality.sharing.completeImport(preview.token, 'receive'));
    expect(error.message).toContain('Utkastet har ändrats sedan filen lästes in');
    expect(await municipality.store.get(ID)).toEqual(saved);
    expect(await municipality.reasons()).not.toContain('fore-mottagning');
  });
});
