import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_MS,
  FolderLock,
  isFolderLockFile,
  judgeLock,
  LOCK_FILE,
  LOCK_STALE_MS,
  LockWatch,
  readLock,
  takeOverFolderLock,
  type LockRecord,
} from '../../../../electron/services/folder-lock';
import { tempDir } from '../../../support/fixtures';

/**
 * The data folder's lock file: who holds it, made so that two apps never
 * both hold it, refreshed in place, judged stale after a crash, and taken
 * over only when the lock is exactly the one judged stale.
 */

const ANNA = { user: 'anna', computer: 'KOMMUN-PC12', pid: 4242 };
const BERTIL = { user: 'bertil', computer: 'KOMMUN-PC13', pid: 5151 };
const NOW = new Date('2026-03-12T09:12:00Z');

const record = (change: Partial<LockRecord> = {}): LockRecord => ({
  format: 'samverka-las',
  formatVersion: 1,
  ...ANNA,
  since: NOW.toISOString(),
  refreshedAt: NOW.toISOString(),
  token: 't',
  ...change,
});

describe('judgeLock', () => {
  const judged = (change: Partial<Parameters<typeof judgeLock>[0]>) =>
    judgeLock({ record: record(), unchangedForMs: 0, now: NOW, self: BERTIL, isAlive: () => true, ...change });

  it('keeps a lock that is being refreshed, whatever the holder', () => {
    expect(judged({})).toBe(false);
    expect(judged({ unchangedForMs: LOCK_STALE_MS - 1 })).toBe(false);
  });

  it('finds it stale once it has not changed for a few refreshes while watched', () => {
    expect(judged({ unchangedForMs: LOCK_STALE_MS })).toBe(true);
    // A lock that does not even read as one (a crash while it was made) goes stale the same way.
    expect(judged({ record: null, unchangedForMs: LOCK_STALE_MS })).toBe(true);
    expect(judged({ record: null, unchangedForMs: 10 })).toBe(false);
  });

  it('finds a holder on this computer whose process is gone stale at once', () => {
    const self = { ...BERTIL, computer: 'kommun-pc12' };
    expect(judged({ self, isAlive: (pid) => pid !== ANNA.pid })).toBe(true);
    expect(judged({ self, isAlive: () => true })).toBe(false);
    // Another computer's pid says nothing about this one's processes.
    expect(judged({ isAlive: () => false })).toBe(false);
    // This very process (two libraries in one) is alive by definition.
    expect(judged({ self: { ...ANNA }, isAlive: () => false })).toBe(false);
  });

  it('trusts the holder’s clock only beyond the difference clocks on a domain may have', () => {
    const old = (ms: number) => record({ refreshedAt: new Date(NOW.getTime() - ms).toISOString() });
    expect(judged({ record: old(LOCK_STALE_MS + CLOCK_SKEW_MS - 1000) })).toBe(false);
    expect(judged({ record: old(LOCK_STALE_MS + CLOCK_SKEW_MS) })).toBe(true);
    // A holder whose clock runs ahead is not stale for it.
    expect(judged({ record: old(-CLOCK_SKEW_MS) })).toBe(false);
  });
});

describe('LockWatch', () => {
  it('measures how long the content stays the same on its own clock', () => {
    let clock = 1000;
    const watch = new LockWatch(() => clock);
    const a = { kind: 'record' as const, record: record(), text: 'a' };
    expect(watch.unchangedFor()).toBe(0);
    expect(watch.observe(a)).toBe(0);
    clock += 500;
    expect(watch.observe(a)).toBe(500);
    clock += 100;
    expect(watch.observe({ ...a, text: 'b' })).toBe(0);
    clock += 50;
    expect(watch.unchangedFor()).toBe(50);
    expect(watch.observe({ kind: 'none' })).toBe(0);
  });
});

