import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftHistory, draftIdentity, isKept, parseVersionId, versionIdOf, versionsToPrune, type DraftHistoryOptions } from '../../../../electron/services/history';
import type { Draft } from '../../../../shared/draft/schema';
import { summarize } from '../../../../shared/draft/summary';
import { agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/** The draft history on the real disk, with a clock the test moves. */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function clock(start = '2026-11-21T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

function setup(options: DraftHistoryOptions = {}) {
  const time = clock();
  const dataDir = tempDir();
  const history = new DraftHistory(dataDir, { now: time.now, ...options });
  const draft = exampleDraft();
  const folder = path.join(dataDir, 'historik', draft.id);
  return { time, dataDir, history, draft, folder };
}

/** The draft with another statement, saved at the clock's time. */
const edited = (draft: Draft, statement: string, now: Date): Draft => ({ ...draft, statement, updatedAt: now.toISOString() });

describe('version ids', () => {
  it('sort by time, carry the reason and are refused when they could name another file', () => {
    const id = versionIdOf(new Date('2026-11-21T14:02:03.123Z'), 0, 'export');
    expect(id).toBe('2026-11-21T14-02-03-123Z-000-export');
    expect(parseVersionId(id)).toEqual({ savedAt: '2026-11-21T14:02:03.123Z', sequence: 0, reason: 'export' });
    expect(versionIdOf(new Date('2026-11-21T14:02:03.124Z'), 0, 'aterstalld') > versionIdOf(new Date('2026-11-21T14:02:03.123Z'), 1, 'redigering')).toBe(true);
    for (const bad of ['..', '../index', `${id}/..`, `${id}.json`, '2026-11-21T14-02-03-123Z-000-okand', '2026-13-45T99-02-03-123Z-000-export']) {
      expect(parseVersionId(bad)).toBeNull();
    }
  });
});

describe('isKept', () => {
  it('keeps what was exchanged with the other party, shared or received, and a granskningsversion, whatever their age', () => {
    for (const reason of ['delad', 'importerad', 'granskning'] as const) expect(isKept(reason, 'utkast')).toBe(true);
    expect(isKept('redigering', 'utkast')).toBe(false);
  });
});

describe('versionsToPrune', () => {
  const now = new Date('2026-11-21T12:00:00.000Z');
  const version = (savedAt: string, kept = false) => ({ id: savedAt, savedAt, kept });
  const policy = { keepNewest: 2, dailyDays: 30 };

  it('never drops the newest versions nor a kept one', () => {
    const versions = [
      version('2026-11-21T11:00:00.000Z'),
      version('2026-11-21T10:00:00.000Z'),
      version('2026-11-21T09:00:00.000Z', true),
      version('2026-11-21T08:00:00.000Z'),
    ];
    expect(versionsToPrune(versions, now, policy)).toEqual(['2026-11-21T08:00:00.000Z']);
  });

  it('keeps the newest of each day for 30 days, then the newest of each month', () => {
    const versions = [
      version('2026-11-21T11:00:00.000Z'),
      version('2026-11-21T10:00:00.000Z'),
      version('2026-11-20T17:00:00.000Z'), // newest of 20 November
      version('2026-11-20T09:00:00.000Z'),
      version('2026-10-25T09:00:00.000Z'), // 27 days old: newest of its day
      version('2026-10-20T17:00:00.000Z'), // 32 days old: newest of October's older versions
      version('2026-10-02T17:00:00.000Z'),
      version('2026-10-01T08:00:00.000Z', true),
      version('2026-09-30T08:00:00.000Z'), // newest of September
      version('2026-09-01T08:00:00.000Z'),
    ];
    expect(versionsToPrune(versions, now, policy)).toEqual(['2026-11-20T09:00:00.000Z', '2026-10-02T17:00:00.000Z', '2026-09-01T08:00:00.000Z']);
  });
});

describe('DraftHistory', () => {
  it('keeps an editing snapshot at most every five minutes, newest first', async () => {
    const { time, history, draft } = setup();
    const previous = summarize(draft);
    const versions: (string | null)[] = [];
    for (const [minutes, text] of [[0, 'A'], [1, 'B'], [3, 'C'], [1, 'D'], [2, 'E']] as const) {
      time.advance(minutes * MINUTE);
      versions.push((await history.afterSave(previous, edited(draft, text, time.now())))?.reason ?? null);
    }
    expect(versions).toEqual(['redigering', null, null, 'redigering', null]);

    const listed = await history.list(draft.id);
    expect(listed.map((v) => [v.savedAt, v.reason, v.kept])).toEqual([
      ['2026-11-21T10:05:00.000Z', 'redigering', false],
      ['2026-11-21T10:00:00.000Z', 'redigering', false],
    ]);
    expect((await history.get(draft.id, listed[0].id)).statement).toBe('D');
    expect((await history.get(draft.id, listed[1].id)).statement).toBe('A');
  });

  it('keeps a version at every status change; one to klar or undertecknad is kept for good', async () => {
    const { time, history } = setup();
    const draft = agreementDraft();
    await history.afterSave(summarize(draft), draft);
    time.advance(MINUTE);
    const ready = { ...draft, status: 'klar' as const };
    expect(await history.afterSave(summarize(draft), ready)).toMatchObject({ reason: 'status', status: 'klar', kept: true });
    time.advance(MINUTE);
    expect(await history.afterSave(summarize(ready), draft)).toMatchObject({ reason: 'status', status: 'utkast', kept: false });
    time.advance(MINUTE);
    expect(await history.afterSave(summarize(draft), draft)).toBeNull();
    const signed = { ...draft, status: 'undertecknad' as const };
    expect(await history.afterSave(summarize(ready), signed)).toMatchObject({ reason: 'status', kept: true });
    expect((await history.list(draft.id)).map((v) => v.reason)).toEqual(['status', 'status', 'status', 'redigering']);
  });

  it('keeps exported versions for good, and distinct versions kept in the same millisecond in order', async () => {
    const { history, draft } = setup();
    const first = await history.record(draft, 'fore-aterstallning');
    const second = await history.record(edited(draft, 'Återställd', new Date()), 'aterstalld');
    const exported = await history.record(draft, 'export');
    expect(new Set([first.id, second.id, exported.id]).size).toBe(3);
    expect(exported).toMatchObject({ reason: 'export', kept: true });
    expect((await history.list(draft.id)).map((v) => v.id)).toEqual([exported.id, second.id, first.id]);
  });

  it('prunes after each version: keeps the newest, the kept ones and one a day, and thins the rest', async () => {
    const { time, history, draft, folder } = setup({ keepNewest: 3 });
    const previous = summarize(draft);
    let exported = '';
    // Three days of editing, a snapshot every ten minutes for an hour a day, one export on the first.
    for (let day = 0; day < 3; day++) {
      for (let n = 0; n < 6; n++) {
        await history.afterSave(previous, edited(draft, `dag ${day} nr ${n}`, time.now()));
        if (day === 0 && n === 1) exported = (await history.record(draft, 'export')).id;
        time.advance(10 * MINUTE);
      }
      time.advance(DAY - 60 * MINUTE);
    }
    const listed = await history.list(draft.id);
    const texts = await Promise.all(listed.map(async (v) => (await history.get(draft.id, v.id)).statement));
    expect(texts).toEqual(['dag 2 nr 5', 'dag 2 nr 4', 'dag 2 nr 3', 'dag 1 nr 5', 'dag 0 nr 5', draft.statement]);
    expect(listed.find((v) => v.id === exported)).toMatchObject({ reason: 'export', kept: true });
    // The pruned versions' files are gone; the index lists exactly the files left.
    expect(readdirSync(folder).filter((name) => !name.startsWith('index')).sort()).toEqual(listed.map((v) => `${v.id}.json`).sort());
    expect(JSON.parse(readFileSync(path.join(folder, 'index.json'), 'utf8')).versions).toHaveLength(listed.length);
  });

  it('keeps the end of an editing session before the next one overwrites it, dated when it was saved', async () => {
    const { time, history, draft } = setup();
    await history.afterSave(summarize(draft), edited(draft, 'A', time.now()));
    time.advance(2 * MINUTE);
    const end = edited(draft, 'slutet av dagen', time.now());
    expect(await history.afterSave(summarize(draft), end)).toBeNull();

    // Still editing: the stored state is not kept, and not even read.
    time.advance(MINUTE);
    const unread = async (): Promise<Draft> => {
      throw new Error('must not be read');
    };
    expect(await history.beforeSave(summarize(end), unread)).toBeNull();

    // The next morning, before the first save.
    time.advance(DAY);
    const kept = await history.beforeSave(summarize(end), async () => end);
    expect(kept).toMatchObject({ reason: 'redigering', savedAt: end.updatedAt });
    // Once kept, it is not kept again.
    expect(await history.beforeSave(summarize(end), unread)).toBeNull();
    await history.afterSave(summarize(end), edited(draft, 'ny dag', time.now()));

    const statements = await Promise.all((await history.list(draft.id)).map(async (v) => (await history.get(draft.id, v.id)).statement));
    expect(statements).toEqual(['ny dag', 'slutet av dagen', 'A']);
  });

  it.each([
    ['binary garbage', Buffer.from([0xff, 0x00, 0x13, 0x37])],
    ['truncated JSON', '{"format": "samverka", "formatVersion": 1, "ti'],
    ['empty', ''],
    ['JSON of another shape', '{"format": "samverka", "formatVersion": 1}'],
  ])('skips a version file that is %s, and says so when it is opened', async (_label, bytes) => {
    const { time, history, draft, folder } = setup();
    const first = await history.record(edited(draft, 'A', time.now()), 'redigering');
    time.advance(MINUTE);
    const second = await history.record(edited(draft, 'B', time.now()), 'export');
    writeFileSync(path.join(folder, `${first.id}.json`), bytes);

    expect((await history.list(draft.id)).map((v) => v.id)).toEqual([second.id]);
    await expect(history.get(draft.id, first.id)).rejects.toThrow(/^Versionen kunde inte läsas/);
    // The file is left as it was, and later versions are kept beside it.
    time.advance(MINUTE);
    const third = await history.record(draft, 'delad');
    expect((await history.list(draft.id)).map((v) => v.id)).toEqual([third.id, second.id]);
    expect(readFileSync(path.join(folder, `${first.id}.json`))).toEqual(Buffer.from(bytes));
  });

  it('lists from the version files when the index is missing or wrong, and drops versions whose file is gone', async () => {
    const { time, history, draft, folder, dataDir } = setup();
    const ids: string[] = [];
    for (const text of ['A', 'B', 'C']) {
      ids.unshift((await history.record(edited(draft, text, time.now()), 'export')).id);
      time.advance(MINUTE);
    }
    rmSync(path.join(folder, `${ids[1]}.json`));
    writeFileSync(path.join(folder, 'index.json'), '{"format": "samverka-historik", "versions": 3');

    const reopened = new DraftHistory(dataDir, { now: time.now });
    expect((await reopened.list(draft.id)).map((v) => v.id)).toEqual([ids[0], ids[2]]);
    expect(JSON.parse(readFileSync(path.join(folder, 'index.json'), 'utf8')).versions.map((v: { id: string }) => v.id)).toEqual([ids[0], ids[2]]);
    await expect(reopened.get(draft.id, ids[1])).rejects.toThrow('Versionen finns inte längre i historiken.');
  });

  it('removes the temporary files of writes a stopped process left, once they are old, and no young one', async () => {
    const { history, draft, folder, time } = setup();
    await history.record(draft, 'export');
    const old = path.join(folder, '.2026-11-21T10-00-00-000Z-000-export.json.0123456789ab.tmp');
    const young = path.join(folder, '.index.json.ba9876543210.tmp');
    writeFileSync(old, '{"halv');
    writeFileSync(young, '{"halv');
    const hourAgo = new Date(Date.now() - 60 * MINUTE);
    utimesSync(old, hourAgo, hourAgo);
    time.advance(MINUTE);
    await history.list(draft.id);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });

  it('has no versions for a draft without history, and refuses ids that are not version ids', async () => {
    const { history, draft, dataDir } = setup();
    expect(await history.list(draft.id)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'historik'))).toBe(false);
    await expect(history.get(draft.id, '..')).rejects.toThrow('Versionen finns inte längre i historiken.');
    await expect(history.list('../../drafts')).rejects.toThrow('Versionen finns inte längre i historiken.');
  });

  it('keeps the identity of each version, computing it for an index an older app wrote, and finds the newest version of a list', async () => {
    const { time, history, draft, folder } = setup();
    const shared = await history.record(draft, 'delad');
    time.advance(MINUTE);
    const later = edited(draft, 'Ett nytt löfte.', time.now());
    await history.record(later, 'redigering');
    time.advance(MINUTE);
    const imported = { ...later, status: 'klar' as const };
    const importedVersion = await history.record(imported, 'importerad');

    const index = () => JSON.parse(readFileSync(path.join(folder, 'index.json'), 'utf8'));
    expect(index().versions.map((v: { identity: string }) => v.identity)).toEqual([imported, later, draft].map(draftIdentity));
    // The imported version's identity is the edited one's: the status is not part of it.
    expect(await history.exchanged(draft.id)).toEqual([draftIdentity(later), draftIdentity(draft)]);

    // The newest kept version whose identity is named, read from the history itself.
    const found = await history.find(draft.id, ['0'.repeat(64), draftIdentity(later)]);
    expect(found?.version.id).toBe(importedVersion.id);
    expect(found?.draft).toEqual(imported);
    expect((await history.find(draft.id, [draftIdentity(draft)]))?.version.id).toBe(shared.id);
    expect(await history.find(draft.id, ['0'.repeat(64)])).toBeNull();

    // An older app's index has no identities: they are computed from the files and written back.
    const old = index();
    for (const version of old.versions) delete version.identity;
    writeFileSync(path.join(folder, 'index.json'), JSON.stringify(old));
    const fresh = new DraftHistory(path.dirname(path.dirname(folder)), { now: time.now });
    expect(await fresh.exchanged(draft.id)).toEqual([draftIdentity(later), draftIdentity(draft)]);
    expect(index().versions.map((v: { identity: string }) => v.identity)).toEqual([imported, later, draft].map(draftIdentity));
  });

  it('keeps imported versions and the draft before received changes whatever their age', () => {
    expect(isKept('importerad', 'utkast')).toBe(true);
    expect(isKept('fore-mottagning', 'utkast')).toBe(true);
    expect(isKept('redigering', 'utkast')).toBe(false);
  });
});
