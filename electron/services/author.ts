import path from 'node:path';
import { z } from 'zod';
import { commentAuthorSchema, type CommentAuthor } from '../../shared/draft/schema';
import type { Handlers } from '../../shared/ipc/contract';
import { LowFile, schemaFile } from './durable-json-file';
import type { ServiceDeps } from './service-deps';
import { writeGateOf, type WriteGate } from './write-gate';

/** "Jag företräder" in the data folder. */
export const AUTHOR_FILE = 'jag-foretrader.json';
/** The file holds one role and one name; a file far larger is not ours. */
const MAX_BYTES = 16 * 1024;

const authorFileSchema = z.object({ version: z.literal(1), author: commentAuthorSchema });

/**
 * "Jag företräder: Polisen, Anna Svensson": who writes this data folder's
 * comments, set once before the first comment and kept in one small JSON
 * file of the data folder, written durably (`DurableJsonFile`: temp file,
 * fsync, rename) past the folder's write gate, as the export log is. A
 * missing or broken file reads as not set (the next comment asks again);
 * the setting is a convenience, never a reason for a comment to be lost.
 */
export class AuthorSetting {
  private readonly file: LowFile<z.output<typeof authorFileSchema>>;
  private readonly gate: WriteGate;

  constructor(dataDir: string) {
    this.file = new LowFile(schemaFile(path.join(dataDir, AUTHOR_FILE), authorFileSchema, MAX_BYTES));
    this.gate = writeGateOf(dataDir);
  }

  /** The setting, or null when it was never set or its file cannot be read. */
  async get(): Promise<CommentAuthor | null> {
    const result = await this.file.read();
    return result.ok ? result.value.author : null;
  }

  /** Keeps `author` (its name trimmed); resolves with it once it is on disk. */
  async set(author: CommentAuthor): Promise<CommentAuthor> {
    const kept: CommentAuthor = { role: author.role, name: author.name.trim() };
    await this.gate.pass(() => this.file.write({ version: 1, author: kept }));
    return kept;
  }
}

/** `getAuthor` and `setAuthor` over the open data folder's {@link AuthorSetting}. */
export function createAuthorHandlers({ store }: ServiceDeps): Pick<Handlers, 'getAuthor' | 'setAuthor'> {
  const setting = new AuthorSetting(store.dataDir);
  return {
    getAuthor: () => setting.get(),
    setAuthor: (author) => setting.set(author),
  };
}
