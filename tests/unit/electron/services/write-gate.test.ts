import { describe, expect, it } from 'vitest';
import { WriteGate, writeGateOf } from '../../../../electron/services/write-gate';

/** The write gate of a data folder: writes pass side by side, a restore runs alone. */

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A step that runs until `finish` is called, recording when it starts and ends. */
function step(name: string, events: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      events.push(`${name} starts`);
      await done;
      events.push(`${name} ends`);
      return name;
    },
    finish,
  };
}

describe('WriteGate', () => {
  it('lets writes run side by side', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const [a, b] = [step('a', events), step('b', events)];
    const running = [gate.pass(a.run), gate.pass(b.run)];
    await tick();
    expect(events).toEqual(['a starts', 'b starts']);
    a.finish();
    b.finish();
    expect(await Promise.all(running)).toEqual(['a', 'b']);
  });

  it('runs a restore after the writes under way, and holds the writes that come meanwhile until it ends', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const [before, restore, during] = [step('before', events), step('restore', events), step('during', events)];
    const writing = gate.pass(before.run);
    await tick();
    const restoring = gate.alone(restore.run);
    const waiting = gate.pass(during.run);
    await tick();
    expect(events).toEqual(['before starts']);
    before.finish();
    await tick();
    expect(events).toEqual(['before starts', 'before ends', 'restore starts']);
    restore.finish();
    await tick();
    during.finish();
    await Promise.all([writing, restoring, waiting]);
    expect(events).toEqual(['before starts', 'before ends', 'restore starts', 'restore ends', 'during starts', 'during ends']);
  });

  it('runs restores one at a time', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const [first, second] = [step('first', events), step('second', events)];
    const both = [gate.alone(first.run), gate.alone(second.run)];
    await tick();
    expect(events).toEqual(['first starts']);
    first.finish();
    await tick();
    second.finish();
    await Promise.all(both);
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('lets a write inside a write through while a restore waits (no deadlock)', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const inner = step('inner', events);
    let restoreWaits!: () => void;
    const waits = new Promise<void>((resolve) => (restoreWaits = resolve));
    const outer = gate.pass(async () => {
      await waits;
      return gate.pass(inner.run);
    });
    await tick();
    const restoring = gate.alone(async () => void events.push('restore'));
    restoreWaits();
    await tick();
    inner.finish();
    expect(await outer).toBe('inner');
    await restoring;
    expect(events).toEqual(['inner starts', 'inner ends', 'restore']);
  });

  it('is one per data folder, however the folder is named', () => {
    expect(writeGateOf('/tmp/a/bibliotek')).toBe(writeGateOf('/tmp/a/../a/bibliotek/'));
    expect(writeGateOf('/tmp/a/bibliotek')).not.toBe(writeGateOf('/tmp/b/bibliotek'));
  });
});
