import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * What the crash tests share: a child process bundled with esbuild (the real
 * services, as the app runs them), started with V8's compile cache so that
 * hundreds of starts stay quick, whose lines of output are read as they come
 * and which the test kills with SIGKILL.
 */

/** Bundles `entry` (a .ts file) for Node into `outDir`; returns the script and a compile cache folder for {@link startChild}. */
export async function bundleChild(entry: string, outDir: string): Promise<{ script: string; compileCache: string }> {
  const script = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: script,
    logLevel: 'error',
    // Bundled CommonJS dependencies (docx, pdf-lib) call require; an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { script, compileCache: path.join(outDir, 'compile-cache') };
}

/** A running child: each line it prints goes to `onLine`; `kill` sends SIGKILL. */
export interface Child {
  kill(): void;
  /** Resolves when it ended by SIGKILL; rejects when it stopped by itself (with what it wrote to stderr). */
  ended: Promise<void>;
}

/** Starts `script` with `args`, calling `onLine` with each whole line of its stdout. */
export function startChild(script: string, args: string[], compileCache: string, onLine: (line: string) => void): Child {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: compileCache },
  });
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child stopped by itself (${code}): ${stderr}`));
    });
  });
  return { kill: () => void child.kill('SIGKILL'), ended };
}
