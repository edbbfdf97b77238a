import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import forgeConfig from '../../forge.config';
import { DEV_RENDERER_CSP, RENDERER_CSP, RENDERER_CSP_HEADER } from '../../shared/security/csp';
import { ROOT } from '../support/fixtures';

/**
 * What the packaged app is built with, as forge.config.ts and the renderer's
 * policy say it (Electron's security checklist, items 7, 16 and 19): the
 * fuses flipped at package time, and a Content-Security-Policy that lets
 * the page run only its own scripts.
 */
describe('the packaged app', () => {
  it('flips the fuses that would let the app be run as something else', () => {
    const fuses = forgeConfig.plugins?.find((plugin) => (plugin as { name?: string }).name === 'fuses') as { fusesConfig: Record<number, boolean> } | undefined;
    expect(fuses).toBeDefined();
    expect(fuses!.fusesConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    expect(forgeConfig.packagerConfig?.asar).toBe(true);
  });

  it('runs on a maintained Electron (45 or newer), the one installed', () => {
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version as string;
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('lets the page run only its own scripts and styles, and connect nowhere else', () => {
    const directives = new Map(RENDERER_CSP_HEADER.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    // Under forge start Vite injects styles and reloads over a socket; scripts stay the page's own.
    expect(DEV_RENDERER_CSP).toContain("script-src 'self';");
  });
});
