import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../../shared/draft/schema';
import { completeDraft, openHarness, unwrap, type Harness } from '../../helpers/app-harness';
import { openEditor } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const panel = () => screen.getByRole('region', { name: 'Uppföljning' });

/** A complete löfte, klar, with two activities: one genomförd, one ongoing. */
const klarWithFollowUp = (draft: Draft): Draft => {
  const complete = completeDraft(draft);
  const first = complete.activities[0];
  return {
    ...complete,
    status: 'klar',
    activities: [
      { ...first, followUp: { status: 'genomford', outcome: 4, comment: '' } },
      { ...first, id: 'a2', text: 'fotpatrullera i centrum', quantity: null, unit: '', followUp: { status: 'pagar', outcome: null, comment: '' } },
    ],
  };
};

describe('the editor’s follow-up panel', () => {
  it('is not there for an utkast that revises nothing', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    expect(screen.queryByRole('region', { name: 'Uppföljning' })).toBeNull();
  });

  it('sums up a klar draft’s follow-up and leads to its page after saving what was typed', async () => {
    const draft = await harness.seedDraft(klarWithFollowUp);
    await openEditor(draft);
    expect(within(panel()).getByText('1 av 2 aktiviteter genomförda')).toBeTruthy();
    const link = within(panel()).getByRole('link', { name: 'Öppna uppföljningen' });
    expect(link.getAttribute('href')).toBe(`#/utkast/${draft.id}/uppfoljning`);

    // Typed but not yet saved: the link saves first, then the follow-up page opens.
    const title = screen.getByRole('region', { name: 'Grunduppgifter' }).querySelector('input')!;
    fireEvent.change(title, { target: { value: 'Medborgarlöfte för Söderhamn 2026, reviderat' } });
    fireEvent.click(link);
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${draft.id}/uppfoljning`));
    await screen.findByRole('heading', { level: 1, name: 'Medborgarlöfte för Söderhamn 2026, reviderat' });
    expect(screen.getByRole('region', { name: 'Så långt har ni kommit' })).toBeTruthy();
    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte för Söderhamn 2026, reviderat');
  });

  it('offers the next period only once the draft is signed', async () => {
    const draft = await harness.seedDraft(klarWithFollowUp);
    await openEditor(draft);
    expect(within(panel()).getByText('Nästa period kan startas när dokumentet är undertecknat.')).toBeTruthy();
    expect(within(panel()).queryByRole('button', { name: 'Starta nästa period' })).toBeNull();
  });

  it('starts the next period, and both drafts link to each other; then the button leads to it', async () => {
    const klar = await harness.seedDraft(klarWithFollowUp);
    await unwrap(harness.bridge.saveDraft({ ...klar, status: 'undertecknad' }));
    const draft = await harness.readDraft(klar.id);
    await openEditor(draft);
    const button = within(panel()).getByRole('button', { name: 'Starta nästa period' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Nästa period är ett nytt dokument för perioden efter den här/);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Starta nästa period' }));
    fireEvent.click(within(panel()).getByRole('button', { name: 'Ja, starta nästa period' }));
    await waitFor(() => expect(window.location.hash).not.toBe(`#/utkast/${draft.id}`));
    const nextId = window.location.hash.replace('#/utkast/', '');
    await waitFor(() => expect(within(panel()).getByText('Reviderar:')).toBeTruthy());
    // An utkast: no follow-up yet, only its link.
    expect(within(panel()).queryByRole('link', { name: 'Öppna uppföljningen' })).toBeNull();
    expect(within(panel()).getByRole('link', { name: draft.title }).getAttribute('href')).toBe(`#/utkast/${draft.id}`);

    fireEvent.click(within(panel()).getByRole('link', { name: draft.title }));
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${draft.id}`));
    await waitFor(() => expect(within(panel()).getByText('Nästa period:')).toBeTruthy());
    const next = await harness.readDraft(nextId);
    expect(within(panel()).getByRole('link', { name: next.title }).getAttribute('href')).toBe(`#/utkast/${nextId}`);
    expect(within(panel()).getAllByText('Nästa period:')).toHaveLength(1);
    expect(within(panel()).queryByRole('button', { name: 'Starta nästa period' })).toBeNull();
    expect(within(panel()).getByRole('link', { name: /^Öppna nästa period/ }).getAttribute('href')).toBe(`#/utkast/${nextId}`);
  });

  it('calls a later draft of the same period a new revision', async () => {
    const draft = await harness.seedDraft(klarWithFollowUp);
    const revision = await unwrap(harness.bridge.startRevision(draft.id));
    await openEditor(draft);
    await waitFor(() => expect(within(panel()).getByText('Ny revision:')).toBeTruthy());
    expect(within(panel()).getByRole('link', { name: revision.title }).getAttribute('href')).toBe(`#/utkast/${revision.id}`);
    await act(async () => {});
  });
});
