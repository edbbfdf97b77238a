import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, mergeConfig, type InlineConfig } from 'vite';
import type { VitePluginConfig } from '@electron-forge/plugin-vite';
import forgeConfig from '../../../forge.config';
import { ROOT } from '../../support/fixtures';
// Forge's own generator of the Vite configs it builds main and preload with; not among the package's exports, so by path.
import ViteConfigGenerator from '../../../node_modules/@electron-forge/plugin-vite/dist/ViteConfig.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The main-process tier's build (see {@link setup}). */
    mainBuild: MainBuild;
  }
}

/** Where the tier's bundles and the renderer stand-in are. */
export interface MainBuild {
  /** `build/main.cjs` and `build/preload.cjs`, exactly as `electron-forge package` builds them. */
  buildDir: string;
  /** The same main bundle as under `forge start`, with the dev server at {@link DEV_SERVER_URL}. */
  devBuildDir: string;
  /** Where the main bundle looks for the renderer (`<build>/../renderer/main_window`): a small page, not the real renderer. */
  rendererDir: string;
  /** A file beside the renderer folder that no request may reach. */
  secretFile: string;
}

/** The dev server's address in the tier's `forge start` build. */
export const DEV_SERVER_URL = 'http://localhost:5173';

/**
 * Builds the Electron main and preload bundles once for the whole tier, with
 * the Vite configs Electron Forge itself generates from forge.config.ts
 * (the same entries, externals, CommonJS output and `MAIN_WINDOW_VITE_*`
 * defines as `electron-forge package`), into a temporary folder instead of
 * `.vite/build`, so the tier never races the Forge build test or a running
 * `npm start`. A second main bundle is built as under `forge start`, with
 * the dev server's URL defined. About two seconds in all.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samverka-main-tier-'));
  const vite = forgeConfig.plugins?.find((plugin) => (plugin as { name?: string }).name === 'vite') as { config: VitePluginConfig } | undefined;
  if (!vite) throw new Error('forge.config.ts has no Vite plugin');
  const configs: InlineConfig[] = await new ViteConfigGenerator(vite.config, ROOT, true).getBuildConfigs();
  const quiet: InlineConfig = { logLevel: 'warn', configFile: false };

  const buildDir = path.join(root, 'build');
  for (const config of configs) await build(mergeConfig(config, { ...quiet, build: { outDir: buildDir } }));
  const devBuildDir = path.join(root, 'dev', 'build');
  const main = configs.find((config) => config.build?.lib);
  if (!main) throw new Error('Forge generated no main-process build');
  await build(mergeConfig(main, { ...quiet, build: { outDir: devBuildDir }, define: { MAIN_WINDOW_VITE_DEV_SERVER_URL: JSON.stringify(DEV_SERVER_URL) } }));

  // The main bundle serves `<build>/../renderer/main_window` under app://samverka/: a page and a script stand in for
  // the real renderer, with files beside the folder that a traversal would reach.
  const rendererDir = path.join(root, 'renderer', 'main_window');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Samverka</title><script type="module" src="./assets/index.js"></script>\n');
  writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'export const page = "samverka";\n');
  const secretFile = path.join(root, 'renderer', 'hemlig.html');
  writeFileSync(secretFile, '<p>HEMLIGT</p>\n');
  mkdirSync(path.join(root, 'renderer', 'main_window-evil'), { recursive: true });
  writeFileSync(path.join(root, 'renderer', 'main_window-evil', 'index.html'), '<p>HEMLIGT</p>\n');

  project.provide('mainBuild', { buildDir, devBuildDir, rendererDir, secretFile });
  return () => rmSync(root, { recursive: true, force: true });
}
