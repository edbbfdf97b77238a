import { fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SKIP_OFFSCREEN_FROM } from '../../../../renderer/editor/sections/activities-section';
import styles from '../../../../renderer/editor/sections/activities-section.module.css';
import { activity, openHarness, type Harness } from '../../helpers/app-harness';
import { activityGroup, activityItem, openEditor } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

/** The element around the activity groups, whose class turns on content-visibility for the cards. */
const groups = () => activityGroup('Polisen lovar att').parentElement!;

describe('the activity cards off screen', () => {
  it('are skipped from SKIP_OFFSCREEN_FROM activities on, and rendered as usual below it', async () => {
    expect(styles.skipOffscreen).toBeTruthy();
    const draft = await harness.seedDraft((d) => ({
      ...d,
      activities: Array.from({ length: SKIP_OFFSCREEN_FROM }, (_, i) => activity(`a${i}`, ['polis'], `genomföra aktivitet ${i + 1}`)),
    }));
    await openEditor(draft);
    await waitFor(() => expect(groups().classList).toContain(styles.skipOffscreen));

    // One fewer: every card rendered again, in the same render that drops the card.
    fireEvent.click(within(activityItem('Polisen lovar att', 1)).getByRole('button', { name: /^Ta bort aktivitet/ }));
    await waitFor(() => expect(within(activityGroup('Polisen lovar att')).getAllByRole('listitem')).toHaveLength(SKIP_OFFSCREEN_FROM - 1));
    expect(groups().classList).not.toContain(styles.skipOffscreen);
  });
});
