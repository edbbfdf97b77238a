import type { Draft } from './schema';

/**
 * A shared file's own fields, not what the parties wrote: what it is based on
 * (`basedOn`) and who shared it (`sharedBy`). No part of a version's
 * identity, never a change, never merged (a merge keeps ours').
 */
export const FILE_FIELDS = ['basedOn', 'sharedBy'] as const;

/**
 * The fields a version's identity leaves out. `status`: an import always
 * stores an utkast, whatever the file said, so the version the police
 * imported is the one the municipality shared as klar. The file's own
 * fields ({@link FILE_FIELDS}): its lineage and sender, not what it says. `relatedIds`: links to drafts of
 * one library, which each library keeps its own (the store drops links to
 * drafts it does not hold).
 */
const NOT_IDENTITY = new Set<string>(['status', ...FILE_FIELDS, 'relatedIds']);

/** How many identities a shared file names as based on ({@link Draft.basedOn}): enough for many rounds with several parties. */
export const MAX_BASED_ON = 20;

/**
 * The text whose hash is a version's identity: the draft as canonical JSON
 * (object keys sorted, absent and undefined fields alike) without the fields
 * of {@link NOT_IDENTITY}. Two libraries that hold the same version compute
 * the same text, however their files order the keys.
 */
export function identityText(draft: Draft): string {
  const kept = Object.fromEntries(Object.entries(draft).filter(([key]) => !NOT_IDENTITY.has(key)));
  return JSON.stringify(canonical(kept));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}
