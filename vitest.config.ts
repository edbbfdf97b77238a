import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Five tiers, one command: unit (shared/ and services in Node), main (the
 * built Electron main and preload bundles in Node, against a recording
 * stand-in for the `electron` module), renderer (React components in jsdom),
 * e2e (the built renderer in Debian's Chromium against the e2e host) and
 * interop (LibreOffice and python-docx read our .docx).
 */
/** Each tier removes the temp folders its test files made (tests/support/remove-temp-dirs.ts). */
const setupFiles = ['tests/support/remove-temp-dirs.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles } },
      {
        test: {
          name: 'main',
          include: ['tests/main/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          // Builds main.cjs and preload.cjs once for the tier, as Forge does (about two seconds).
          globalSetup: ['tests/main/support/global-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: { name: 'renderer', include: ['tests/renderer/**/*.test.{ts,tsx}'], environment: 'jsdom', setupFiles },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'interop',
          include: ['tests/interop/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
