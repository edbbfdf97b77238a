import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/fixtures';

/**
 * "A test sits in tests/ mirroring the path of what it tests"
 * (docs/architecture.md, Conventions): a unit test `tests/unit/<p>/x.test.ts`
 * tests `<p>/x.ts` (the e2e host's code: `tests/unit/e2e/<p>` tests
 * `tests/e2e/<p>`), a renderer test `tests/renderer/<p>/x.test.tsx` tests
 * `renderer/<p>/x.tsx` or `.ts`. A second test file of one module adds a
 * suffix (`draft-store-conditional.test.ts` tests `draft-store.ts`), and a
 * test of a folder's module tests its `index.ts` (`sections.test.tsx` tests
 * `renderer/editor/sections/`). So a reader finds a module's tests, and a
 * module's tests, by its path alone.
 */

/**
 * Tests of a flow rather than of one file: whole processes, and what is not
 * a module under shared/, electron/ or renderer/. A folder ends in `/`.
 */
const FLOW_TESTS = [
  // The architecture's own rules (this test among them).
  'tests/unit/architecture/',
  // A writer killed in the middle of a save or a restore, in child processes.
  'tests/unit/electron/crash/',
  // Two processes, as two computers, on one data folder.
  'tests/unit/electron/library/',
  // The Forge build and forge.config.ts at the project's root.
  'tests/unit/electron/forge-build.test.ts',
  'tests/unit/electron/forge-config.test.ts',
  // The bundled examples in resources/: data, not code.
  'tests/unit/resources/examples.test.ts',
];

const TIERS = [
  { dir: 'tests/unit', mirrors: (rel: string) => (rel.startsWith('e2e/') ? `tests/${rel}` : rel) },
  { dir: 'tests/renderer', mirrors: (rel: string) => `renderer/${rel}` },
];

const TEST_FILE = /\.test\.tsx?$/;

/** Every file under `dir` (relative to the root), depth first. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const child = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(child) : [child];
  });
}

/**
 * The source file a test mirrors (relative to the root), or null: the
 * module its path names, or the one its name begins with, a suffix at a
 * time (`draft-store-write-check` → `draft-store-write`, `draft-store`, `draft`).
 */
function mirroredSource(testFile: string, exists: (file: string) => boolean = (file) => existsSync(path.join(ROOT, file))): string | null {
  const tier = TIERS.find(({ dir }) => testFile.startsWith(`${dir}/`));
  if (!tier || !TEST_FILE.test(testFile)) return null;
  const mirrored = tier.mirrors(testFile.slice(tier.dir.length + 1).replace(TEST_FILE, ''));
  const folder = path.posix.dirname(mirrored);
  const words = path.posix.basename(mirrored).split('-');
  for (let n = words.length; n > 0; n--) {
    const base = `${folder}/${words.slice(0, n).join('-')}`;
    const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(exists);
    if (found) return found;
  }
  return null;
}

const isFlowTest = (testFile: string) => FLOW_TESTS.some((entry) => (entry.endsWith('/') ? testFile.startsWith(entry) : testFile === entry));

const testFiles = () => TIERS.flatMap(({ dir }) => filesUnder(dir)).filter((file) => TEST_FILE.test(file));

describe('tests mirror the sources they test', () => {
  it('finds the module a test mirrors, with a suffix, and a folder\u2019s index', () => {
    const files = new Set(['electron/services/draft-store.ts', 'renderer/editor/sections/index.ts', 'shared/draft/read-draft.ts', 'tests/e2e/host/host-guard.ts']);
    const exists = (file: string) => files.has(file);
    expect(mirroredSource('tests/unit/electron/services/draft-store.test.ts', exists)).toBe('electron/services/draft-store.ts');
    expect(mirroredSource('tests/unit/electron/services/draft-store-write-check.test.ts', exists)).toBe('electron/services/draft-store.ts');
    expect(mirroredSource('tests/renderer/editor/sections.test.tsx', exists)).toBe('renderer/editor/sections/index.ts');
    expect(mirroredSource('tests/unit/e2e/host/host-guard.test.ts', exists)).toBe('tests/e2e/host/host-guard.ts');
    // In another folder, under another name, or a prefix that is only part of a word: no mirror.
    expect(mirroredSource('tests/unit/shared/documents/read-draft.test.ts', exists)).toBeNull();
    expect(mirroredSource('tests/unit/electron/services/store.test.ts', exists)).toBeNull();
    expect(mirroredSource('tests/unit/shared/draft/read.test.ts', exists)).toBeNull();
    expect(mirroredSource('tests/renderer/editor/draft-store.test.ts', exists)).toBeNull();
  });

  it('holds for every unit and renderer test but the flow tests', () => {
    const strays = testFiles().filter((file) => !isFlowTest(file) && mirroredSource(file) === null);
    expect(strays, 'tests that mirror no source file: move each to the path of what it tests or, for a flow test, list it in FLOW_TESTS').toEqual([]);
  });

  it('lists only flow tests that exist and mirror no source (so the list stays short and true)', () => {
    const files = testFiles();
    for (const entry of FLOW_TESTS) {
      const covered = files.filter((file) => isFlowTest(file) && (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
      expect(covered, `${entry} names no test`).not.toEqual([]);
      expect(covered.filter((file) => mirroredSource(file) !== null), `${entry}: these mirror a source, so they are no flow tests`).toEqual([]);
    }
  });
});
