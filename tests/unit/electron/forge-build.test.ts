import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/fixtures';

const run = promisify(execFile);
const BUILD = path.join(ROOT, '.vite/build');

/**
 * Electron Forge builds main, preload and renderer with its Vite plugin.
 * Packaging then needs Electron's binary, which machines without network
 * cannot fetch: there the build must pass and only the download may fail.
 */
describe('the Electron Forge build', () => {
  it('bundles main and preload into self-contained CommonJS', { timeout: 180_000 }, async () => {
    rmSync(BUILD, { recursive: true, force: true });
    let output: string;
    try {
      const { stdout, stderr } = await run(path.join(ROOT, 'node_modules/.bin/electron-forge'), ['package'], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
      output = stdout + stderr;
    } catch (error) {
      const e = error as { stdout: string; stderr: string };
      output = e.stdout + e.stderr;
      // The only acceptable failure is fetching Electron itself.
      expect(output).toMatch(/Packaging application \[FAILED: fetch failed\]|getaddrinfo|ENOTFOUND/);
    }
    expect(output).toContain('Building production Vite bundles');

    const main = readFileSync(path.join(BUILD, 'main.cjs'), 'utf8');
    const preload = readFileSync(path.join(BUILD, 'preload.cjs'), 'utf8');
    expect(readFileSync(path.join(ROOT, '.vite/renderer/main_window/index.html'), 'utf8')).toContain('Content-Security-Policy');

    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const required = (code: string) => [...code.matchAll(/require\((?:"|'|`)([^"'`]+)(?:"|'|`)\)/g)].map((m) => m[1]);
    expect(required(main).filter((name) => !allowed.has(name))).toEqual([]);
    // The sandboxed preload can require only Electron's own modules.
    expect(required(preload)).toEqual(['electron']);
    expect(preload).not.toContain('zod');
  });
});
