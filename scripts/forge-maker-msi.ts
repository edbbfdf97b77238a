import { rename } from 'node:fs/promises';
import path from 'node:path';
import { MakerBase, type MakerOptions } from '@electron-forge/maker-base';
import type { ForgeArch, ForgePlatform } from '@electron-forge/shared-types';
import type { MSICreator, MSICreatorOptions } from 'electron-wix-msi';

/**
 * An Electron Forge maker of a Windows Installer package (.msi), for IT to
 * deploy per machine and silently (Intune, Configuration Manager, group
 * policy): `msiexec /i Samverka-<version>-x64.msi /qn`.
 *
 * Forge's own WiX maker is not published for Forge 8 (`npm view
 * @electron-forge/maker-wix versions` ends at 7.11.2, built on Forge 7's
 * maker base), so this is that maker's job done on Forge 8's base with the
 * library it wraps, electron-wix-msi, which drives the WiX Toolset v3
 * (candle.exe and light.exe on PATH). It builds only on Windows; elsewhere
 * Forge skips it, and the tests check the options it would build with
 * ({@link msiOptions}).
 */

/** The maker's options: electron-wix-msi's, less what Forge knows from the package (folders, exe, version, architecture). */
export type MakerMsiConfig = Omit<MSICreatorOptions, 'appDirectory' | 'outputDirectory' | 'exe' | 'version' | 'arch' | 'description' | 'name'> & {
  /** package.json's description by default. */
  description?: string;
  /** The app's name (Forge's `packagerConfig.name`) by default. */
  name?: string;
};

export class MakerMsi extends MakerBase<MakerMsiConfig> {
  override name = 'msi';
  override defaultPlatforms: ForgePlatform[] = ['win32'];
  // Forge checks these before making, so a machine without WiX fails at once and says what it needs.
  override requiredExternalBinaries = ['candle', 'light'];

  override isSupportedOnCurrentPlatform(): boolean {
    return process.platform === 'win32';
  }

  override async make(options: MakerOptions): Promise<string[]> {
    const outputDirectory = path.resolve(options.makeDir, 'msi', options.targetArch);
    await this.ensureDirectory(outputDirectory);
    // Loaded only when making, so the configuration loads (and `forge package` runs) without it on any system.
    const { MSICreator } = await import('electron-wix-msi');
    const creator = new MSICreator(msiOptions(this.config, options, outputDirectory));
    withWindowsCodepage(creator);
    await creator.create();
    const { msiFile } = await creator.compile();
    // electron-wix-msi names the package after the executable; IT keeps several versions side by side.
    const named = path.join(outputDirectory, msiFileName(options));
    await rename(msiFile, named);
    return [named];
  }
}

/** `Samverka-0.1.0-x64.msi`: what, which version, for which architecture. */
export function msiFileName({ appName, packageJSON, targetArch }: Pick<MakerOptions, 'appName' | 'packageJSON' | 'targetArch'>): string {
  return `${appName}-${packageJSON.version}-${targetArch}.msi`;
}

/**
 * What electron-wix-msi gets: the configuration, and from the packaged app
 * its folder, executable (Forge's `executableName`), version and the
 * architecture Forge is making for (electron-wix-msi would otherwise make an
 * x86 package of an x64 app, installed under "Program Files (x86)").
 */
export function msiOptions(
  config: MakerMsiConfig,
  { dir, targetArch, packageJSON, appName, forgeConfig }: Pick<MakerOptions, 'dir' | 'targetArch' | 'packageJSON' | 'appName' | 'forgeConfig'>,
  outputDirectory: string,
): MSICreatorOptions {
  return {
    description: packageJSON.description,
    name: appName,
    ...config,
    exe: forgeConfig.packagerConfig.executableName ?? appName,
    version: packageJSON.version,
    arch: msiArch(targetArch),
    appDirectory: dir,
    outputDirectory,
  };
}

function msiArch(arch: ForgeArch): 'x64' | 'x86' {
  if (arch === 'x64' || arch === 'ia32') return arch === 'x64' ? 'x64' : 'x86';
  throw new Error(`The MSI maker makes x64 and ia32 packages, not ${arch}.`);
}

/**
 * Gives the package the Western European code page (1252). Windows Installer
 * stores text in the package's code page, and the description and the
 * shortcut's text have "ö" and "–": that is said outright rather than left to
 * WiX's default, under which ASCII alone is safe.
 */
export function withWindowsCodepage(creator: Pick<MSICreator, 'wixTemplate'>): void {
  const product = 'Language="{{Language}}"';
  if (!creator.wixTemplate.includes(product)) throw new Error('electron-wix-msi\'s template has changed: set the code page anew.');
  creator.wixTemplate = creator.wixTemplate.replace(product, `${product}\n           Codepage="1252"`);
}
