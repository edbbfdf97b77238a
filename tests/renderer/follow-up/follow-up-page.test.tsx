import fs from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { newActivity } from '../../../shared/draft/new-draft';
import type { Draft } from '../../../shared/draft/schema';
import { completeDraft, freshHarnessEachTest, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { waitForStored } from '../helpers/editor';
import { agreementDraft } from '../../support/agreement';
import { expectFocused } from '../../support/focus';

let harness: Harness;

freshHarnessEachTest(async () => (harness = await openHarness()));

const POLICE = 'Polismyndigheten, lokalpolisområde Hälsingland';

/** A complete löfte with three activities (police, municipality, joint), a focus area, marked klar. */
function followedDraft(draft: Draft): Draft {
  const complete = completeDraft(draft);
  return {
    ...complete,
    status: 'klar',
    focusAreas: [{ id: 'f1', title: 'Trygghet i centrum' }],
    activities: [
      { ...complete.activities[0], focusAreaId: 'f1', responsible: 'kommunpolisen' },
      { ...newActivity('a2', ['kommun']), text: 'säkerställa närvaro av centrumvärdar i Söderhamns centrum' },
      { ...newActivity('a3', ['polis', 'kommun']), text: 'genomföra trygghetsvandringar', quantity: 2, unit: 'trygghetsvandringar', focusAreaId: 'f1' },
    ],
  };
}

/** The draft made undertecknad (from klar), as the status panel does. */
async function signed(draft: Draft): Promise<Draft> {
  await unwrap(harness.bridge.saveDraft({ ...draft, status: 'undertecknad' }));
  return harness.readDraft(draft.id);
}

async function openFollowUp(draft: Draft) {
  window.location.hash = `#/utkast/${draft.id}/uppfoljning`;
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: draft.title });
}

/** The row of an activity: the group named by the activity as printed. */
const row = (printed: RegExp) => screen.getByRole('group', { name: printed });
const summary = () => screen.getByRole('region', { name: 'Så långt har ni kommit' });

