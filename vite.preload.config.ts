import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the rest: CommonJS output (.vite/build/preload.cjs),
// one file, `electron` external; the sandboxed preload may require nothing else.
export default defineConfig({});
