import { z } from 'zod';
import { DRAFT_KINDS, draftSchema, type Draft, type DraftKind, type DraftSummary } from '../draft/schema';
import type { ChannelName } from './channels';

/**
 * The one contract between the renderer and the Node side. Each channel has a
 * schema for its arguments (checked on the Node side for every call, whatever
 * the transport) and the type of its result.
 */
interface Channel<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Type only: the value is never read. */
  result?: Result;
}

const channel = <Result>() => <Args extends z.ZodTuple>(args: Args): Channel<Args, Result> => ({ args });

const draftId = z.guid();

/** What the save returns: the time the draft was written, for "Sparat 14:02". */
export interface SaveResult {
  updatedAt: string;
}

/** Where an export went. */
export interface ExportResult {
  path: string;
  fileName: string;
}

/** A bundled example the start page offers ("Starta från exempel"). */
export interface ExampleSummary {
  id: string;
  title: string;
  kind: DraftKind;
}

const exampleId = z.string().regex(/^[a-z0-9-]{1,100}$/);

export const CONTRACT = {
  /** The drafts of the library, newest first. */
  listDrafts: channel<DraftSummary[]>()(z.tuple([])),
  /** Creates and stores an empty draft of a kind. */
  createDraft: channel<Draft>()(z.tuple([z.enum(DRAFT_KINDS)])),
  /** One draft, read from disk. */
  getDraft: channel<Draft>()(z.tuple([draftId])),
  /** Stores a draft (whole); refuses one that does not follow the file format. */
  saveDraft: channel<SaveResult>()(z.tuple([draftSchema])),
  /** Asks where to save and writes the stored draft as .docx; null when the user cancels. */
  exportDocx: channel<ExportResult | null>()(z.tuple([draftId])),
  /** The bundled examples. */
  listExamples: channel<ExampleSummary[]>()(z.tuple([])),
  /** Stores a copy of a bundled example as a new draft. */
  createFromExample: channel<Draft>()(z.tuple([exampleId])),
  /** Stores a new revision (status utkast) of a draft, e.g. of a signed one; the original is untouched. */
  startRevision: channel<Draft>()(z.tuple([draftId])),
} satisfies { [K in ChannelName]: Channel<z.ZodTuple, unknown> };

export type Contract = typeof CONTRACT;
export type ChannelArgs<K extends ChannelName> = z.input<Contract[K]['args']>;
export type ParsedArgs<K extends ChannelName> = z.output<Contract[K]['args']>;
export type ChannelResult<K extends ChannelName> = NonNullable<Contract[K]['result']> | Extract<Contract[K]['result'], null>;

/** What crosses the boundary: a value, or an error with a Swedish message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The Node side's implementation of the contract. */
export type Handlers = { [K in ChannelName]: (...args: ParsedArgs<K>) => Promise<ChannelResult<K>> };

/** What preload exposes on `window.samverka` (and the e2e host's bridge imitates). */
export type Bridge = { [K in ChannelName]: (...args: ChannelArgs<K>) => Promise<Reply<ChannelResult<K>>> };

/** What the renderer calls: the bridge with replies unwrapped into values or thrown errors. */
export type Api = { [K in ChannelName]: (...args: ChannelArgs<K>) => Promise<ChannelResult<K>> };
