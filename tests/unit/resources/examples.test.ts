import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftText } from '../../../shared/draft/read-draft';
import { checkReadiness } from '../../../shared/draft/readiness';
import { ROOT } from '../../support/fixtures';

/** The examples ship with the app and users start from them: each must read and be ready to sign. */
const DIR = path.join(ROOT, 'resources/examples');
const files = readdirSync(DIR).filter((name) => name.endsWith('.samverka.json')).sort();

describe('resources/examples', () => {
  it('holds the bundled examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'medborgarlofte-ljusdal-2022-2024.samverka.json',
        'medborgarlofte-soderhamn-2020-2021.samverka.json',
        'samverkansoverenskommelse-exempelvik-2023-2026.samverka.json',
      ]),
    );
  });

  it.each(files)('%s reads and has no readiness errors', (name) => {
    const result = readDraftText(readFileSync(path.join(DIR, name), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(checkReadiness(result.draft).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('has examples with unique ids', () => {
    const ids = files.map((name) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')).id);
    expect(new Set(ids).size).toBe(files.length);
  });

  it('offers an agreement as well as löften', () => {
    const kinds = files.map((name) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')).kind);
    expect(new Set(kinds)).toEqual(new Set(['medborgarlofte', 'samverkansoverenskommelse']));
  });

  it('gives the agreement everything Brå asks for, so it has no warnings either', () => {
    const result = readDraftText(readFileSync(path.join(DIR, 'samverkansoverenskommelse-exempelvik-2023-2026.samverka.json'), 'utf8'));
    expect(result.ok && checkReadiness(result.draft)).toEqual([]);
  });

  it('gives Ljusdal measurable promises only, so it has no warnings either', () => {
    const result = readDraftText(readFileSync(path.join(DIR, 'medborgarlofte-ljusdal-2022-2024.samverka.json'), 'utf8'));
    expect(result.ok && checkReadiness(result.draft)).toEqual([]);
  });
});
