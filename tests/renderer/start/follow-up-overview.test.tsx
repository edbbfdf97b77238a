import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import type { Draft } from '../../../shared/draft/schema';
import { completeDraft, freshHarnessEachTest, openHarness, type Harness } from '../helpers/app-harness';

let harness: Harness;

freshHarnessEachTest(async () => (harness = await openHarness()));

/** A klar löfte for `period` with three activities, with `statuses` set (undefined: never followed up). */
const klar = (title: string, period: Draft['period'], statuses: (Draft['activities'][number]['followUp'] | undefined)[]) => (draft: Draft): Draft => {
  const complete = completeDraft(draft);
  const base = complete.activities[0];
  return {
    ...complete,
    title,
    period,
    status: 'klar',
    activities: statuses.map((followUp, i) => {
      const { followUp: _none, ...activity } = base;
      return followUp ? { ...activity, id: `a${i + 1}`, followUp } : { ...activity, id: `a${i + 1}` };
    }),
  };
};

const cellOf = (title: string) => {
  const row = screen.getByRole('link', { name: title }).closest('tr')!;
  const column = screen.getAllByRole('columnheader').findIndex((header) => header.textContent === 'Uppföljning');
  return row.children[column] as HTMLElement;
};

describe('start page: the follow-up overview', () => {
  it('shows the share done of klar drafts, warns when an ended period was not followed up, and leaves utkast alone', async () => {
    const done = { status: 'genomford' as const, outcome: null, comment: '' };
    const ongoing = { status: 'pagar' as const, outcome: null, comment: '' };
    await harness.seedDraft(klar('Pågående löfte', { start: '2026-01-01', end: '2999-12-31' }, [done, ongoing, undefined]));
    await harness.seedDraft(klar('Glömt löfte', { start: '2020-01-01', end: '2021-12-31' }, [undefined, undefined, undefined]));
    await harness.seedDraft(klar('Uppföljt löfte', { start: '2020-01-01', end: '2021-12-31' }, [done, done, ongoing]));
    await harness.seedDraft((d) => ({ ...completeDraft(d), title: 'Ett utkast' }));

    render(<App />);
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: 'Uppföljning' })).toBeTruthy();

    const running = cellOf('Pågående löfte');
    expect(within(running).getByText('1 av 3 genomförda')).toBeTruthy();
    expect(within(running).queryByText(/Perioden är slut/)).toBeNull();

    const forgotten = cellOf('Glömt löfte');
    expect(within(forgotten).getByText('0 av 3 genomförda')).toBeTruthy();
    expect(within(forgotten).getByText('Perioden är slut – uppföljning saknas')).toBeTruthy();

    const followed = cellOf('Uppföljt löfte');
    expect(within(followed).getByText('2 av 3 genomförda')).toBeTruthy();
    expect(within(followed).queryByText(/Perioden är slut/)).toBeNull();

    expect(cellOf('Ett utkast').textContent).toBe('–');
  });
});
