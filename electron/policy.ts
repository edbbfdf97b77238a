import path from 'node:path';
import { z } from 'zod';
import { describeJsonError } from '../shared/draft/json-error';
import { LIMITS } from '../shared/draft/limits';
import type { NewDraftDefaults } from '../shared/draft/new-draft';
import { PARTY_ROLES } from '../shared/draft/schema';
import { describePolicyIssue, POLICY_MESSAGE, POLICY_REASON_MESSAGE, type PolicyKey } from '../shared/i18n/policy';
import { readLimitedText } from './services/draft-file';

/**
 * The policy file: the settings IT puts on a computer for every user of
 * Samverka on it (README, "För IT"), read once at start-up. It is machine-wide
 * and outside the user's reach (ProgramData, /etc, /Library), like the
 * machine policies of VS Code: the user changes nothing of it in the app.
 *
 * A policy that cannot be used never stops the app. A file that is absent is
 * no policy; one that cannot be read (too large, not a file, a FIFO, no
 * permission, not UTF-8, not JSON) gives the defaults and a problem; in a
 * readable file each setting stands on its own, so a mistyped title does not
 * move the data folder back to the local disk. Every problem is a Swedish
 * sentence for the window to show.
 */

/** The effective policy: the file's valid settings, and the defaults for the rest. */
export interface Policy {
  /** Where the library is kept (perhaps on a network drive); null: the app's own, `userData/bibliotek`. */
  dataFolder: string | null;
  /** Where backups of the library are kept; null: the app's own, `userData/sakerhetskopior`. */
  backupFolder: string | null;
  /** The municipality's name ("Söderhamns kommun"); null when not set. */
  municipality: string | null;
  /** What every new draft starts with: for the store's `newDraftDefaults`. */
  newDrafts: NewDraftDefaults;
  /** False: Samverka never looks for a newer version on this computer. */
  updateChecks: boolean;
}

/** What reading the policy gave. */
export interface PolicyReading {
  policy: Policy;
  /** What was wrong with the file, one Swedish sentence each; empty when nothing was (or there is no file). */
  problems: string[];
  /** The file that was read, or would have been. */
  path: string;
  /** Whether there is a file at the path (a usable one or not). */
  found: boolean;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  dataFolder: null,
  backupFolder: null,
  municipality: null,
  newDrafts: Object.freeze({}),
  updateChecks: true,
});

/** A policy file is a few hundred bytes; anything near this is not one, and is refused before it is read. */
export const POLICY_MAX_BYTES = 64 * 1024;

/** How long start-up waits for the file (a ProgramData on a hung disk must not keep the window from opening). */
export const POLICY_TIMEOUT_MS = 5_000;

/** Lets `forge start` try a policy without writing to ProgramData; never read by a packaged app, whose policy only IT sets. */
export const POLICY_PATH_VARIABLE = 'SAMVERKA_POLICY';

/**
 * Where the policy file is on this kind of computer: `%ProgramData%\Samverka\policy.json`
 * on Windows, `/Library/Application Support/Samverka/policy.json` on macOS,
 * `/etc/samverka/policy.json` elsewhere. An unpackaged app (under `forge
 * start`) reads {@link POLICY_PATH_VARIABLE} instead when it is set.
 */
