import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the rest: CommonJS output (.vite/build/main.cjs),
// Node built-ins and `electron` external. lowdb (ESM-only) is bundled in.
export default defineConfig({});
