import { ESLint } from 'eslint';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/fixtures';

// The cycle rule follows every import through the tree: checked on its own below, left out of the snippets' lint.
const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId !== 'samverka/no-cycle' });
// Loading the config (the parsers, import-x and its resolver) once, before the first snippet's clock starts.
beforeAll(() => eslint.calculateConfigForFile(path.join(ROOT, 'shared/x.ts')));
const CYCLE = 'samverka/no-cycle';
const cycles = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === CYCLE });

/** Lints a piece of code as if it stood at `file`, returning the rule ids that fired. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

/** Files written into the tree for one test, where the lint's config applies; removed after it. */
const written: string[] = [];
async function write(file: string, code: string): Promise<string> {
  const full = path.join(ROOT, file);
  written.push(full);
  await writeFile(full, code);
  return full;
}
afterEach(async () => {
  await Promise.all(written.splice(0).map((file) => rm(file, { force: true })));
});

describe('the cycle lint', () => {
  const a = `shared/draft/cycle-a-${process.pid}`;
  const b = `shared/draft/cycle-b-${process.pid}`;
  const name = (file: string) => `./${path.basename(file)}`;

  it('fails on two modules that import each other', async () => {
    await write(`${a}.ts`, `import { b } from '${name(b)}';\nexport const a = () => b;\n`);
    await write(`${b}.ts`, `import { a } from '${name(a)}';\nexport const b = () => a;\n`);
    const results = await cycles.lintFiles([`${a}.ts`, `${b}.ts`]);
    expect(results.map((result) => result.messages.map((m) => m.ruleId))).toEqual([[CYCLE], [CYCLE]]);
  });

  it('counts `import type` edges too: one keyword away from a crash at load', async () => {
    await write(`${a}.ts`, `import type { B } from '${name(b)}';\nexport const a = (x: B) => x;\n`);
    await write(`${b}.ts`, `import type { a } from '${name(a)}';\nexport type B = ReturnType<typeof a>;\n`);
    const results = await cycles.lintFiles([`${a}.ts`, `${b}.ts`]);
    expect(results.map((result) => result.messages.map((m) => m.ruleId))).toEqual([[CYCLE], [CYCLE]]);
  });

  it('fails on the cycle the issue describes: the follow-up summary importing the schema that imports it', async () => {
    await write(`${a}.ts`, "import { FOLLOW_UP_STATUSES } from './schema';\nexport const STATUS_COUNT = FOLLOW_UP_STATUSES.length;\n");
    // The schema is linted as if it imported that summary, as it once did.
    const schema = path.join(ROOT, 'shared/draft/schema.ts');
    const code = `import { STATUS_COUNT } from '${name(a)}';\nexport const statusCount = STATUS_COUNT;\n${await readFile(schema, 'utf8')}`;
    const [result] = await cycles.lintText(code, { filePath: schema });
    expect(result.messages.map((m) => m.ruleId)).toContain(CYCLE);
  });
});

describe('the layers of shared/', () => {
  it.each([
    ['shared/i18n/x.ts', "import { summarize } from '../draft/summary';"],
    ['shared/i18n/x.ts', "import { DRAFT_KINDS } from '../draft/schema';"],
    ['shared/i18n/x.ts', "import { CONTRACT } from '../ipc/contract';"],
    ['shared/i18n/x.ts', "import { followUpRows } from '../follow-up/rows';"],
    ['shared/draft/x.ts', "import { followUpRows } from '../follow-up/rows';"],
    ['shared/draft/x.ts', "import { CONTRACT } from '../ipc/contract';"],
    ['shared/draft/vocabulary.ts', "import { LABEL } from '../i18n/terms';"],
    ['shared/draft/vocabulary.ts', "import { draftSchema } from './schema';"],
    ['shared/ipc/vocabulary.ts', "import { DRAFT_KINDS } from '../draft/vocabulary';"],
    ['shared/follow-up/x.ts', "import { buildDocument } from '../documents/draft-document';"],
    ['shared/documents/x.ts', "import { CONTRACT } from '../ipc/contract';"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport const used = [${code.match(/import \{ (\w+)/)?.[1]}];\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/i18n/x.ts', "import { DRAFT_KINDS } from '../draft/vocabulary';\nimport { LIMITS } from '../draft/limits';\nimport type { ReadOnlyReason } from '../ipc/vocabulary';\nexport const u = [DRAFT_KINDS, LIMITS] as unknown as ReadOnlyReason;"],
    ['shared/i18n/x.ts', "import type { Draft } from '../draft/schema';\nexport const title = (draft: Pick<Draft, 'title'>) => draft.title;"],
    ['shared/draft/x.ts', "import { describeField } from '../i18n/terms';\nimport { LIMITS } from './limits';\nexport const u = [describeField, LIMITS];"],
    ['shared/draft/image.ts', "import { LIMITS } from './limits';\nexport const u = LIMITS;"],
    ['shared/follow-up/x.ts', "import { summarize } from '../draft/summary';\nexport const u = summarize;"],
    ['shared/documents/x.ts', "import { followUpRows } from '../follow-up/rows';\nexport const u = followUpRows;"],
    ['shared/ipc/x.ts', "import { buildDocument } from '../documents/draft-document';\nexport const u = buildDocument;"],
  ])('allows the downward imports in %s', async (file, code) => {
    expect((await violations(file, code)).filter((rule) => rule === 'no-restricted-imports')).toEqual([]);
  });
});

describe('the draft-kind lint', () => {
  it.each([
    "export const agreement = (kind: string) => kind === 'samverkansoverenskommelse';",
    "export const promise = (draft: { kind: string }) => 'medborgarlofte' !== draft.kind;",
    "export const years = (kind: string) => { switch (kind) { case 'medborgarlofte': return 1; default: return 4; } };",
  ])('forbids comparing a kind to a literal: %s', async (code) => {
    expect(await violations('shared/draft/x.ts', code)).toContain('no-restricted-syntax');
  });

  it('allows a Record<DraftKind, …> lookup', async () => {
    const code = "import type { DraftKind } from './vocabulary';\nconst YEARS: Record<DraftKind, number> = { medborgarlofte: 1, samverkansoverenskommelse: 4 };\nexport const years = (kind: DraftKind) => YEARS[kind];";
    expect(await violations('shared/draft/x.ts', code)).toEqual([]);
  });
});
