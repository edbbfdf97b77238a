import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/fixtures';

// The cycle rule follows every import through the tree: checked on its own below, left out of the snippets' lint.
const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId !== 'samverka/no-cycle' });
// Loading the config (the parsers, import-x and its resolver) once, before the first snippet's clock starts.
beforeAll(() => eslint.calculateConfigForFile(path.join(ROOT, 'shared/x.ts')));

/** Lints a piece of code as if it stood at `file`, returning the rule ids that fired. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the import-direction lint', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import fs from 'node:fs';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/draft/x.ts', "import { api } from '../../renderer/api';"],
    ['shared/draft/x.ts', "import { DraftStore } from '../../electron/services/draft-store';"],
    ['electron/services/x.ts', "import { dialog } from 'electron';"],
    ['electron/services/x.ts', "import { registerIpc } from '../ipc';"],
    ['electron/x.ts', "import { api } from '../renderer/api';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import fs from 'node:fs/promises';"],
    ['renderer/pages/x.ts', "import { createHandlers } from '../../electron/services/handlers';"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport const used = [${code.match(/import \{? ?(\w+)/)?.[1]}];\n`)).toContain('no-restricted-imports');
  });

  it('keeps the renderer to renderer/api.ts for reaching the app', async () => {
    expect(await violations('renderer/pages/x.ts', 'export const list = () => window.samverka.listDrafts();')).toContain('no-restricted-properties');
    expect(await violations('renderer/api.ts', 'export const bridge = () => window.samverka;')).toEqual([]);
  });

  it.each([
    ['shared/x.ts', 'export const w = window.innerWidth;'],
    ['shared/x.ts', 'export const e = process.env.HOME;'],
  ])('forbids DOM and Node globals in shared/: %s', async (file, code) => {
    expect(await violations(file, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();"],
    ['electron/services/x.ts', "import fs from 'node:fs';\nimport { LIMITS } from '../../shared/draft/limits';\nimport { writeDocx } from './docx-export';\nexport const u = [fs, LIMITS, writeDocx];"],
    ['electron/x.ts', "import { app } from 'electron';\nimport { DraftStore } from './services/draft-store';\nexport const u = [app, DraftStore];"],
    ['renderer/x.ts', "import { api } from './api';\nimport { KIND_LABEL } from '../shared/i18n/terms';\nexport const u = [api, KIND_LABEL];"],
  ])('allows the downward imports in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
