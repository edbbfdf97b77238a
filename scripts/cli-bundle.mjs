// The command line as one ES module bundle (dist/cli/cli.mjs), built from
// electron/cli.ts with esbuild and run by plain Node (scripts/cli.mjs), so
// that `npm run cli` starts without compiling TypeScript first. dist/ is
// ignored by git and not packaged (Forge's Vite plugin packages only .vite/).
//
// `node scripts/cli-bundle.mjs` builds it (npm test does, first); the
// launcher builds it when it is missing or older than its sources.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, 'dist', 'cli');

/** The bundle: exports `runCli` and `EXIT` of electron/cli.ts. */
export const CLI_BUNDLE = path.join(OUT_DIR, 'cli.mjs');

/**
 * Beside the bundle: when its build started and the modification time of
 * every file it was built from, as esbuild's metafile names them (ours and
 * the packages', ~130 files), and of {@link SETTINGS}.
 */
const INPUTS_FILE = path.join(OUT_DIR, 'cli.inputs.json');

/** Node's compile cache for the bundle (Node ≥ 22.1; keyed by the code's hash, so never stale). */
export const COMPILE_CACHE = path.join(OUT_DIR, 'compile-cache');

/** Besides the sources: this script, which holds the options, and the TypeScript settings esbuild reads. */
const SETTINGS = [path.relative(ROOT, import.meta.filename), 'tsconfig.json'];

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

/**
 * Builds the bundle with esbuild's JS API (esbuild is already here for Vite
 * and tsx; loaded only when a build is needed). Everything is bundled, the
 * packages too: one file loads faster than docx, zod and lowdb from
 * node_modules. Bundle and inputs list are each written whole (to a temporary
 * name, then renamed), so a run beside a build never reads half a file.
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
    format: 'esm',
    target: 'node20.19',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...SETTINGS]) inputs[file] = statSync(path.resolve(ROOT, file)).mtimeMs;
  const suffix = `.${process.pid}.tmp`;
  for (const { path: file, contents } of result.outputFiles) {
    writeFileSync(file + suffix, contents);
    renameSync(file + suffix, file);
  }
  writeFileSync(INPUTS_FILE + suffix, JSON.stringify({ startedAt, inputs }, null, 1));
  renameSync(INPUTS_FILE + suffix, INPUTS_FILE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await buildCliBundle();
