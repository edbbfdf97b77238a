import { describe, expect, it } from 'vitest';
import { CURRENT, newestFirst, olderFirst, shownVersion } from '../../../renderer/versions/versions';
import type { VersionSummary } from '../../../shared/ipc/contract';

const version = (id: string, savedAt: string): VersionSummary => ({
  id,
  savedAt,
  reason: 'redigering',
  title: 'Medborgarlöfte',
  status: 'utkast',
  kept: false,
});

describe('the versions as listed', () => {
  it('puts the newest first, keeping the given order of versions kept at the same moment', () => {
    const list = [
      version('a', '2026-03-01T10:00:00.000Z'),
      version('b', '2026-03-02T09:00:00.000Z'),
      version('c', '2026-03-01T10:00:00.000Z'),
      version('d', '2026-02-28T23:59:00.000Z'),
    ];
    expect(newestFirst(list).map((v) => v.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('shows the chosen version while it exists, else the newest, else none', () => {
    const list = [version('b', '2026-03-02T09:00:00.000Z'), version('a', '2026-03-01T10:00:00.000Z')];
    expect(shownVersion(list, 'a')?.id).toBe('a');
    expect(shownVersion(list, 'gone')?.id).toBe('b');
    expect(shownVersion(list, null)?.id).toBe('b');
    expect(shownVersion([], null)).toBeNull();
  });
});

describe('the two sides of "Jämför"', () => {
  it('puts the older first, and the text as it is now after any version', () => {
    const [a, b] = [version('a', '2026-03-01T10:00:00.000Z'), version('b', '2026-03-02T09:00:00.000Z')];
    expect(olderFirst([b, a])).toEqual([a, b]);
    expect(olderFirst([a, b])).toEqual([a, b]);
    expect(olderFirst([CURRENT, a])).toEqual([a, CURRENT]);
    expect(olderFirst([b, CURRENT])).toEqual([b, CURRENT]);
  });
});
