import { quoteName, quoteValue } from './draft-file';

/**
 * The texts of the policy file IT puts on a computer (electron/policy.ts):
 * what was wrong with it, for the person at the computer to pass on and for
 * IT to act on. A policy that cannot be used never stops Samverka; each text
 * says what it uses instead.
 */

/** The settings of the policy file, by their key, as the messages name what is used instead. */
export type PolicyKey = 'dataFolder' | 'backupFolder' | 'municipality' | 'newDrafts' | 'updateChecks';

/** What Samverka uses when a setting cannot be: the end of the sentence "Samverka använder i stället …". */
const INSTEAD: Record<PolicyKey, string> = {
  dataFolder: 'sin vanliga datamapp på den här datorn',
  backupFolder: 'sin vanliga mapp för säkerhetskopior på den här datorn',
  municipality: 'inget förinställt kommunnamn',
  newDrafts: 'de vanliga parterna (kommun och polis) i nya utkast',
  updateChecks: 'sin vanliga inställning för uppdateringar',
};

/** The heading and advice shown above the problems. */
export const POLICY_TEXT = {
  heading: 'Inställningarna från IT kunde inte användas',
  advice: 'Samverka fungerar ändå. Berätta för IT-avdelningen vad som står här, så rättar de policyfilen.',
} as const;

/** Why a whole policy file was not used; each ends by saying that Samverka starts with its usual settings. */
export const POLICY_MESSAGE = {
  /** `reason` is a sentence of its own, from the file reader (READ_MESSAGE). */
  unreadable: (file: string, reason: string) => `Policyfilen ${file} kunde inte användas. ${reason} ${USUAL}`,
  tooLarge: (file: string, maxKilobytes: number) =>
    `Policyfilen ${file} är större än ${maxKilobytes} kB och har inte lästs; en policyfil är bara några rader. ${USUAL}`,
  timedOut: (file: string, seconds: number) =>
    `Policyfilen ${file} gick inte att läsa på ${seconds === 1 ? 'en sekund' : `${seconds} sekunder`}. ${USUAL}`,
  /** `where` says where the JSON breaks (describeJsonError). */
  notJson: (file: string, where: string) => `Policyfilen ${file} är inte giltig JSON (${where}). ${USUAL}`,
  notObject: (file: string) => `Policyfilen ${file} ska innehålla ett JSON-objekt, { … }, med inställningarna. ${USUAL}`,
  unexpected: (file: string, detail: string) => `Policyfilen ${file} kunde inte läsas: ${detail}. ${USUAL}`,
  /** Settings the file names that Samverka does not have (a misspelt key, or one of a newer version). */
  unknownKeys: (keys: readonly string[], known: readonly string[]) =>
    `Policyfilen har ${keys.length === 1 ? 'inställningen' : 'inställningarna'} ${keys.map(quoteName).join(', ')}, som Samverka inte känner till och inte använder. ` +
    `Kontrollera stavningen (stora och små bokstäver räknas); inställningarna heter ${known.map(quoteName).join(', ')}.`,
  /** A setting that was not used; `reasons` say what is wrong with it, where in it ("newDrafts.parties[1].name: …"). */
  invalidSetting: (key: PolicyKey, reasons: readonly string[]) =>
    `Inställningen ${quoteName(key)} i policyfilen används inte: ${reasons.join('; ')}. Samverka använder i stället ${INSTEAD[key]}.`,
  /** The data folder and the backups inside one another: a backup would not survive the folder it copies. */
  nestedFolders: () =>
    `Inställningen ${quoteName('backupFolder')} i policyfilen används inte: säkerhetskopiorna och datamappen får inte ligga i varandra, ` +
    `för då försvinner säkerhetskopiorna med datamappen. Samverka använder i stället ${INSTEAD.backupFolder}.`,
} as const;

const USUAL = 'Samverka startar med sina vanliga inställningar.';

/** The reasons a value of the policy file is refused, to be joined into {@link POLICY_MESSAGE.invalidSetting}. */
export const POLICY_REASON_MESSAGE = {
  notAbsolute: (platform: 'win32' | 'posix') =>
    platform === 'win32'
      ? 'den ska vara en fullständig sökväg med enhetsbokstav eller servernamn, till exempel C:\\Samverka eller \\\\server\\delad\\Samverka'
      : 'den ska vara en fullständig sökväg, till exempel /srv/samverka',
  controlCharacters: 'den innehåller osynliga styrtecken',
  empty: 'den är tom',
  missing: 'den saknas',
  string: 'den ska vara en text inom citattecken',
  boolean: 'den ska vara true eller false, utan citattecken',
  array: 'den ska vara en lista, [ … ]',
  object: 'den ska vara ett objekt, { … }',
  number: 'den ska vara ett tal',
  tooLong: (max: number) => `den får vara högst ${max} tecken`,
  tooMany: (max: number) => `den får ha högst ${max} poster`,
  tooFew: (min: number) => `den ska ha minst ${min} poster`,
  oneOf: (values: readonly unknown[]) => `den ska vara ${orList(values.map((v) => quoteValue(v)))}`,
  unknownFields: (keys: readonly string[]) =>
    `${keys.length === 1 ? 'fältet' : 'fälten'} ${keys.map(quoteName).join(', ')} finns inte (kontrollera stavningen)`,
  other: 'värdet är ogiltigt',
} as const;

/** "a, b eller c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

/** Where in a setting a problem is, as a path IT finds in the file: `newDrafts.parties[1].name` (from 0, as in JSON tools). */
export function policyPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** The part of a zod issue a reason is made of. */
export interface PolicyIssue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  expected?: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** One problem of a setting in Swedish, with where it is when it is inside the setting ("parties[1].role: den ska vara …"). */
export function describePolicyIssue(issue: PolicyIssue, key: PolicyKey): string {
  const where = issue.path.length > 0 ? `${policyPath([key, ...issue.path])}: ` : '';
  return where + reasonOf(issue);
}

function reasonOf(issue: PolicyIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return POLICY_REASON_MESSAGE.missing;
      switch (issue.expected) {
        case 'string':
        case 'boolean':
        case 'array':
        case 'object':
        case 'number':
          return POLICY_REASON_MESSAGE[issue.expected];
        default:
          return POLICY_REASON_MESSAGE.other;
      }
    case 'too_big':
      return issue.origin === 'string' ? POLICY_REASON_MESSAGE.tooLong(Number(issue.maximum)) : POLICY_REASON_MESSAGE.tooMany(Number(issue.maximum));
    case 'too_small':
      return issue.origin === 'string' ? POLICY_REASON_MESSAGE.empty : POLICY_REASON_MESSAGE.tooFew(Number(issue.minimum));
    case 'invalid_value':
      return POLICY_REASON_MESSAGE.oneOf(issue.values ?? []);
    case 'unrecognized_keys':
      return POLICY_REASON_MESSAGE.unknownFields(issue.keys ?? []);
    case 'custom':
      return issue.message ?? POLICY_REASON_MESSAGE.other;
    default:
      return POLICY_REASON_MESSAGE.other;
  }
}
