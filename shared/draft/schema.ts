import { z } from 'zod';
import { FORMAT, FORMAT_VERSION, LIMITS } from './limits';
import { DRAFT_KINDS, DRAFT_STATUSES, PARTY_ROLES, BASIS_TYPES, GROUP_TYPES, FOLLOW_UP_STATUSES, LOGO_MEDIA_TYPES } from './vocabulary';
import { logoFieldMessage } from '../i18n/logo';
import { SCHEMA_MESSAGE, SCHEMA_TEXT } from '../i18n/draft-file';
import { logoProblem } from './image';

/**
 * The draft file format, version 2 (docs/file-format.md), as one zod
 * schema. The app validates every file it reads with it, and the JSON Schema in
 * resources/ is generated from it. Objects are loose: fields a newer or foreign
 * writer added are kept and written back, never silently dropped.
 */

export { DRAFT_KINDS, DRAFT_STATUSES, PARTY_ROLES, BASIS_TYPES, GROUP_TYPES, FOLLOW_UP_STATUSES, LOGO_MEDIA_TYPES } from './vocabulary';
export type { DraftKind, DraftStatus, PartyRole, BasisType, GroupType, FollowUpStatus } from './vocabulary';

const id = z.string().min(1).max(LIMITS.idChars);

/**
 * A draft's id: a GUID, read in lower case whatever case another tool wrote
 * it in. The store names each draft's file by its id in lower case, so an
 * id compared as typed would let one draft be two (one id, one file). Every
 * way a draft comes in (a file read, an import, the window's save through
 * the IPC contract) is parsed with this schema.
 */
export const draftIdSchema = z.guid().toLowerCase();

/** A draft id as the library keys it; for ids that do not come through {@link draftIdSchema}. */
export const normalizeDraftId = (draftId: string): string => draftId.toLowerCase();
const longText = z.string().max(LIMITS.textChars);
const shortText = z.string().max(LIMITS.shortChars);
const isoDate = z.iso.date();
const list = <T extends z.ZodType>(item: T, max: number = LIMITS.listItems) => z.array(item).max(max);

/** Base64 characters of a logo at `LIMITS.logoBytes`. */
const LOGO_DATA_CHARS = Math.ceil(LIMITS.logoBytes / 3) * 4;

/**
 * A party's logo, shown in the document's header: a PNG or JPEG as base64
 * (at most `LIMITS.logoBytes` bytes) and its text alternative for screen
 * readers. The image itself is checked wherever a draft is parsed (a file
 * read or imported, a save): it must be a complete PNG or JPEG within the
 * limits and of the media type it claims (`logoProblem`). That decodes it
 * and checks its CRCs, some 5 ms per logo at the limit, which a save can
 * afford even with eight; a draft that comes from a file may be hostile.
 */
export const partyLogoSchema = z
  .looseObject({
    mediaType: z.enum(LOGO_MEDIA_TYPES),
    data: z.base64().max(LOGO_DATA_CHARS, {
      error: (issue) => logoFieldMessage({ kind: 'too-large', bytes: Math.floor((String(issue.input).length * 3) / 4) }),
    }),
    /** "" until the user writes one; the document then says whose logo it is. */
    alt: shortText,
  })
  .superRefine((logo, ctx) => {
    // Data too long for the field is refused by its length, without decoding it.
    if (logo.data.length > LOGO_DATA_CHARS) return;
    const problem = logoProblem(logo);
    if (problem) ctx.addIssue({ code: 'custom', message: logoFieldMessage(problem) });
  });

export const partySchema = z.looseObject({
  id,
  role: z.enum(PARTY_ROLES),
  name: shortText,
  diarienummer: shortText.optional(),
  logo: partyLogoSchema.optional(),
});

export const periodSchema = z.looseObject({
  start: isoDate.nullable(),
  /** null: tills vidare (open-ended). */
  end: isoDate.nullable(),
  /** How often an open-ended agreement is revised, in months (12: every year); null or absent: not stated. */
  revisionMonths: z.number().int().min(1).max(120).nullable().optional(),
});

export const basisSchema = z.looseObject({
  type: z.enum(BASIS_TYPES),
  description: longText,
  date: isoDate.nullable().optional(),
  respondents: z.number().int().min(0).nullable().optional(),
});

export const focusAreaSchema = z.looseObject({
  id,
  title: shortText,
  problem: longText.optional(),
  causes: longText.optional(),
  goal: longText.optional(),
  indicator: longText.optional(),
});

export const followUpSchema = z.looseObject({
  status: z.enum(FOLLOW_UP_STATUSES),
  outcome: z.number().nullable(),
  comment: longText,
  /** When the follow-up was last changed (ISO time); absent in files written before it was kept. */
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});

