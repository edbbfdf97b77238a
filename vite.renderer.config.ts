import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { DEV_RENDERER_CSP, RENDERER_CSP } from './shared/security/csp';

/** The policy as a meta tag, so it holds however the page is loaded; servers also send it as a header. */
function contentSecurityPolicy(): Plugin {
  let csp = RENDERER_CSP;
  return {
    name: 'samverka-csp',
    configResolved(config) {
      if (config.command === 'serve') csp = DEV_RENDERER_CSP;
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
    ],
  };
}

// Forge's Vite plugin builds with this config into .vite/renderer/main_window;
// `npm run build:renderer` builds the same into dist/renderer for the e2e host,
// where Forge's clean-up of .vite cannot pull it away from a running test.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: path.resolve(import.meta.dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
