import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/ipc/channels';
import { createElectronStandIn } from './support/electron-stand-in';
import { runBundle } from './support/main-process';

/**
 * The built preload (`preload.cjs`), run as a sandboxed preload runs: it may
 * require only `electron`, and gives the page one object, `samverka`, with
 * one async function per contract channel and nothing of Electron's.
 */
describe('the preload bundle', () => {
  const load = () => {
    const electron = createElectronStandIn({ paths: {}, appPath: '/' });
    const required = runBundle(path.join(inject('mainBuild').buildDir, 'preload.cjs'), electron);
    return { electron, required };
  };

  it('requires nothing but electron and exposes one object, samverka', () => {
    const { electron, required } = load();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(electron.callsTo('contextBridge.exposeInMainWorld').map((call) => call.args[0])).toEqual(['samverka']);
    // Nothing listens for raw IPC events and nothing is sent outside invoke.
    expect(electron.callsTo('ipcRenderer.on')).toEqual([]);
    expect(electron.callsTo('ipcRenderer.send')).toEqual([]);
  });

  it('gives one function per contract channel and nothing else', () => {
    const bridge = load().electron.exposed.get('samverka') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof bridge[name]).toBe('function');
    // Neither ipcRenderer nor an event object crosses the bridge.
    expect(Object.values(bridge).some((value) => typeof value === 'object')).toBe(false);
  });

  it('carries each call to its own channel, arguments as given, and returns the reply alone', async () => {
    const { electron } = load();
    electron.answerInvoke((channel, ...args) => ({ ok: true, value: { channel, args } }));
    const bridge = electron.exposed.get('samverka') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await expect(bridge.getDraft('d1')).resolves.toEqual({ ok: true, value: { channel: `${IPC_PREFIX}getDraft`, args: ['d1'] } });
    await expect(bridge.saveFollowUp('d1', 'a1', { status: 'klar' })).resolves.toEqual({
      ok: true,
      value: { channel: `${IPC_PREFIX}saveFollowUp`, args: ['d1', 'a1', { status: 'klar' }] },
    });
    expect(electron.callsTo('ipcRenderer.invoke').map((call) => call.args[0])).toEqual([`${IPC_PREFIX}getDraft`, `${IPC_PREFIX}saveFollowUp`]);
  });
});
