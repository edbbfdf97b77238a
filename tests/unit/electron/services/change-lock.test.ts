import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeLock } from '../../../../electron/services/change-lock';
import { STORE_MESSAGE } from '../../../../shared/i18n/library';
import { tempDir } from '../../../support/fixtures';

/**
 * The data folder's change lock: one change at a time for every app on the
 * folder, a dead holder's lock taken over at once, and a live holder waited
 * for, not for ever.
 */

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const holder = (pid: number, host = os.hostname(), token = 'abcdef0123456789') => JSON.stringify({ pid, host, token });

describe('ChangeLock', () => {
  it('runs changes one at a time, also of two locks on one file, and leaves no file', async () => {
    const file = path.join(tempDir(), '.change.lock');
    const [a, b] = [new ChangeLock(file), new ChangeLock(file)];
    const order: string[] = [];
    const change = (name: string) => async () => {
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`${name} out`);
    };
    await Promise.all([a.hold(change('a1')), b.hold(change('b1')), a.hold(change('a2')), b.hold(change('b2'))]);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i].replace(' in', ' out'));
    expect(existsSync(file)).toBe(false);
  });

  it('never runs two changes at once through several locks of one file in one process (the store\'s and the export log\'s)', async () => {
    const file = path.join(tempDir(), '.change.lock');
    const locks = Array.from({ length: 4 }, () => new ChangeLock(file));
    let inside = 0;
    let most = 0;
    const change = async () => {
      most = Math.max(most, ++inside);
      // A change takes a moment; meanwhile the others wait and look at the lock file.
      await new Promise((resolve) => setImmediate(resolve));
      inside--;
    };
    await Promise.all(Array.from({ length: 200 }, (_, i) => locks[i % locks.length].hold(change)));
    expect(most).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it('takes over at once a lock whose holder ended on this computer, or that this process left and holds no more', async () => {
    const file = path.join(tempDir(), '.change.lock');
    for (const text of [holder(deadPid()), holder(process.pid)]) {
      writeFileSync(file, text);
      const started = Date.now();
      expect(await new ChangeLock(file, { waitMs: 5000 }).hold(async () => 'gjort')).toBe('gjort');
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('waits for a live holder, takes over a lock untouched for too long, and refuses as busy in Swedish after waiting long enough', async () => {
    const file = path.join(tempDir(), '.change.lock');
    writeFileSync(file, holder(1, 'en-annan-dator'));
    await expect(new ChangeLock(file, { waitMs: 200 }).hold(async () => 'gjort')).rejects.toThrow(STORE_MESSAGE.busy());
    expect(existsSync(file)).toBe(true);

    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    expect(await new ChangeLock(file, { waitMs: 200, staleMs: 30_000 }).hold(async () => 'gjort')).toBe('gjort');
  });
});