describe('follow-up page', () => {
  it('explains that an utkast is followed up once it is klar, with the way back', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openFollowUp(draft);
    expect(screen.getByRole('heading', { name: 'Uppföljningen börjar när dokumentet är klart' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Till utkastet' }).getAttribute('href')).toBe(`#/utkast/${draft.id}`);
    expect(screen.queryByLabelText('Status')).toBeNull();
  });

  it('lists every activity as printed with its parties, and saves a status at once; the summary follows', async () => {
    const draft = await harness.seedDraft(followedDraft);
    await openFollowUp(draft);
    expect(screen.getByText('Klar för underskrift')).toBeTruthy();
    expect(screen.getByText('1 januari 2026 – 31 december 2026')).toBeTruthy();
    const police = row(/^Polisen lovar att genomföra minst fyra trygghetsvandringar per år/);
    expect(within(police).getByText(POLICE)).toBeTruthy();
    expect(within(police).getByText('Trygghet i centrum')).toBeTruthy();
    expect(within(police).getByText('kommunpolisen')).toBeTruthy();
    expect(within(police).getByText('Inte uppföljd ännu')).toBeTruthy();
    const joint = row(/^Polisen och kommunen lovar gemensamt att/);
    expect(within(joint).getByText(`Söderhamns kommun och ${POLICE}`)).toBeTruthy();
    expect(within(summary()).getByText(`${POLICE}: 0 av 2 genomförda`)).toBeTruthy();
    expect(within(summary()).getByText('Totalt: 0 av 3 genomförda')).toBeTruthy();

    fireEvent.change(within(police).getByLabelText('Status'), { target: { value: 'genomford' } });
    expect(within(summary()).getByText(`${POLICE}: 1 av 2 genomförda`)).toBeTruthy();
    expect(within(summary()).getByText('Totalt: 1 av 3 genomförda')).toBeTruthy();
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities[0].followUp?.status).toBe('genomford'));
    const stored = await harness.readDraft(draft.id);
    // Only the follow-up changed; the draft is still klar with its text.
    expect(stored.status).toBe('klar');
    expect(stored.activities.map((a) => a.text)).toEqual(draft.activities.map((a) => a.text));
    await within(police).findByText(/^Senast uppdaterad \d+ \p{L}+ \d{4} kl\. \d\d:\d\d$/u);
    expect(screen.getByRole('status', { name: 'Sparstatus' }).textContent).toMatch(/^Sparat \d\d:\d\d$/);
    const counts = within(summary()).getByRole('list', { name: 'Antal aktiviteter per status' });
    expect(counts.textContent).toBe('Ej påbörjad 2Genomförd 1');
  });

  it('saves an outcome against the target and a comment after a pause, and refuses an outcome that is not a number', async () => {
    const draft = await harness.seedDraft(followedDraft);
    await openFollowUp(draft);
    const joint = row(/^Polisen och kommunen lovar gemensamt att/);
    expect(within(joint).getByText('av 2 trygghetsvandringar')).toBeTruthy();
    // An activity without a quantity has no outcome to count.
    expect(within(row(/^Kommunen lovar att/)).queryByLabelText('Utfall')).toBeNull();

    const outcome = within(joint).getByLabelText('Utfall');
    fireEvent.change(outcome, { target: { value: '-1' } });
    expect(within(joint).getByText(/^Ange ett tal som är noll eller större/)).toBeTruthy();
    expect(outcome.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(outcome, { target: { value: '3' } });
    expect(within(joint).queryByText(/^Ange ett tal/)).toBeNull();
    fireEvent.change(within(joint).getByLabelText('Kommentar'), { target: { value: 'En extra vandring i Bergvik.' } });
    expect(within(joint).getByText('Sparas strax…')).toBeTruthy();
    // Saved after the pause in typing, without leaving the field.
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.activities[2].followUp).toMatchObject({ status: 'ej-paborjad', outcome: 3, comment: 'En extra vandring i Bergvik.' }),
    );
    await waitFor(() => expect(within(joint).queryByText('Sparas strax…')).toBeNull());
  });

  it('keeps what was typed when a save fails, says so, and saves it with "Försök igen"', async () => {
    const draft = await harness.seedDraft(followedDraft);
    const working = window.samverka;
    window.samverka = {
      ...working,
      saveFollowUp: async () => ({ ok: false, error: { code: 'io', message: 'Disken är full.' } }),
    };
    await openFollowUp(draft);
    const police = row(/^Polisen lovar att/);
    fireEvent.change(within(police).getByLabelText('Kommentar'), { target: { value: 'Fyra vandringar klara i maj.' } });
    fireEvent.blur(within(police).getByLabelText('Kommentar'));
    const status = screen.getByRole('status', { name: 'Sparstatus' });
    await waitFor(() => expect(status.textContent).toContain('Uppföljningen kunde inte sparas: Disken är full.'));
    expect(status.textContent).toContain('Det du skrev finns kvar i fönstret');
    expect(within(police).getByText('Inte sparad')).toBeTruthy();
    expect(within(police).getByLabelText('Kommentar')).toHaveProperty('value', 'Fyra vandringar klara i maj.');
    expect((await harness.readDraft(draft.id)).activities[0].followUp?.comment ?? '').toBe('');

    window.samverka = working;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities[0].followUp?.comment).toBe('Fyra vandringar klara i maj.'));
    await waitFor(() => expect(status.textContent).toMatch(/^Sparat/));
    expect(within(police).queryByText('Inte sparad')).toBeNull();
  });

  it('filters by party, focus area and status; a changed status stays in view until the filter changes', async () => {
    const draft = await harness.seedDraft(followedDraft);
    await openFollowUp(draft);
    const count = () => screen.getByText(/^(Visar \d+ av )?\d+ aktiviteter$/).textContent;
    const shown = () => screen.getAllByRole('group').filter((group) => !group.closest('[hidden]') && group.closest('li'));
    expect(count()).toBe('3 aktiviteter');

    fireEvent.change(screen.getByLabelText('Part'), { target: { value: 'kommun' } });
    expect(count()).toBe('Visar 2 av 3 aktiviteter');
    expect(shown().map((g) => within(g).getByRole('heading').textContent!.split(' lovar ')[0])).toEqual(['Kommunen', 'Polisen och kommunen']);
    fireEvent.change(screen.getByLabelText('Fokusområde'), { target: { value: 'utan' } });
    expect(count()).toBe('Visar 1 av 3 aktiviteter');
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));
    expect(count()).toBe('3 aktiviteter');

    fireEvent.change(screen.getByLabelText('Status', { selector: '#follow-up-filter-status' }), { target: { value: 'ej-paborjad' } });
    expect(count()).toBe('3 aktiviteter');
    const police = row(/^Polisen lovar att/);
    fireEvent.change(within(police).getByLabelText('Status'), { target: { value: 'pagar' } });
    // Still there, and says why.
    expect(police.closest('li')!.hidden).toBe(false);
    expect(within(police).getByText(/statusen matchar inte längre filtret/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status', { selector: '#follow-up-filter-status' }), { target: { value: 'pagar' } });
    expect(count()).toBe('Visar 1 av 3 aktiviteter');
    fireEvent.change(screen.getByLabelText('Status', { selector: '#follow-up-filter-status' }), { target: { value: 'genomford' } });
    expect(screen.getByText(/^Inga aktiviteter matchar filtret/)).toBeTruthy();
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities[0].followUp?.status).toBe('pagar'));
  });

  it('works on a signed draft, whose text stays as signed, and keeps the follow-up after a reload', async () => {
    const klar = await harness.seedDraft(followedDraft);
    const signed = { ...klar, status: 'undertecknad' as const };
    await harness.bridge.saveDraft(signed);
    await openFollowUp(klar);
    expect(screen.getByText('Undertecknad')).toBeTruthy();
    fireEvent.change(within(row(/^Kommunen lovar att/)).getByLabelText('Status'), { target: { value: 'installd' } });
    await waitForStored(harness, klar.id, (stored) => expect(stored.activities[1].followUp?.status).toBe('installd'));
    const stored = await harness.readDraft(klar.id);
    expect(stored.status).toBe('undertecknad');

    // Back and again: read from disk.
    await act(async () => {
      window.location.hash = `#/utkast/${klar.id}`;
    });
    await screen.findByRole('region', { name: 'Grunduppgifter' });
    await act(async () => {
      window.location.hash = `#/utkast/${klar.id}/uppfoljning`;
    });
    await screen.findByRole('heading', { level: 1, name: klar.title });
    expect(within(row(/^Kommunen lovar att/)).getByLabelText('Status')).toHaveProperty('value', 'installd');
  });

  it('exports the report and the CSV, saving what was typed first', async () => {
    const draft = await harness.seedDraft(followedDraft);
    await openFollowUp(draft);
    fireEvent.change(within(row(/^Polisen lovar att/)).getByLabelText('Kommentar'), { target: { value: 'Klart i maj.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exportera uppföljningsrapport (Word)' }));
    const done = await screen.findByText(/^Exporterad: .+\.docx$/, {}, { timeout: 10_000 });
    const docx = done.textContent!.replace('Exporterad: ', '');
    expect(fs.existsSync(`${harness.exportDir}/${docx}`)).toBe(true);
    // The typed comment was stored before the report was written.
    expect((await harness.readDraft(draft.id)).activities[0].followUp?.comment).toBe('Klart i maj.');

    fireEvent.click(screen.getByRole('button', { name: 'Exportera som CSV' }));
    const csvDone = await screen.findByText(/^Exporterad: .+\.csv$/, {}, { timeout: 10_000 });
    const csv = fs.readFileSync(`${harness.exportDir}/${csvDone.textContent!.replace('Exporterad: ', '')}`, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Klart i maj.');
  }, 20_000);

  it('offers the next period only once the document is signed', async () => {
    const draft = await harness.seedDraft(followedDraft);
    await openFollowUp(draft);
    expect(screen.getByText('Nästa period kan startas när dokumentet är undertecknat.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Starta nästa period' })).toBeNull();
  });

  it('starts the next period after a question and opens it; its carried-over activities ask to be looked over', async () => {
    const draft = await signed(await harness.seedDraft(followedDraft));
    await openFollowUp(draft);
    fireEvent.change(within(row(/^Polisen lovar att/)).getByLabelText('Status'), { target: { value: 'genomford' } });
    fireEvent.click(screen.getByRole('button', { name: 'Starta nästa period' }));
    const question = screen.getByRole('group', { name: /^Ett nytt utkast skapas från det här/ });
    await expectFocused(() => within(question).getByRole('button', { name: 'Avbryt' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, starta nästa period' }));
    await screen.findByRole('region', { name: 'Grunduppgifter' });
    expect(window.location.hash).not.toBe(`#/utkast/${draft.id}`);
    const nextId = window.location.hash.replace('#/utkast/', '');
    const next = await harness.readDraft(nextId);
    expect(next.status).toBe('utkast');
    expect(next.period).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
    expect(next.activities.map((a) => a.review ?? false)).toEqual([true, false, false]);

    // The finished activity says so in the editor; looking it over clears the mark.
    const notice = await screen.findByText('Genomfördes förra perioden – se över den.');
    expect(screen.getAllByText('Genomfördes förra perioden – se över den.')).toHaveLength(1);
    const item = notice.closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Markera som genomgången' }));
    expect(screen.queryByText('Genomfördes förra perioden – se över den.')).toBeNull();
    await expectFocused(() => within(item).getByLabelText('Aktivitet 1'));
    await waitForStored(harness, nextId, (stored) => expect(stored.activities[0].review).toBeUndefined());

    // Both drafts' links, in the editor's panel.
    const panel = screen.getByRole('region', { name: 'Uppföljning' });
    expect(within(panel).getByText('Reviderar:')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: draft.title }).getAttribute('href')).toBe(`#/utkast/${draft.id}`);

    // Back on the earlier draft's follow-up, the button has become the way to the next period.
    await act(async () => {
      window.location.hash = `#/utkast/${draft.id}/uppfoljning`;
    });
    const link = await screen.findByRole('link', { name: 'Öppna nästa period (2027)' });
    expect(link.getAttribute('href')).toBe(`#/utkast/${nextId}`);
    expect(screen.queryByRole('button', { name: 'Starta nästa period' })).toBeNull();
  });

  it('speaks of an agreement\'s åtaganden, in the neuter: "ett gemensamt åtagande", "se över det", "Markera som genomgånget" (issue 17)', async () => {
    const agreement = (d: Draft): Draft => agreementDraft({ id: d.id, status: 'klar', createdAt: d.createdAt, updatedAt: d.updatedAt });
    const draft = await signed(await harness.seedDraft(agreement, 'samverkansoverenskommelse'));
    await openFollowUp(draft);
    expect(screen.getByText(/^Ange för varje åtagande hur det har gått/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Åtaganden' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Visa åtaganden' })).toBeTruthy();
    expect(screen.getByText('3 åtaganden')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Antal åtaganden per status' })).toBeTruthy();
    expect(within(summary()).getByText('Ett gemensamt åtagande räknas för varje part som åtar sig det.')).toBeTruthy();
    const police = row(/^Polisen åtar sig att genomföra minst fyra riktade insatser/);
    expect(within(police).getByText('Parter')).toBeTruthy();
    expect(within(police).queryByText('Lovas av')).toBeNull();
    fireEvent.change(within(screen.getByRole('group', { name: 'Visa åtaganden' })).getByLabelText('Status'), { target: { value: 'installd' } });
    expect(screen.getByText(/^Inga åtaganden matchar filtret/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));

    fireEvent.change(within(police).getByLabelText('Status'), { target: { value: 'genomford' } });
    fireEvent.click(screen.getByRole('button', { name: 'Starta nästa period' }));
    const question = screen.getByRole('group', { name: /genomförda åtaganden markeras för att ses över/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, starta nästa period' }));
    const notice = await screen.findByText('Genomfördes förra perioden – se över det.');
    fireEvent.click(within(notice.closest('li')!).getByRole('button', { name: 'Markera som genomgånget' }));
    expect(screen.queryByText('Genomfördes förra perioden – se över det.')).toBeNull();
    expect(document.body.textContent).not.toMatch(/aktivitet/i);
  });
});
