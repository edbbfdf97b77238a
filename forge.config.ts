import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerMsi } from './scripts/forge-maker-msi';

/**
 * The MSI's upgrade code: the same for every version, for ever, so that a
 * newer package replaces an older one (and IT's deployment tools see one
 * product). Never change it; a product code is new in every build.
 */
export const MSI_UPGRADE_CODE = '985FB31E-F2C7-42EA-8BDE-CF7BAE7F765C';

/** Swedish (Sweden), as Windows Installer numbers languages (LCID). */
const SWEDISH = 1053;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Samverka',
    executableName: 'samverka',
    asar: true,
    appCategoryType: 'public.app-category.productivity',
    extraResource: ['resources/examples', 'resources/draft-file.schema.json'],
  },
  rebuildConfig: {},
  makers: [
    // Windows: one Windows Installer package, installed per machine under Program Files, silently with
    // `msiexec /i … /qn` (README, "För IT"). No Squirrel: it installs per user and updates itself from the
    // network, which is not how a municipality's IT deploys programs. No auto-updater or auto-launch either:
    // a newer MSI with the same upgrade code replaces the old one.
    new MakerMsi({
      manufacturer: 'Samverka',
      upgradeCode: MSI_UPGRADE_CODE,
      defaultInstallMode: 'perMachine',
      language: SWEDISH,
      programFilesFolderName: 'Samverka',
      shortcutFolderName: 'Samverka',
      shortcutName: 'Samverka',
      appUserModelId: 'se.samverka.app',
      // No dialogs: IT installs it without a user, and a user has nothing to choose.
      ui: false,
      features: { autoUpdate: false, autoLaunch: false },
    }),
    new MakerZIP({}),
    new MakerDeb({
      options: {
        name: 'samverka',
        productName: 'Samverka',
        genericName: 'Medborgarlöften och samverkansöverenskommelser',
        categories: ['Office'],
      },
    }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Flipped at package time, as in Electron's template: the packaged app cannot
    // be run as plain Node, ignores NODE_OPTIONS and --inspect, checks its asar
    // and loads code only from it.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
