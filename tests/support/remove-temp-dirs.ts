import { afterAll } from 'vitest';
import { removeTempDirs } from './fixtures';

/** Every tier's setup file: the temp folders a test file made go once it has run (its own afterAll hooks run first). */
afterAll(() => removeTempDirs());
