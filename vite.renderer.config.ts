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

// The same output folder as Forge's Vite plugin, so that the e2e host serves
// exactly what the packaged app loads. SAMVERKA_RENDERER_OUT moves it, so the
// Forge build test does not rebuild the folder the e2e tests are serving.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: process.env.SAMVERKA_RENDERER_OUT ?? path.resolve(import.meta.dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
