import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import { exampleOriginsOf, UNKNOWN_ORIGIN, type ExampleOrigin, type ExampleOrigins } from '../../shared/draft/from-example';
import type { ExampleSummary } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { EXAMPLE_MESSAGE } from '../../shared/i18n/start';
import { readDraftFile } from './draft-file';

const SUFFIX = '.samverka.json';

/** The file beside the examples that says whom each is written for and where it comes from. */
export const ORIGINS_FILE = 'exempel.json';

/** The examples' descriptions; none when the file is missing or unreadable (the examples still start drafts). */
async function readOrigins(dir: string): Promise<ExampleOrigins> {
  const text = await readFile(path.join(dir, ORIGINS_FILE), 'utf8').catch(() => null);
  if (text === null) return new Map();
  try {
    return exampleOriginsOf(JSON.parse(text));
  } catch {
    return new Map();
  }
}

/**
 * The examples that ship in resources/examples: real drafts in the file
 * format, which the user can start from and the tests use, with what
 * exempel.json says about each.
 */
export async function listExamples(dir: string): Promise<ExampleSummary[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(SUFFIX)).sort();
  const origins = await readOrigins(dir);
  const examples: ExampleSummary[] = [];
  for (const name of names) {
    const result = await readDraftFile(path.join(dir, name));
    if (!result.ok) continue;
    const id = name.slice(0, -SUFFIX.length);
    const { title, kind, period } = result.draft;
    const { municipality, policeArea, source = '' } = origins.get(id) ?? { ...UNKNOWN_ORIGIN, source: '' };
    examples.push({ id, title, kind, municipality, policeArea, source, period: { start: period.start, end: period.end } });
  }
  return examples;
}

/** One example by id (its file name without `.samverka.json`). */
export async function readExample(dir: string, id: string): Promise<Draft> {
  return (await readExampleWithOrigin(dir, id)).draft;
}

/** One example by id, and whom it is written for (`UNKNOWN_ORIGIN` when exempel.json does not say). */
export async function readExampleWithOrigin(dir: string, id: string): Promise<{ draft: Draft; origin: ExampleOrigin }> {
  if (!/^[a-z0-9-]+$/.test(id)) throw new UserError('not-found', EXAMPLE_MESSAGE.notFound(id));
  const result = await readDraftFile(path.join(dir, id + SUFFIX));
  if (!result.ok && result.error.code === 'not-found') throw new UserError('not-found', EXAMPLE_MESSAGE.notFound(id));
  if (!result.ok) throw new UserError(result.error.code, EXAMPLE_MESSAGE.unreadable(id, result.error.message));
  return { draft: result.draft, origin: (await readOrigins(dir)).get(id) ?? UNKNOWN_ORIGIN };
}
