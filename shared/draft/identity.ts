import type { Draft } from './schema';

/**
 * The fields a version's identity leaves out. `status`: an import always
 * stores an utkast, whatever the file said, so the version the police
 * imported is the one the municipality shared as klar. `basedOn`: the
 * lineage a file carries, not what it says. `relatedIds`: links to drafts of
 * one library, which each library keeps its own (the store drops links to
 * drafts it does not hold).
 */
const NOT_IDENTITY = new Set(['status', 'basedOn', 'relatedIds']);

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
