import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The bundled example: Söderhamn's medborgarlöfte 2020–2021. */
export const EXAMPLE_FILE = path.join(ROOT, 'resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json');

/** A fresh copy of the example draft as parsed JSON. */
export const exampleDraft = (): Draft => JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));

/** A new empty folder on the real disk, under the system's temp folder. */
export const tempDir = (label = 'samverka-') => mkdtempSync(path.join(os.tmpdir(), label));