export function policyFilePath({
  platform = process.platform,
  env = process.env,
  packaged,
}: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  packaged: boolean;
}): string {
  const override = env[POLICY_PATH_VARIABLE];
  if (!packaged && override) return override;
  switch (platform) {
    case 'win32':
      return path.win32.join(env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData', 'Samverka', 'policy.json');
    case 'darwin':
      return '/Library/Application Support/Samverka/policy.json';
    default:
      return '/etc/samverka/policy.json';
  }
}

/** How {@link readPolicy} reads; the tests stand in a reader that never answers. */
export interface PolicyReadOptions {
  /** Decides what an absolute folder is (a drive letter or a server on Windows). */
  platform?: NodeJS.Platform;
  timeoutMs?: number;
  readText?: typeof readLimitedText;
}

/**
 * Reads the policy file at `filePath` (see {@link policyFilePath}); never
 * throws and never waits longer than `timeoutMs`.
 */
export async function readPolicy(
  filePath: string,
  { platform = process.platform, timeoutMs = POLICY_TIMEOUT_MS, readText = readLimitedText }: PolicyReadOptions = {},
): Promise<PolicyReading> {
  const refused = (problem: string): PolicyReading => ({ policy: DEFAULT_POLICY, problems: [problem], path: filePath, found: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<'timed-out'>((resolve) => {
      timer = setTimeout(() => resolve('timed-out'), timeoutMs);
    });
    const read = await Promise.race([readText(filePath, POLICY_MAX_BYTES), timedOut]);
    if (read === 'timed-out') return refused(POLICY_MESSAGE.timedOut(filePath, Math.ceil(timeoutMs / 1000)));
    if (!read.ok) {
      if (read.error.code === 'not-found') return { policy: DEFAULT_POLICY, problems: [], path: filePath, found: false };
      if (read.error.code === 'too-large') return refused(POLICY_MESSAGE.tooLarge(filePath, POLICY_MAX_BYTES / 1024));
      return refused(POLICY_MESSAGE.unreadable(filePath, read.error.message));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(read.text);
    } catch {
      return refused(POLICY_MESSAGE.notJson(filePath, describeJsonError(read.text)));
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refused(POLICY_MESSAGE.notObject(filePath));
    return { ...parsePolicy(raw as Record<string, unknown>, platform), path: filePath, found: true };
  } catch (error) {
    return refused(POLICY_MESSAGE.unexpected(filePath, error instanceof Error ? error.message : String(error)));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The effective policy of a parsed policy file: each setting is checked on
 * its own, and one that fails keeps its default and adds a problem. Settings
 * the file names that Samverka does not have are a problem too (most likely
 * a misspelt key, whose setting then silently would not apply).
 */
export function parsePolicy(raw: Record<string, unknown>, platform: NodeJS.Platform = process.platform): { policy: Policy; problems: string[] } {
  const schemas = settingSchemas(platform);
  const known = Object.keys(schemas) as PolicyKey[];
  const problems: string[] = [];
  const unknown = Object.keys(raw).filter((key) => !(known as string[]).includes(key));
  if (unknown.length > 0) problems.push(POLICY_MESSAGE.unknownKeys(unknown, known));

  const setting = <K extends PolicyKey>(key: K): z.output<ReturnType<typeof settingSchemas>[K]> | undefined => {
    if (!Object.hasOwn(raw, key)) return undefined;
    const parsed = schemas[key].safeParse(raw[key], { reportInput: true });
    if (parsed.success) return parsed.data as z.output<ReturnType<typeof settingSchemas>[K]>;
    const reasons = [...new Set(parsed.error.issues.map((issue) => describePolicyIssue(issue, key)))];
    problems.push(POLICY_MESSAGE.invalidSetting(key, reasons.slice(0, 5)));
    return undefined;
  };

  const dataFolder = setting('dataFolder') ?? null;
  let backupFolder = setting('backupFolder') ?? null;
  if (dataFolder && backupFolder && foldersOverlap(dataFolder, backupFolder, platform)) {
    problems.push(POLICY_MESSAGE.nestedFolders());
    backupFolder = null;
  }
  const municipality = setting('municipality') || null;
  const parties = setting('newDrafts')?.parties;
  const updateChecks = setting('updateChecks') ?? DEFAULT_POLICY.updateChecks;
  const newDrafts: NewDraftDefaults = { ...(municipality ? { municipality } : {}), ...(parties ? { parties } : {}) };
  return { policy: { dataFolder, backupFolder, municipality, newDrafts, updateChecks }, problems };
}

/**
 * The data and backup folders the app uses: the policy's, or its own in
 * `userDataDir` (Electron's `app.getPath('userData')`).
 */
export function policyFolders(policy: Policy, userDataDir: string): { dataDir: string; backupDir: string } {
  return {
    dataDir: policy.dataFolder ?? path.join(userDataDir, 'bibliotek'),
    backupDir: policy.backupFolder ?? path.join(userDataDir, 'sakerhetskopior'),
  };
}

const shortText = z.string().trim().max(LIMITS.shortChars);

/** Control characters (a pasted tab, a NUL) make a path Windows refuses or a name that prints wrong. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The schema of each setting; a folder is absolute in the platform's own terms. */
function settingSchemas(platform: NodeJS.Platform) {
  const windows = platform === 'win32';
  const folder = z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .refine((value) => !CONTROL.test(value), { message: POLICY_REASON_MESSAGE.controlCharacters })
    .refine((value) => (windows ? isWindowsAbsolute(value) : path.posix.isAbsolute(value)), {
      message: POLICY_REASON_MESSAGE.notAbsolute(windows ? 'win32' : 'posix'),
      abort: true,
    })
    .transform((value) => (windows ? path.win32.normalize(value) : path.posix.normalize(value)));
  const signatory = z.strictObject({ name: shortText.optional(), title: shortText.optional() });
  const party = z.strictObject({
    role: z.enum(PARTY_ROLES),
    name: shortText.optional(),
    signatories: z.array(signatory).max(LIMITS.listItems).optional(),
  });
  return {
    dataFolder: folder,
    backupFolder: folder,
    municipality: shortText.refine((value) => !CONTROL.test(value), { message: POLICY_REASON_MESSAGE.controlCharacters }),
    newDrafts: z.strictObject({ parties: z.array(party).min(LIMITS.minParties).max(LIMITS.parties).optional() }),
    updateChecks: z.boolean(),
  } satisfies Record<PolicyKey, z.ZodType>;
}

/**
 * A Windows path that names its place fully: a drive letter and a root
 * (`C:\…`, `H:/…`) or a server and share (`\\server\share…`). `\Samverka`
 * (on whichever drive is current) and `C:Samverka` (relative to a drive's
 * current folder) are not, though Node calls the first absolute.
 */
function isWindowsAbsolute(value: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+/.test(value);
}

/** Whether one folder is the other or inside it; Windows compares without regard to case. */
function foldersOverlap(a: string, b: string, platform: NodeJS.Platform): boolean {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const key = (folder: string) => {
    const resolved = paths.resolve(folder);
    return platform === 'win32' ? resolved.toLowerCase() : resolved;
  };
  const [first, second] = [key(a), key(b)];
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(paths.sep) ? parent : parent + paths.sep);
  return inside(first, second) || inside(second, first);
}