export const activitySchema = z.looseObject({
  id,
  /** One id: that party's promise; several: a joint one. */
  partyIds: list(id, LIMITS.parties),
  focusAreaId: id.nullable().optional(),
  /** Printed word for word after the lead-in ("Polisen lovar att …"), since format version 2. */
  text: longText.describe(SCHEMA_TEXT.activity.text),
  // The details are the measurable target that follow-up compares against; they are not printed in the sentence.
  quantity: z.number().min(0).nullable().optional().describe(SCHEMA_TEXT.activity.quantity),
  unit: shortText.optional().describe(SCHEMA_TEXT.activity.unit),
  frequency: shortText.optional().describe(SCHEMA_TEXT.activity.frequency),
  minDuration: shortText.optional().describe(SCHEMA_TEXT.activity.minDuration),
  place: shortText.optional().describe(SCHEMA_TEXT.activity.place),
  /** A function ("kommunpolisen"), never a person. */
  responsible: shortText.optional(),
  followUp: followUpSchema.optional(),
  /** Carried over by "Starta nästa period" from a finished activity: to be looked at again before the new period is signed. */
  review: z.boolean().optional(),
});

export const signatorySchema = z.looseObject({
  partyId: id,
  name: shortText,
  title: shortText,
  place: shortText.optional(),
  date: isoDate.nullable().optional(),
});

export const attachmentSchema = z.looseObject({ title: shortText });

/** One group of an agreement's organisation: a styrgrupp, a beredningsgrupp, an arbetsgrupp … */
export const groupSchema = z.looseObject({
  id,
  type: z.enum(GROUP_TYPES),
  /** Its own name where it has one ("Arbetsgrupp Centrum", "BRÅ i Tanum"); "" prints the type's name. */
  name: shortText,
  /** Members by function, not by name ("kommundirektören, lokalpolisområdeschefen"). */
  members: longText,
  /** The meeting rhythm ("fyra gånger per år"). */
  meetings: shortText,
});

/**
 * Where a merge conflict is: field names, and list items by their key (see
 * shared/draft/draft-items.ts), never by index, so that the place stays
 * right while the lists change: `["activities", { "id": "a3" }, "text"]`.
 */
export const conflictPathSchema = list(z.union([z.string().max(LIMITS.idChars), z.looseObject({ id: z.string().max(LIMITS.shortChars) })]), 8);

/**
 * A conflict a three-way merge left open (shared/draft/merge.ts): the field
 * at `path` holds the value of `ours`; the three values are kept here until
 * the user chooses. An absent `base`, `ours` or `theirs` means that version
 * has no value there (the item was deleted or never added). Never printed.
 */
export const conflictSchema = z.looseObject({
  path: conflictPathSchema.min(1),
  base: z.unknown().optional(),
  ours: z.unknown().optional(),
  theirs: z.unknown().optional(),
});

export type Conflict = z.infer<typeof conflictSchema>;
export type ConflictPath = z.infer<typeof conflictPathSchema>;

/** Who wrote a comment or a reply: the party role they speak for and their name ("Polisen, Anna Svensson"). */
export const commentAuthorSchema = z.looseObject({
  role: z.enum(PARTY_ROLES),
  name: shortText,
});

/** One answer in a comment's thread. */
export const commentReplySchema = z.looseObject({
  id,
  author: commentAuthorSchema,
  text: longText,
  createdAt: z.iso.datetime({ offset: true }),
});

/**
 * A comment on a section, a field or an activity: `target` names the place
 * as a conflict's path does (`["statement"]`, `["activities", { "id": "a3" }]`,
 * a section `["section", "activities"]`), so it stays right while the lists
 * change. Comments travel in the shared file and merge by id like the
 * draft's other lists; they are never printed. `resolved`: marked "Löst"
 * (absent: open, a readiness warning).
 */
export const commentSchema = z.looseObject({
  id,
  target: conflictPathSchema.min(1),
  author: commentAuthorSchema,
  text: longText,
  createdAt: z.iso.datetime({ offset: true }),
  replies: list(commentReplySchema),
  resolved: z.looseObject({ by: commentAuthorSchema, at: z.iso.datetime({ offset: true }) }).optional(),
});

export type CommentAuthor = z.infer<typeof commentAuthorSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type DraftComment = z.infer<typeof commentSchema>;

