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

export const exportOptionsSchema = z.object({
  /** An agreement's löften as bilagor in the same file. */
  withPromises: z.boolean(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
const exportOptions = exportOptionsSchema;

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
  /**
   * Asks where to save and writes the stored draft as .docx; null when the
   * user cancels. With `withPromises`, an agreement's linked löften follow it
   * in the same file as its bilagor, each from a new page.
   */
  exportDocx: channel<ExportResult | null>()(z.tuple([draftId, exportOptions])),
  /** The bundled examples. */
  listExamples: channel<ExampleSummary[]>()(z.tuple([])),
  /** Stores a copy of a bundled example as a new draft. */
  createFromExample: channel<Draft>()(z.tuple([exampleId])),
  /** Stores a new revision (status utkast) of a draft, e.g. of a signed one; the original is untouched. */
  startRevision: channel<Draft>()(z.tuple([draftId])),
  /**
   * Takes a draft out of the library: its file is moved to the data folder's
   * `borttagna/` (never destroyed) and every link to it is removed from the others.
   */
  deleteDraft: channel<null>()(z.tuple([draftId])),
  /**
   * Makes a löfte belong to an agreement (or to none, with null), keeping both
   * directions of the link consistent; returns the löfte as stored.
   */
  setAgreement: channel<Draft>()(z.tuple([draftId, draftId.nullable()])),
  /** "Nytt medborgarlöfte" in an agreement: stores a new löfte pre-filled from it and linked to it. */
  createPromise: channel<Draft>()(z.tuple([draftId])),
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
