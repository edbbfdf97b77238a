import fs from 'node:fs';
import { tempDir } from '../../support/fixtures';
import path from 'node:path';
import { cleanup } from '@testing-library/react';
import type { Bridge } from '../../../shared/ipc/contract';
import type { Draft, DraftKind } from '../../../shared/draft/schema';
import { openServices } from '../../e2e/host/server';
import { unwrap } from '../helpers/app-harness';
import { bridgeOver } from '../../support/node-bridge';

/**
 * The real Node side on a temp data folder, like tests/renderer/helpers'
 * harness, with what the library's pages need besides: the folders "Öppna
 * datamappen" was asked to open, the backup folder (removed on close), a
 * restart on the same folder (as the app reopens it) and files put into the
 * export folder, which the test dialogs' "Importera" picks from.
 */
export interface LibraryHarness {
  bridge: Bridge;
  dataDir: string;
  exportDir: string;
  /** Where the services keep backups: beside the data folder. */
  backupDir: string;
  /** The folders "Öppna datamappen" opened, since the last (re)start. */
  openedFolders: string[];
  /** Stores a draft built from a fresh one (a löfte unless told) with `change` applied, and returns it as stored. */
  seedDraft(change?: (draft: Draft) => Draft, kind?: DraftKind): Promise<Draft>;
  readDraft(id: string): Promise<Draft>;
  /** Writes a file of the data folder's drafts/ as it is (no checks), e.g. a corrupt one. */
  writeDraftFile(fileName: string, content: string | Buffer): string;
  /** Writes a file into the export folder, newer than any there, so "Importera" picks it. */
  offerForImport(fileName: string, content: string | Buffer): string;
  /** Closes the services and opens new ones on the same data folder, as a restart of the app does. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the harness and installs its bridge as `window.samverka`. */
export async function openLibraryHarness(): Promise<LibraryHarness> {
  const dataDir = tempDir('samverka-lib-');
  const exportDir = tempDir('samverka-lib-export-');
  let services = await openServices({ dataDir, exportDir });
  let offered = 0;

  const harness: LibraryHarness = {
    bridge: bridgeOver(services.handlers),
    dataDir,
    exportDir,
    backupDir: `${dataDir}-sakerhetskopior`,
    openedFolders: services.openedFolders,
    async seedDraft(change = (d) => d, kind = 'medborgarlofte') {
      const created = await unwrap(harness.bridge.createDraft(kind));
      const draft = change(created);
      const { updatedAt } = await unwrap(harness.bridge.saveDraft(draft));
      return { ...draft, updatedAt };
    },
    readDraft: (id) => unwrap(harness.bridge.getDraft(id)),
    writeDraftFile(fileName, content) {
      const file = path.join(dataDir, 'drafts', fileName);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      return file;
    },
    offerForImport(fileName, content) {
      const file = path.join(exportDir, fileName);
      fs.writeFileSync(file, content);
      // The dialog picks the newest file; make this one newer than any before it, whatever the clock's resolution.
      const time = new Date(Date.now() + ++offered * 1000);
      fs.utimesSync(file, time, time);
      return file;
    },
    async restart() {
      await services.store.flush();
      services = await openServices({ dataDir, exportDir });
      harness.bridge = bridgeOver(services.handlers);
      harness.openedFolders = services.openedFolders;
      window.samverka = harness.bridge;
    },
    async close() {
      cleanup();
      // Let any save started by an unmounting editor land before the folder goes.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await services.store.flush();
      for (const folder of [dataDir, exportDir, harness.backupDir]) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  window.samverka = harness.bridge;
  window.location.hash = '';
  return harness;
}