const draftShape = z.looseObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  kind: z.enum(DRAFT_KINDS),
  id: draftIdSchema,
  title: shortText,
  status: z.enum(DRAFT_STATUSES),
  period: periodSchema,
  parties: list(partySchema, LIMITS.parties),
  statement: longText,
  background: longText,
  geographicFocus: shortText.optional(),
  basis: list(basisSchema),
  focusAreas: list(focusAreaSchema),
  activities: list(activitySchema, LIMITS.activities),
  followUpPlan: longText,
  communication: longText,
  /** SÖK: the summary of the gemensam lägesbild; its sources are the `basis`. */
  situation: longText.optional(),
  /** SÖK: how the work is documented. */
  documentation: longText.optional(),
  organisation: longText.optional(),
  /** SÖK: the groups of the organisation. */
  groups: list(groupSchema).optional(),
  attachments: list(attachmentSchema).optional(),
  signatories: list(signatorySchema),
  originals: z.number().int().min(1).max(20).nullable(),
  relatedIds: list(draftIdSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Open conflicts of a merge, each a readiness error until resolved; absent or empty: none. */
  conflicts: list(conflictSchema).optional(),
  /**
   * The identities of the versions this draft was exchanged as, newest first
   * (shared/draft/identity.ts; "Dela utkast" writes it): a library that
   * receives the file looks them up in its own history for the common
   * version of a three-way merge. Never trusted: the common version's
   * content always comes from the receiving library's own history.
   */
  basedOn: list(z.string().max(LIMITS.idChars)).optional(),
  /**
   * Who shared the file, as "Jag företräder" was set in the library that
   * wrote it ("Dela utkast" writes it; absent: not set). A claim, shown as
   * the sender in "Ta emot ändringar", never checked nor trusted.
   */
  sharedBy: commentAuthorSchema.optional(),
  /** The parties' comments and their threads; absent or empty: none. Never printed. */
  comments: list(commentSchema, LIMITS.comments).optional(),
});

/**
 * The draft schema with its cross-references checked: every `partyIds` entry,
 * `focusAreaId` and signatory `partyId` names an existing id, ids are unique,
 * and the period does not end before it starts.
 */
export const draftSchema = draftShape.superRefine((draft, ctx) => {
  const partyIds = new Set<string>();
  draft.parties.forEach((party, i) => {
    if (partyIds.has(party.id)) {
      ctx.addIssue({ code: 'custom', path: ['parties', i, 'id'], message: SCHEMA_MESSAGE.partyIdTwice(party.id) });
    }
    partyIds.add(party.id);
  });
  const focusIds = new Set(draft.focusAreas.map((f) => f.id));
  const activityIds = new Set<string>();
  draft.activities.forEach((activity, i) => {
    if (activityIds.has(activity.id)) {
      ctx.addIssue({ code: 'custom', path: ['activities', i, 'id'], message: SCHEMA_MESSAGE.activityIdTwice(activity.id) });
    }
    activityIds.add(activity.id);
    activity.partyIds.forEach((partyId, j) => {
      if (!partyIds.has(partyId)) {
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'partyIds', j], message: SCHEMA_MESSAGE.unknownParty(partyId) });
      }
    });
    if (activity.focusAreaId != null && !focusIds.has(activity.focusAreaId)) {
      ctx.addIssue({ code: 'custom', path: ['activities', i, 'focusAreaId'], message: SCHEMA_MESSAGE.unknownFocusArea(activity.focusAreaId) });
    }
  });
  const groupIds = new Set<string>();
  (draft.groups ?? []).forEach((group, i) => {
    if (groupIds.has(group.id)) {
      ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: SCHEMA_MESSAGE.groupIdTwice(group.id) });
    }
    groupIds.add(group.id);
  });
  draft.signatories.forEach((signatory, i) => {
    if (!partyIds.has(signatory.partyId)) {
      ctx.addIssue({ code: 'custom', path: ['signatories', i, 'partyId'], message: SCHEMA_MESSAGE.unknownParty(signatory.partyId) });
    }
  });
  const { start, end } = draft.period;
  if (start && end && end < start) {
    ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: SCHEMA_MESSAGE.endBeforeStart });
  }
});

export type Draft = z.infer<typeof draftSchema>;
export type Party = z.infer<typeof partySchema>;
export type PartyLogo = z.infer<typeof partyLogoSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;

/** What the start page lists of a draft; kept in the library index. */
export const draftSummarySchema = z.object({
  id: draftIdSchema,
  kind: z.enum(DRAFT_KINDS),
  title: z.string(),
  status: z.enum(DRAFT_STATUSES),
  period: z.object({ start: isoDate.nullable(), end: isoDate.nullable() }),
  updatedAt: z.string(),
  /** As in the draft: links to other drafts (shared/draft/links.ts says what they mean). */
  relatedIds: z.array(draftIdSchema),
  /** How far the activities' follow-up has come, for the start page's overview (shared/draft/summary.ts). */
  followUp: z.object({
    total: z.number().int().min(0),
    done: z.number().int().min(0),
    followedUp: z.number().int().min(0),
  }),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
