import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

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
    new MakerSquirrel({ name: 'samverka', setupExe: 'Samverka-setup.exe' }),
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
