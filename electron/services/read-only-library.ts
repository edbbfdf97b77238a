import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { reconcileLinks } from '../../shared/draft/links';
import type { Draft, DraftKind, DraftSummary } from '../../shared/draft/schema';
import { summarize } from '../../shared/draft/summary';
import { UserError } from '../../shared/errors';
import { STORE_MESSAGE } from '../../shared/i18n/library';
import type { FollowUpInput, SaveResult, UnreadableFile } from '../../shared/ipc/contract';
import { readDraftFile } from './draft-file';
import type { LibraryStore } from './service-deps';
import { readQuarantineList } from './quarantine';
import { libraryFolder } from './draft-file-names';
import { newestFirst } from '../../shared/calendar';

const DRAFT_FILE_NAME = /^[0-9a-f-]{36}\.json$/i;

/**
 * The library of a data folder that this app may only read: another computer
 * has it open (its lock names who), or its disk refuses writes. Unlike the
 * DraftStore, opening it writes nothing at all: no folder is made, no
 * temporary file of another writer's save is removed (it may be under way),
 * no index or link is repaired, no unreadable file is moved to quarantine;
 * the links are made consistent in memory only. Every draft file is read
 * (the index may be behind the writer's saves), and {@link refresh} reads
 * those that changed since, so the list follows another computer's work.
 * Every change is refused with `refusal` (the handlers refuse them before
 * they get here; this is the second wall).
 */
export class ReadOnlyLibrary implements LibraryStore {
  private summaries = new Map<string, DraftSummary>();
  /** Each draft file's size and time when it was last read, so a refresh reads only the changed ones. */
  private readonly seen = new Map<string, string>();
  private readonly unreadableFiles = new Map<string, UnreadableFile>();
  private quarantined: UnreadableFile[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly refusal: () => UserError,
    private readonly now: () => Date,
  ) {}

  /** Reads the library in `dataDir`; a folder that cannot be read is an empty library. Never writes. */
  static async open(dataDir: string, { refusal, now = () => new Date() }: { refusal: () => UserError; now?: () => Date }): Promise<ReadOnlyLibrary> {
    const library = new ReadOnlyLibrary(dataDir, refusal, now);
    await library.refresh();
    return library;
  }

  private get draftsDir(): string {
    return libraryFolder(this.dataDir, 'drafts');
  }

  /** Reads again the draft files that changed (or came, or went) since the last read, and the quarantine list. */
  async refresh(): Promise<void> {
    const names = await readdir(this.draftsDir).catch(() => [] as string[]);
    // Keyed by the file's name in lower case, as the store names draft files, whatever the case of the id inside.
    const ids = new Map(names.filter((name) => DRAFT_FILE_NAME.test(name)).map((name) => [name.slice(0, -'.json'.length).toLowerCase(), name]));
    const next = new Map<string, DraftSummary>();
    for (const [id, name] of ids) {
      const file = path.join(this.draftsDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const version = `${info.size}:${info.mtimeMs}`;
      const known = this.summaries.get(id);
      if (this.seen.get(id) === version && (known || this.unreadableFiles.has(id))) {
        if (known) next.set(id, known);
        continue;
      }
      this.seen.set(id, version);
      const result = await readDraftFile(file);
      if (result.ok && result.draft.id.toLowerCase() === id.toLowerCase()) {
        this.unreadableFiles.delete(id);
        next.set(id, summarize(result.draft));
      } else if (!result.ok && result.error.code === 'not-found') {
        continue;
      } else {
        const reason = result.ok ? STORE_MESSAGE.notFound() : result.error.message;
        this.unreadableFiles.set(id, { fileName: path.basename(file), reason, movedTo: null, foundAt: this.now().toISOString() });
      }
    }
    for (const id of [...this.seen.keys()]) {
      if (!ids.has(id)) {
        this.seen.delete(id);
        this.unreadableFiles.delete(id);
      }
    }
    for (const [id, relatedIds] of reconcileLinks([...next.values()])) next.set(id.toLowerCase(), { ...next.get(id.toLowerCase())!, relatedIds });
    this.summaries = next;
    this.quarantined = await this.readQuarantine();
  }

  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));
  }

  summary(id: string): DraftSummary | undefined {
    const found = this.summaries.get(id.toLowerCase());
    return found && { ...found, period: { ...found.period }, relatedIds: [...found.relatedIds] };
  }

  unreadable(): UnreadableFile[] {
    return [...this.unreadableFiles.values(), ...this.quarantined].map((entry) => ({ ...entry })).sort((a, b) => newestFirst(a.foundAt, b.foundAt));
  }

  /** Reads one draft from its file as it is now, with the links as the library reads them. */
  async get(id: string): Promise<Draft> {
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) throw new UserError('not-found', STORE_MESSAGE.notFound());
    const result = await readDraftFile(path.join(this.draftsDir, `${id.toLowerCase()}.json`));
    if (!result.ok) {
      if (result.error.code === 'not-found') throw new UserError('not-found', STORE_MESSAGE.notFound());
      throw new UserError(result.error.code, STORE_MESSAGE.unreadable(result.error.message));
    }
    const summary = this.summary(id);
    return summary ? { ...result.draft, relatedIds: summary.relatedIds } : result.draft;
  }

  /** Nothing is pending: nothing is ever written. */
  async flush(): Promise<void> {}

  async reload(): Promise<void> {
    await this.refresh();
  }

  create(_kind: DraftKind): Promise<Draft> {
    return this.refuse();
  }

  add(_draft: Draft): Promise<Draft> {
    return this.refuse();
  }

  put(_draft: Draft): Promise<Draft> {
    return this.refuse();
  }

  revise(_id: string): Promise<Draft> {
    return this.refuse();
  }

  startNextPeriod(_id: string): Promise<Draft> {
    return this.refuse();
  }

  saveFollowUp(_id: string, _activityId: string, _input: FollowUpInput): Promise<Draft> {
    return this.refuse();
  }

  createPromise(_agreementId: string): Promise<Draft> {
    return this.refuse();
  }

  setAgreement(_promiseId: string, _agreementId: string | null): Promise<Draft> {
    return this.refuse();
  }

  delete(_id: string): Promise<void> {
    return this.refuse();
  }

  save(_draft: Draft): Promise<SaveResult> {
    return this.refuse();
  }

  replaceLibrary(_swap: () => Promise<void>): Promise<void> {
    return this.refuse();
  }

  private async refuse(): Promise<never> {
    throw this.refusal();
  }

  /** The files the store moved to quarantine, as its list names them (quarantine.ts reads it, old and new form); none when it cannot be read. */
  private async readQuarantine(): Promise<UnreadableFile[]> {
    try {
      const quarantineDir = libraryFolder(this.dataDir, 'quarantine');
      const { entries } = await readQuarantineList(quarantineDir);
      return entries.map((entry) => ({ ...entry, movedTo: path.join(quarantineDir, path.basename(entry.movedTo)) }));
    } catch {
      return [];
    }
  }
}
