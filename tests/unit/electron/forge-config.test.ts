import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedForgeConfig } from '@electron-forge/shared-types';
import { MSICreator } from 'electron-wix-msi';
import { describe, expect, it } from 'vitest';
import config, { MSI_UPGRADE_CODE } from '../../../forge.config';
import { MakerMsi, msiFileName, msiOptions, withWindowsCodepage } from '../../../scripts/forge-maker-msi';
import { ROOT } from '../../support/fixtures';

const packageJSON = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The MSI maker of the configuration, with its configuration resolved as Forge resolves it before making. */
async function msiMaker(): Promise<MakerMsi> {
  const makers = (config.makers ?? []).filter((maker): maker is MakerMsi => maker instanceof MakerMsi);
  expect(makers).toHaveLength(1);
  await makers[0].prepareConfig('x64');
  return makers[0];
}

/** What electron-wix-msi gets when Forge makes for `arch` on Windows. */
async function options(targetArch: 'x64' | 'ia32' | 'arm64' = 'x64') {
  const maker = await msiMaker();
  return msiOptions(
    maker.config,
    { dir: 'C:\\build\\out\\Samverka-win32-x64', targetArch, packageJSON, appName: 'Samverka', forgeConfig: config as ResolvedForgeConfig },
    'C:\\build\\out\\make\\msi\\x64',
  );
}

/**
 * The Windows installer builds only on Windows with the WiX Toolset, so here
 * its configuration is checked as Forge loads it, and as electron-wix-msi
 * takes it.
 */
describe('the Windows installer', () => {
  it('is an MSI, made only on Windows; Squirrel is gone', async () => {
    const maker = await msiMaker();
    expect(maker.name).toBe('msi');
    expect(maker.platforms).toEqual(['win32']);
    expect(maker.isSupportedOnCurrentPlatform()).toBe(process.platform === 'win32');
    expect(maker.requiredExternalBinaries).toEqual(['candle', 'light']);
    const names = (config.makers ?? []).map((m) => (m as { name?: string }).name);
    expect(names).not.toContain('squirrel');
    expect(Object.keys(packageJSON.devDependencies)).not.toContain('@electron-forge/maker-squirrel');
  });

  it('installs per machine, silently, in Swedish, with a fixed upgrade code and no updater', async () => {
    expect(await options()).toMatchObject({
      defaultInstallMode: 'perMachine',
      upgradeCode: MSI_UPGRADE_CODE,
      manufacturer: 'Samverka',
      language: 1053,
      ui: false,
      features: { autoUpdate: false, autoLaunch: false },
      programFilesFolderName: 'Samverka',
      name: 'Samverka',
      description: packageJSON.description,
    });
    expect(MSI_UPGRADE_CODE).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it('packages the app Forge made: its folder, executable, version and architecture', async () => {
    expect(await options('x64')).toMatchObject({
      appDirectory: 'C:\\build\\out\\Samverka-win32-x64',
      outputDirectory: 'C:\\build\\out\\make\\msi\\x64',
      exe: 'samverka',
      version: packageJSON.version,
      arch: 'x64',
    });
    expect((await options('ia32')).arch).toBe('x86');
    expect(msiFileName({ appName: 'Samverka', packageJSON, targetArch: 'x64' })).toBe(`Samverka-${packageJSON.version}-x64.msi`);
    await expect(options('arm64')).rejects.toThrow(/x64 and ia32/);
  });

  it('is what electron-wix-msi builds: per machine, Swedish, the same upgrade code, code page 1252', async () => {
    const creator = new MSICreator(await options());
    expect(creator).toMatchObject({
      defaultInstallMode: 'perMachine',
      upgradeCode: MSI_UPGRADE_CODE,
      language: 1053,
      manufacturer: 'Samverka',
      arch: 'x64',
      autoUpdate: false,
      autoLaunch: false,
      exe: 'samverka',
    });
    expect(creator.wixTemplate).toContain('InstallScope="{{PackageScope}}"');
    withWindowsCodepage(creator);
    expect(creator.wixTemplate).toMatch(/Language="\{\{Language\}\}"\s+Codepage="1252"/);
    expect(() => withWindowsCodepage({ wixTemplate: '<Product />' })).toThrow(/template has changed/);
  });

  it('writes WiX source for a per-machine package under Program Files, in Swedish, without Squirrel\'s updater', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samverka-msi-'));
    try {
      const app = path.join(dir, 'Samverka-win32-x64');
      mkdirSync(path.join(app, 'resources'), { recursive: true });
      for (const file of ['samverka.exe', 'resources.pak', 'resources/app.asar']) writeFileSync(path.join(app, file), '');
      const creator = new MSICreator({ ...(await options()), appDirectory: app, outputDirectory: dir });
      withWindowsCodepage(creator);
      // Its launcher is made with rcedit.exe, which runs only on Windows: the app's own executable stands in for it here.
      Object.assign(creator, { getSpecialFiles: async () => [{ name: 'samverka.exe', path: path.join(app, 'samverka.exe') }] });
      const { wxsContent } = await creator.create();
      expect(wxsContent).toContain(`UpgradeCode="${MSI_UPGRADE_CODE}"`);
      expect(wxsContent).toMatch(/Language="1053"\s+Codepage="1252"/);
      expect(wxsContent).toContain('InstallScope="perMachine"');
      expect(wxsContent).toContain('<Property Id="MSIINSTALLPERUSER" Secure="yes" Value="0" />');
      expect(wxsContent).toContain('<Directory Id="ProgramFiles64Folder">');
      expect(wxsContent).toContain('Name="Samverka"');
      expect(wxsContent).toContain(`Name="app-${packageJSON.version}"`);
      expect(wxsContent).toContain('<MajorUpgrade');
      expect(wxsContent).toContain('Value="se.samverka.app"');
      expect(wxsContent).not.toContain('Update.exe');
      expect(wxsContent).not.toContain('AutoLaunch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the versions installed', () => {
  it('are Electron 45 from 45.5.0, installed without downloading its binary', () => {
    const wanted = packageJSON.devDependencies.electron as string;
    expect(wanted).toMatch(/^\^45\.(\d+)\.\d+$/);
    expect(Number(wanted.split('.')[1])).toBeGreaterThanOrEqual(5);
    // npm 11 runs install scripts only of the packages allowScripts lets; Electron fetches its binary at first start instead.
    expect(packageJSON.allowScripts.electron).toBeUndefined();
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/electron'].version).toMatch(/^45\./);
    expect(lock.packages['node_modules/electron'].hasInstallScript).toBeUndefined();
  });

  it('are one Electron Forge version', () => {
    const forge = Object.entries(packageJSON.devDependencies as Record<string, string>).filter(([name]) => name.startsWith('@electron-forge/'));
    expect(new Set(forge.map(([, version]) => version))).toEqual(new Set(['8.0.1']));
  });
});
