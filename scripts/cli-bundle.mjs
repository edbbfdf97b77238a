// The command line as one CommonJS bundle (dist/cli/cli.cjs), built from
// electron/cli.ts with esbuild and run by plain Node (scripts/cli.mjs), so
// that `npm run cli` starts without compiling TypeScript first. dist/ is
// ignored by git and not packaged (Forge's Vite plugin packages only .vite/).
//
// `node scripts/cli-bundle.mjs` builds it (npm test does, first); the
// launcher builds it when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, 'dist', 'cli');

/** The bundle: exports `runCli` and `EXIT` of electron/cli.ts. */
export const CLI_BUNDLE = path.join(OUT_DIR, 'cli.cjs');

/**
 * Beside the bundle: when its build started and the modification time of
 * every file it was built from, as esbuild's metafile names them (ours and
 * the packages', ~130 files), and of {@link SETTINGS}.
 */
const INPUTS_FILE = path.join(OUT_DIR, 'cli.inputs.json');

/**
 * V8's code cache of the bundle, made after a run (see {@link loadCliBundle}),
 * so it holds the functions that run compiled, not only the top level. V8
 * checks it against the source and its own version and flags, and refuses a
 * cache that does not fit; the launcher then writes a new one.
 */
const CODE_CACHE = path.join(OUT_DIR, 'cli.code-cache');

/** Besides the sources: this script, which holds the options, and the TypeScript settings esbuild reads. */
const SETTINGS = [path.relative(ROOT, import.meta.filename), 'tsconfig.json'];

/** A draft the build exports once, so the code cache is made from a real export; absent in a copy without resources/. */
const WARM_UP_DRAFT = path.join(ROOT, 'resources/examples/medborgarlofte-ljusdal-2022-2024.samverka.json');

/**
 * Whether the bundle was built from the files as they are now: every input
 * has the modification time it had when the bundle was built, none changed
 * while it was being built, and none is gone. A few milliseconds (one stat
 * per input); an edited, touched, restored or deleted source makes it stale.
 */
export function cliBundleIsFresh() {
  try {
    statSync(CLI_BUNDLE);
    const { startedAt, inputs } = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
    return Object.entries(inputs).every(([file, mtimeMs]) => {
      const now = statSync(path.resolve(ROOT, file)).mtimeMs;
      return now === mtimeMs && now <= startedAt;
    });
  } catch {
    return false;
  }
}

/** Writes a file whole: to a temporary name, then renamed, so a run beside a build never reads half a file. */
function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * Builds the bundle with esbuild's JS API (esbuild is already here for Vite
 * and tsx; loaded only when a build is needed). Everything is bundled, the
 * packages too: one file loads faster than docx, zod and lowdb from
 * node_modules. Then exports the warm-up draft once in a child process,
 * which leaves the code cache behind.
 */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/cli.ts'],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    // cli.ts runs itself only when it is the program; in the bundle it never is (the launcher calls runCli).
    define: { 'import.meta.filename': '__filename' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...SETTINGS]) inputs[file] = statSync(path.resolve(ROOT, file)).mtimeMs;
  rmSync(CODE_CACHE, { force: true });
  for (const { path: file, contents } of result.outputFiles) writeWhole(file, contents);
  writeWhole(INPUTS_FILE, JSON.stringify({ startedAt, inputs }, null, 1));
  if (existsSync(WARM_UP_DRAFT)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samverka-cli-warm-up-'));
    try {
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/cli.mjs'), 'export', WARM_UP_DRAFT, '-o', path.join(dir, 'utkast.docx')], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Loads the bundle as Node loads a CommonJS module, but through a
 * `vm.Script` given the code cache, so that what ran before is not compiled
 * again (Node's own compile cache keeps only the top level, compiled before
 * anything runs). `saveCodeCache()`, called after the run, writes the cache
 * when there was none or V8 refused it.
 */
export function loadCliBundle() {
  const source = readFileSync(CLI_BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: CLI_BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, OUT_DIR);
  return {
    runCli: module.exports.runCli,
    saveCodeCache() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        writeWhole(CODE_CACHE, script.createCachedData());
      } catch {
        // A read-only checkout runs without the cache, only slower.
      }
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await buildCliBundle();
