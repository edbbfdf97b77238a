import { describeField } from '../i18n/terms';
import { READINESS_MESSAGE as M } from '../i18n/messages';
import type { Draft } from './schema';

/** One thing the readiness check found, pointing at the field to fix. */
export interface Finding {
  severity: 'error' | 'warning';
  /** Path of the field in the draft, e.g. `["activities", 2, "text"]`. */
  field: (string | number)[];
  message: string;
}

/**
 * "Klar för underskrift": what keeps a draft from being signed. Errors block
 * the status "klar"; warnings are advice. Used by the editor, `cli check` and
 * before export.
 */
export function checkReadiness(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  const error = (field: Finding['field'], message: string) => findings.push({ severity: 'error', field, message });

  if (!draft.title.trim()) error(['title'], M.missingTitle());
  if (!draft.period.start) error(['period', 'start'], M.missingPeriodStart());
  if (!draft.period.end && draft.kind === 'medborgarlofte') error(['period', 'end'], M.missingPeriodEnd());
  if (!draft.statement.trim()) error(['statement'], M.missingStatement());
  if (draft.parties.length < 2) error(['parties'], M.tooFewParties(draft.parties.length));
  draft.parties.forEach((party, i) => {
    if (!party.name.trim()) error(['parties', i, 'name'], M.partyWithoutName(i + 1));
  });
  if (draft.activities.length === 0) error(['activities'], M.noActivities());
  draft.activities.forEach((activity, i) => {
    if (!activity.text.trim()) error(['activities', i, 'text'], M.activityWithoutText(i + 1));
    if (activity.partyIds.length === 0) error(['activities', i, 'partyIds'], M.activityWithoutParty(i + 1));
  });
  for (const [path, text] of textFields(draft)) {
    if (containsPersonnummer(text)) error(path, M.personnummer(describeField(path)));
  }
  return findings;
}

/** True when no finding is an error. */
export const isReady = (findings: readonly Finding[]) => findings.every((f) => f.severity !== 'error');

/** Every string in the draft with its path, for checks that look at all text. */
function* textFields(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* textFields(value[i], [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'id' && key !== 'createdAt' && key !== 'updatedAt') yield* textFields(item, [...path, key]);
    }
  }
}

const PERSONNUMMER = /(?<!\d)(?:19|20)?(\d{6})[-+ ]?(\d{4})(?!\d)/g;

/**
 * Finds a Swedish personnummer (or samordningsnummer): ten digits, optionally
 * with century and separator, a plausible date and a valid Luhn check digit,
 * so that diarienummer and phone numbers rarely match.
 */
export function containsPersonnummer(text: string): boolean {
  for (const match of text.matchAll(PERSONNUMMER)) {
    const digits = match[1] + match[2];
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6)) % 60; // samordningsnummer add 60 to the day
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhnValid(digits)) return true;
  }
  return false;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
