import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import type { ExampleSummary } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { EXAMPLE_MESSAGE } from '../../shared/i18n/start';
import { readDraftFile } from './draft-file';

const SUFFIX = '.samverka.json';

/**
 * The examples that ship in resources/examples: real drafts in the file
 * format, which the user can start from and the tests use.
 */
export async function listExamples(dir: string): Promise<ExampleSummary[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(SUFFIX)).sort();
  const examples: ExampleSummary[] = [];
  for (const name of names) {
    const result = await readDraftFile(path.join(dir, name));
    if (result.ok) examples.push({ id: name.slice(0, -SUFFIX.length), title: result.draft.title, kind: result.draft.kind });
  }
  return examples;
}

/** One example by id (its file name without `.samverka.json`). */
export async function readExample(dir: string, id: string): Promise<Draft> {
  if (!/^[a-z0-9-]+$/.test(id)) throw new UserError('not-found', EXAMPLE_MESSAGE.notFound(id));
  const result = await readDraftFile(path.join(dir, id + SUFFIX));
  if (result.ok) return result.draft;
  if (result.error.code === 'not-found') throw new UserError('not-found', EXAMPLE_MESSAGE.notFound(id));
  throw new UserError(result.error.code, EXAMPLE_MESSAGE.unreadable(id, result.error.message));
}
