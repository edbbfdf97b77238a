import { describe, expect, it } from 'vitest';
import { createAutosaver, type Timers } from '../../../renderer/editor/autosave';
import type { SaveResult } from '../../../shared/ipc/contract';

/** A clock run by hand: `advance(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set(callback, ms) {
      const handle = next++;
      due.set(handle, { at: now + ms, callback });
      return handle;
    },
    clear(handle) {
      due.delete(handle as number);
    },
  };
  return {
    timers,
    pending: () => due.size,
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...due]) {
        if (timer.at <= now) {
          due.delete(handle);
          timer.callback();
        }
      }
    },
  };
}

/** A save function whose calls wait until the test settles them. */
function controlledSave() {
  const calls: { value: string; resolve: (r: SaveResult) => void; reject: (e: Error) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (value: string) =>
    new Promise<SaveResult>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      calls.push({
        value,
        resolve: (r) => {
          done();
          resolve(r);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
    });
  return { save, calls, maxInFlight: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createAutosaver', () => {
  it('saves once, with the latest value, after the pause in typing', async () => {
    const clock = manualTimers();
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 800, timers: clock.timers, initialUpdatedAt: '2025-01-01T10:00:00.000Z' });
    expect(saver.getState()).toEqual({ kind: 'saved', updatedAt: '2025-01-01T10:00:00.000Z' });

    saver.change('M');
    clock.advance(500);
    saver.change('Me');
    clock.advance(500);
    saver.change('Med');
    expect(saver.getState().kind).toBe('pending');
    expect(calls).toHaveLength(0);

    clock.advance(800);
    await tick();
    expect(calls.map((c) => c.value)).toEqual(['Med']);
    expect(saver.getState().kind).toBe('saving');

    calls[0].resolve({ updatedAt: '2025-01-01T10:05:00.000Z' });
    await tick();
    expect(saver.getState()).toEqual({ kind: 'saved', updatedAt: '2025-01-01T10:05:00.000Z' });
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('keeps one save in flight and then saves only the latest value', async () => {
    const clock = manualTimers();
    const { save, calls, maxInFlight } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 800, timers: clock.timers });

    saver.change('one');
    const first = saver.flush();
    await tick();
    expect(calls.map((c) => c.value)).toEqual(['one']);

    saver.change('two');
    saver.change('three');
    const second = saver.flush(); // blur while the first save is running
    clock.advance(800); // and the pause ends too
    await tick();
    expect(calls).toHaveLength(1);

    calls[0].resolve({ updatedAt: 't1' });
    await tick();
    expect(calls.map((c) => c.value)).toEqual(['one', 'three']);
    expect(saver.getState().kind).toBe('saving');

    calls[1].resolve({ updatedAt: 't2' });
    // Both flushes promised "the latest value is stored": both wait for 'three'.
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    await tick();
    expect(calls).toHaveLength(2);
    expect(maxInFlight()).toBe(1);
    expect(saver.getState()).toEqual({ kind: 'saved', updatedAt: 't2' });
  });

  it('keeps the changes after a failed save and stores them on retry', async () => {
    const clock = manualTimers();
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 800, timers: clock.timers });

    saver.change('Polisen lovar att genomföra minst 4 trygghetsvandringar');
    const attempt = saver.flush();
    await tick();
    calls[0].reject(new Error('Disken är full.'));
    expect(await attempt).toBe(false);
    expect(saver.getState()).toEqual({ kind: 'failed', message: 'Disken är full.' });
    expect(saver.hasUnsavedChanges()).toBe(true);

    // Typing on keeps the failure visible until the next attempt…
    saver.change('Polisen lovar att genomföra minst 5 trygghetsvandringar');
    expect(saver.getState().kind).toBe('failed');

    // …and "Försök igen" saves what is there now.
    const retry = saver.flush();
    await tick();
    expect(calls.map((c) => c.value)).toEqual([
      'Polisen lovar att genomföra minst 4 trygghetsvandringar',
      'Polisen lovar att genomföra minst 5 trygghetsvandringar',
    ]);
    calls[1].resolve({ updatedAt: 't3' });
    expect(await retry).toBe(true);
    expect(saver.getState()).toEqual({ kind: 'saved', updatedAt: 't3' });
    expect(clock.pending()).toBe(0);
  });

  it('does not retry at once a version whose save just failed under another flush', async () => {
    const clock = manualTimers();
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 800, timers: clock.timers });
    saver.change('x');
    const a = saver.flush();
    const b = saver.flush();
    await tick();
    calls[0].reject(new Error('nej'));
    expect(await a).toBe(false);
    expect(await b).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('has nothing to do when nothing changed', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, timers: manualTimers().timers });
    expect(await saver.flush()).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('tells its listeners about every state change', async () => {
    const clock = manualTimers();
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, timers: clock.timers });
    const seen: string[] = [];
    const unsubscribe = saver.subscribe(() => seen.push(saver.getState().kind));
    saver.change('a');
    const done = saver.flush();
    await tick();
    calls[0].resolve({ updatedAt: 't' });
    await done;
    unsubscribe();
    saver.change('b');
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });
});

describe('discard', () => {
  it('forgets what is unsaved and saves nothing more (the draft was deleted)', async () => {
    const clock = manualTimers();
    const { save, calls } = controlledSave();
    const saver = createAutosaver<string>({ save, timers: clock.timers, delayMs: 100 });
    saver.change('a');
    expect(saver.hasUnsavedChanges()).toBe(true);
    saver.discard();
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(clock.pending()).toBe(0);
    saver.change('b');
    clock.advance(1000);
    expect(await saver.flush()).toBe(true);
    await tick();
    expect(calls).toEqual([]);
  });
});
