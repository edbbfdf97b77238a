import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { completeDraft, freshHarnessEachTest, openHarness, unwrap, type Harness } from '../helpers/app-harness';

let harness: Harness;

freshHarnessEachTest(async () => (harness = await openHarness()));

describe('start page', () => {
  it('explains what to do when there are no drafts', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Inga dokument ännu' })).toBeTruthy();
    expect(screen.getByText(/Börja med att skapa ett nytt medborgarlöfte/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nytt medborgarlöfte' })).toBeTruthy();
    expect(screen.getByText('Samverka')).toBeTruthy();
  });

  it('lists drafts newest first, with kind, period, status and time', async () => {
    const older = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Söderhamn 2020–2021', period: { start: '2020-01-01', end: '2021-12-31' } }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await harness.seedDraft((d) => d); // untitled, saved later: listed first

    render(<App />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link').textContent).toBe('(utan titel)');
    const second = within(rows[1]);
    expect(second.getByRole('link', { name: older.title })).toBeTruthy();
    expect(second.getByText('Medborgarlöfte')).toBeTruthy();
    expect(second.getByText('2020–2021')).toBeTruthy();
    expect(second.getByText('Utkast')).toBeTruthy();
    expect(second.getByRole('link').getAttribute('href')).toBe(`#/utkast/${older.id}`);
  });

  it('opens a draft when its row is clicked', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    render(<App />);
    const title = await screen.findByText('Medborgarlöfte för Tanum 2025');
    fireEvent.click(title.closest('tr')!.querySelector('td')!);
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${draft.id}`));
    expect(await screen.findByLabelText('Titel')).toHaveProperty('value', 'Medborgarlöfte för Tanum 2025');
  });

  it('creates a medborgarlöfte and opens it', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nytt medborgarlöfte' }));
    const titleInput = await screen.findByLabelText('Titel');
    expect(window.location.hash).toMatch(/^#\/utkast\/[0-9a-f-]{36}$/);
    expect(titleInput).toHaveProperty('value', '');

    const drafts = await unwrap(harness.bridge.listDrafts());
    expect(drafts).toHaveLength(1);
    expect(drafts[0].kind).toBe('medborgarlofte');
    expect(window.location.hash).toBe(`#/utkast/${drafts[0].id}`);

    // And back: the new draft is listed.
    await act(async () => {
      window.location.hash = '#/';
    });
    expect(await screen.findByRole('link', { name: '(utan titel)' })).toBeTruthy();
  });

  it('shows a Swedish message when the drafts cannot be read', async () => {
    window.samverka = {
      ...harness.bridge,
      listDrafts: async () => ({ ok: false, error: { code: 'io', message: 'Mappen med utkast kunde inte läsas.' } }),
    };
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dokumenten kunde inte hämtas: Mappen med utkast kunde inte läsas.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });
});

describe('start page with both kinds', () => {
  it('lists every document, signed ones too, under "Alla dokument" with the status of each (issue 17)', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const ready = await harness.seedDraft((d) => ({ ...completeDraft(d), title: 'Medborgarlöfte för Tanum 2024', status: 'klar' }));
    await unwrap(harness.bridge.saveDraft({ ...(await harness.readDraft(ready.id)), status: 'undertecknad' }));

    render(<App />);
    const table = await screen.findByRole('table', { name: 'Dokument, senast ändrat först' });
    expect(screen.getByRole('heading', { level: 1, name: 'Alla dokument' })).toBeTruthy();
    expect(screen.getByText('2 dokument')).toBeTruthy();
    const [signed, draft] = within(table).getAllByRole('row').slice(1);
    expect(within(signed).getByRole('link').textContent).toBe('Medborgarlöfte för Tanum 2024');
    expect(within(signed).getByText('Undertecknad')).toBeTruthy();
    expect(within(draft).getByText('Utkast')).toBeTruthy();
  });

  it('creates a samverkansöverenskommelse and opens it', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny samverkansöverenskommelse' }));
    await screen.findByLabelText('Titel');
    const drafts = await unwrap(harness.bridge.listDrafts());
    expect(drafts.map((d) => d.kind)).toEqual(['samverkansoverenskommelse']);
    expect(window.location.hash).toBe(`#/utkast/${drafts[0].id}`);
  });

  it('filters the list by kind and remembers the choice', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    const agreement = await unwrap(harness.bridge.createDraft('samverkansoverenskommelse'));
    await unwrap(harness.bridge.saveDraft({ ...agreement, title: 'Samverkansöverenskommelse Tanum 2024–2027' }));

    const { unmount } = render(<App />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 dokument')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Samverkansöverenskommelser' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Samverkansöverenskommelse Tanum 2024–2027' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Medborgarlöfte för Tanum 2025' })).toBeNull();
    expect(screen.getByText('1 av 2 dokument')).toBeTruthy();

    unmount();
    render(<App />);
    await screen.findByRole('table');
    expect(screen.getByRole('radio', { name: 'Samverkansöverenskommelser' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Alla' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  it('shows which agreement a löfte belongs to, and how many löften an agreement has', async () => {
    const agreement = await unwrap(harness.bridge.createDraft('samverkansoverenskommelse'));
    await unwrap(harness.bridge.saveDraft({ ...agreement, title: 'Samverkansöverenskommelse Tanum 2024–2027' }));
    const promise = await unwrap(harness.bridge.createPromise(agreement.id));
    await unwrap(harness.bridge.saveDraft({ ...promise, title: 'Medborgarlöfte för Tanum 2025' }));

    render(<App />);
    const promiseRow = (await screen.findByRole('link', { name: 'Medborgarlöfte för Tanum 2025' })).closest('tr')!;
    expect(within(promiseRow).getByText('Hör till Samverkansöverenskommelse Tanum 2024–2027')).toBeTruthy();
    const agreementRow = screen.getByRole('link', { name: 'Samverkansöverenskommelse Tanum 2024–2027' }).closest('tr')!;
    expect(within(agreementRow).getByText('1 medborgarlöfte')).toBeTruthy();
  });
});
