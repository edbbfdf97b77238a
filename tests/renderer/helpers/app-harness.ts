import { newActivity } from '../../../shared/draft/new-draft';
import fs from 'node:fs';
import { tempDir } from '../../support/fixtures';
import { waitForPendingSaves } from '../../../renderer/editor/use-autosave';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { Draft, DraftKind } from '../../../shared/draft/schema';
import type { Bridge, Reply } from '../../../shared/ipc/contract';
import { createNodeBridge } from '../../support/node-bridge';

/** A reply's value, or the test fails with the reply's Swedish message. */
export async function unwrap<T>(reply: Promise<Reply<T>>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface Harness {
  bridge: Bridge;
  dataDir: string;
  exportDir: string;
  /** Stores a draft built from a fresh one (a löfte unless told) with `change` applied, and returns it as stored. */
  seedDraft(change?: (draft: Draft) => Draft, kind?: DraftKind): Promise<Draft>;
  readDraft(id: string): Promise<Draft>;
  close(): Promise<void>;
}

/**
 * The real Node side (handlers and storage in a temp folder) installed as
 * `window.samverka`, the way preload installs it in the app.
 */
export async function openHarness(): Promise<Harness> {
  const dataDir = tempDir();
  const exportDir = tempDir('samverka-export-');
  const node = await createNodeBridge({ dataDir, exportDir });
  window.samverka = node.bridge;
  window.location.hash = '';
  return {
    bridge: node.bridge,
    dataDir,
    exportDir,
    async seedDraft(change = (d) => d, kind = 'medborgarlofte') {
      const created = await unwrap(node.bridge.createDraft(kind));
      const draft = change(created);
      const { updatedAt } = await unwrap(node.bridge.saveDraft(draft));
      return { ...draft, updatedAt };
    },
    readDraft: (id) => unwrap(node.bridge.getDraft(id)),
    async close() {
      cleanup();
      // A save an unmounting editor started, and every call still unanswered, land before the folder goes.
      await waitForPendingSaves();
      await node.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(exportDir, { recursive: true, force: true });
    },
  };
}

/**
 * Gives each test of the file a fresh harness: before it, clears the
 * renderer's localStorage and calls `open` (which keeps the harness it
 * opens); after it, closes that harness.
 */
export function freshHarnessEachTest(open: () => Promise<{ close(): Promise<void> }>): void {
  let opened: { close(): Promise<void> } | undefined;
  beforeEach(async () => {
    window.localStorage.clear();
    opened = await open();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
}

/** A fresh activity for seeding drafts. */
export function activity(id: string, partyIds: string[], text: string): Draft['activities'][number] {
  return { ...newActivity(id, partyIds), text };
}

/**
 * A draft with everything "Klar för underskrift" asks for: title, period,
 * named parties, löftesmening, an activity and a signatory with a title for
 * each party.
 */
export function completeDraft(draft: Draft): Draft {
  return {
    ...draft,
    title: 'Medborgarlöfte för Söderhamn 2026',
    period: { start: '2026-01-01', end: '2026-12-31' },
    parties: [
      { id: 'kommun', role: 'kommun', name: 'Söderhamns kommun', diarienummer: 'KS 2025/12' },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland', diarienummer: '' },
    ],
    statement: 'Polis och kommun lovar att tillsammans öka den upplevda tryggheten i Söderhamns centrum.',
    activities: [{ ...newActivity('a1', ['polis']), text: 'genomföra minst fyra trygghetsvandringar per år', quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' }],
    signatories: [
      { partyId: 'kommun', name: 'Sven-Erik Lindestam', title: 'Kommunstyrelsens ordförande', place: 'Söderhamn', date: null },
      { partyId: 'polis', name: 'Anna Berglund', title: 'Lokalpolisområdeschef', place: 'Hudiksvall', date: null },
    ],
  };
}