describe('FolderLock', () => {
  it('is held by one app at a time and names who holds it', async () => {
    const dir = tempDir();
    const first = await FolderLock.acquire(dir, { owner: ANNA, now: () => NOW });
    expect(first.ok).toBe(true);
    const second = await FolderLock.acquire(dir, { owner: BERTIL });
    expect(second).toMatchObject({ ok: false, reading: { kind: 'record', record: { user: 'anna', computer: 'KOMMUN-PC12', pid: 4242, since: NOW.toISOString() } } });
    // Nothing of the attempt is left behind: only the lock.
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);

    if (first.ok) await first.lock.release();
    expect(readdirSync(dir)).toEqual([]);
    expect((await FolderLock.acquire(dir, { owner: BERTIL })).ok).toBe(true);
  });

  it('gives exactly one of many apps starting at once the lock', async () => {
    const dir = tempDir();
    const attempts = await Promise.all(Array.from({ length: 25 }, (_, i) => FolderLock.acquire(dir, { owner: { ...ANNA, pid: 1000 + i } })));
    expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('refreshes in place, the file always whole and the same length', async () => {
    const dir = tempDir();
    let now = NOW;
    const attempt = await FolderLock.acquire(dir, { owner: ANNA, now: () => now });
    if (!attempt.ok) throw new Error('not acquired');
    const before = readFileSync(path.join(dir, LOCK_FILE));
    now = new Date(NOW.getTime() + 15_000);
    expect(await attempt.lock.refresh()).toBe(true);
    const after = readFileSync(path.join(dir, LOCK_FILE));
    expect(after.length).toBe(before.length);
    const reading = await readLock(dir);
    expect(reading).toMatchObject({ kind: 'record', record: { since: NOW.toISOString(), refreshedAt: now.toISOString() } });
  });

  it('makes its lock again when it was removed by hand, unless someone else made one', async () => {
    const dir = tempDir();
    const attempt = await FolderLock.acquire(dir, { owner: ANNA });
    if (!attempt.ok) throw new Error('not acquired');
    const token = attempt.lock.record.token;
    rmSync(path.join(dir, LOCK_FILE));
    expect(await attempt.lock.verify()).toBe(true);
    expect(await readLock(dir)).toMatchObject({ record: { token } });
  });

  it('is never taken over while it changes, and a holder taken over cannot write over the new lock', async () => {
    const dir = tempDir();
    // The holder's clock: its refresh is 15 s after the reading that was judged stale (on a fast machine the
    // real clock could give both the same millisecond, and so the same content).
    let now = NOW;
    const held = await FolderLock.acquire(dir, { owner: ANNA, now: () => now });
    if (!held.ok) throw new Error('not acquired');
    const judgedStale = await readLock(dir);
    now = new Date(NOW.getTime() + 15_000);
    await held.lock.refresh();
    // Refreshed since it was judged: not taken over.
    expect(await takeOverFolderLock(dir, judgedStale, { owner: BERTIL })).toMatchObject({ ok: false, reading: { record: { user: 'anna' } } });

    const silent = await readLock(dir);
    const taken = await takeOverFolderLock(dir, silent, { owner: BERTIL });
    expect(taken.ok).toBe(true);
    // Anna's app wakes up: its refresh goes to its own, no longer named, file, and it learns it lost the folder.
    expect(await held.lock.refresh()).toBe(false);
    expect(await readLock(dir)).toMatchObject({ record: { user: 'bertil' } });
    await held.lock.release();
    expect(await readLock(dir)).toMatchObject({ record: { user: 'bertil' } });
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('lets one of two takers win', async () => {
    const dir = tempDir();
    const held = await FolderLock.acquire(dir, { owner: ANNA });
    if (!held.ok) throw new Error('not acquired');
    const stale = await readLock(dir);
    const takers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => takeOverFolderLock(dir, stale, { owner: { ...BERTIL, pid: 6000 + i } }).catch(() => ({ ok: false as const }))),
    );
    expect(takers.filter((taker) => taker.ok)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('removes the marker of a taker that crashed on this computer', async () => {
    const dir = tempDir();
    const crashed = JSON.stringify(record({ ...BERTIL, computer: ANNA.computer, pid: 999_999 }));
    writeFileSync(path.join(dir, `${LOCK_FILE}.overtas`), crashed);
    const taken = await takeOverFolderLock(dir, { kind: 'none' }, { owner: ANNA, isAlive: () => false });
    expect(taken.ok).toBe(true);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('says what the file system says when the lock cannot be written', async () => {
    await expect(FolderLock.acquire(path.join(tempDir(), 'saknas'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('isFolderLockFile', () => {
  it('knows the lock, its takeover marker and a lock being made, and nothing else', () => {
    for (const name of [LOCK_FILE, `${LOCK_FILE}.overtas`, `.${LOCK_FILE}.0123456789ab.tmp`]) expect(isFolderLockFile(name), name).toBe(true);
    for (const name of ['index.json', 'drafts', 'exporter.json', 'oppnad-av.txt']) expect(isFolderLockFile(name), name).toBe(false);
  });
});
