import { READ_MESSAGE } from '../i18n/draft-file';
import { FORMAT_VERSION, LIMITS } from './limits';
import { v1ActivitySentence, type V1Activity } from './v1-activity-sentence';

/**
 * Migrations of the draft file format: each step takes the parsed JSON of one
 * format version to the next, so a file of any older version reaches the
 * current one (file-format.md: "readers migrate older, refuse newer"). They
 * run in memory on every read, before the schema; a migrated draft is written
 * in the current version only when the user saves it.
 *
 * A step works on plain parsed JSON, not on the typed draft: it only renames,
 * moves and adds fields, keeps the fields it does not know, and leaves checking
 * to the schema. Adding format version n+1 = raising FORMAT_VERSION, adding a
 * step `{ from: n }` here and a fixture `tests/fixtures/drafts/v<n>.json`.
 */

/** A draft's parsed JSON object, of any format version. */
export type RawDraft = Record<string, unknown>;

/** One step: from format version `from` to `from + 1`. */
export interface MigrationStep {
  from: number;
  /** What changed, for the reader of this file. */
  summary: string;
  /** The draft in the next version; `formatVersion` is set by {@link migrateDraft}. Must not change its argument. */
  migrate(raw: RawDraft): RawDraft;
}

/**
 * Format version 0: the format of the early pilots (synthetic: version 1 is
 * the first released one; this step exists so the mechanism is exercised).
 * The parties were `parter` with `roll` and `namn`, the löftesmening was
 * `lofte`, and there were no links between drafts and no clause on originals.
 */
const v0ToV1: MigrationStep = {
  from: 0,
  summary: 'parter → parties (roll → role, namn → name), lofte → statement; relatedIds and originals added',
  migrate(raw) {
    const draft = renamed(raw, { parter: 'parties', lofte: 'statement' });
    if (Array.isArray(draft.parties)) draft.parties = draft.parties.map(partyFromV0);
    draft.relatedIds ??= [];
    draft.originals ??= null;
    return draft;
  },
};

function partyFromV0(party: unknown): unknown {
  if (party === null || typeof party !== 'object' || Array.isArray(party)) return party;
  return renamed(party as RawDraft, { roll: 'role', namn: 'name' });
}

/**
 * A copy of `object` with keys renamed (`{ old: 'new' }`), in their places; a
 * key that is absent stays absent, so the schema reports it as missing.
 */
function renamed(object: RawDraft, names: Record<string, string>): RawDraft {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [Object.hasOwn(names, key) ? names[key] : key, value]));
}

/**
 * Format version 2: an activity's `text` is printed word for word after its
 * lead-in, and its details are the target follow-up compares against. Version
 * 1 printed a sentence composed of the text and the details, so each
 * activity's text becomes that sentence: a migrated draft prints exactly what
 * it printed before, and the user sees in the editor the words the paper
 * says. The details are kept as they are.
 *
 * A sentence longer than a text may be (the text was already near the limit)
 * would make the draft unreadable; that activity keeps its own text, so
 * nothing the user wrote is lost.
 */
const v1ToV2: MigrationStep = {
  from: 1,
  summary: 'activities[].text ← the sentence version 1 printed for the activity (text completed with its details)',
  migrate(raw) {
    if (!Array.isArray(raw.activities)) return { ...raw };
    return { ...raw, activities: raw.activities.map(activityFromV1) };
  },
};

function activityFromV1(activity: unknown): unknown {
  if (activity === null || typeof activity !== 'object' || Array.isArray(activity)) return activity;
  const fields = activity as RawDraft;
  if (typeof fields.text !== 'string') return { ...fields };
  const sentence = v1ActivitySentence(fields as V1Activity);
  return { ...fields, text: sentence.length <= LIMITS.textChars ? sentence : fields.text };
}

/** Every step, oldest first. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1, v1ToV2];

/** The oldest format version this app reads. */
export const OLDEST_FORMAT_VERSION = Math.min(FORMAT_VERSION, ...MIGRATIONS.map((step) => step.from));

/** The draft in the current format version, and the version it was read in; or why it cannot be migrated (Swedish). */
export type MigrationResult =
  | { ok: true; raw: RawDraft; from: number }
  | { ok: false; code: 'newer-version' | 'invalid'; message: string };

/**
 * Takes a draft's parsed JSON from its `formatVersion` to `target` (the
 * current version), one step at a time. A newer version is refused (the app
 * cannot know what it would lose), and so is a version no step starts from.
 * The argument is not changed.
 */
export function migrateDraft(raw: RawDraft, steps: readonly MigrationStep[] = MIGRATIONS, target: number = FORMAT_VERSION): MigrationResult {
  const from = raw.formatVersion;
  const oldest = Math.min(target, ...steps.map((step) => step.from));
  if (typeof from !== 'number' || !Number.isInteger(from)) {
    return { ok: false, code: 'invalid', message: READ_MESSAGE.badVersion(from, oldest, target) };
  }
  if (from > target) return { ok: false, code: 'newer-version', message: READ_MESSAGE.newerVersion(from, target) };
  let current = raw;
  for (let version = from; version < target; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, code: 'invalid', message: READ_MESSAGE.unknownVersion(from, oldest, target) };
    current = { ...step.migrate(current), formatVersion: version + 1 };
  }
  return { ok: true, raw: current, from };
}
