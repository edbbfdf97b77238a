import fs from 'node:fs';
import path from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldId, focusField } from '../../../renderer/editor/draft-paths';
import { EDITOR_SECTIONS, sectionOf } from '../../../renderer/editor/sections';
import { checkReadiness } from '../../../shared/draft/readiness';
import type { Draft } from '../../../shared/draft/schema';
import type { Bridge } from '../../../shared/ipc/contract';
import { openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { openEditor, region, type, waitForStored } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});


const seedAgreement = (change?: (draft: Draft) => Draft) => harness.seedDraft(change, 'samverkansoverenskommelse');

/** A löfte and an agreement with titles, not linked. */
async function seedPair() {
  const agreement = await seedAgreement((d) => ({ ...d, title: 'Samverkansöverenskommelse Ljusdal 2027–2030' }));
  const promise = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Edsbyn 2027' }));
  return { agreement, promise };
}

/** The links as the store keeps them. */
async function storedLinks(id: string) {
  return (await harness.readDraft(id)).relatedIds;
}

const linkedEntries = () => within(region('Bilagor')).queryAllByRole('link').map((link) => link.textContent);

describe('the samverkansöverenskommelse’s sections', () => {
  it('lists its sections in the order of the document, with the background before the purpose', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    const nav = screen.getByRole('navigation', { name: 'Avsnitt' });
    expect(within(nav).getAllByRole('button').map((button) => button.textContent?.replace(/\d+$/, ''))).toEqual([
      'Grunduppgifter',
      'Bakgrund och syfte',
      'Gemensam lägesbild',
      'Fokusområden',
      'Organisation',
      'Ansvar och åtaganden',
      'Dokumentation, uppföljning och kommunikation',
      'Bilagor',
      'Underskrifter',
    ]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 9)).toEqual(within(nav).getAllByRole('button').map((b) => b.textContent?.replace(/\d+$/, '')));

    const purpose = region('Bakgrund och syfte');
    expect(within(purpose).getAllByRole('textbox').map((t) => t.id)).toEqual([fieldId(['background']), fieldId(['statement'])]);
    expect(within(purpose).getByLabelText('Parter och bakgrund')).toBeTruthy();
    expect(within(purpose).getByLabelText('Syfte och övergripande mål')).toBeTruthy();
    const followUp = region('Dokumentation, uppföljning och kommunikation');
    expect(within(followUp).getAllByRole('textbox').map((t) => t.id)).toEqual([
      fieldId(['documentation']),
      fieldId(['followUpPlan']),
      fieldId(['communication']),
    ]);
    expect(within(followUp).getByLabelText('Uppföljning och revidering')).toBeTruthy();
    // No place in an agreement: it is about the municipalities.
    expect(within(region('Grunduppgifter')).queryByLabelText('Geografiskt fokus')).toBeNull();
    expect(within(region('Grunduppgifter')).getByText(/En, två eller tre kommuner och lokalpolisområdet/)).toBeTruthy();
  });

  it('adds a municipality as a further party', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till part' }));
    const role = within(screen.getByRole('group', { name: 'Part 3' })).getByLabelText('Roll') as HTMLSelectElement;
    expect(role.value).toBe('kommun');
    await expectFocused(role);
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties.map((p) => p.role)).toEqual(['kommun', 'polis', 'kommun']));
  });

  it('runs "tills vidare" with a revision interval, and gets an end date back when unticked', async () => {
    const draft = await seedAgreement((d) => ({ ...d, period: { start: '2027-01-01', end: '2030-12-31' } }));
    await openEditor(draft);
    const basics = region('Grunduppgifter');
    const period = within(basics).getByRole('group', { name: 'Giltighetstid' });
    const openEnded = within(period).getByLabelText('Gäller tills vidare') as HTMLInputElement;
    expect(openEnded.checked).toBe(false);
    expect(within(period).queryByLabelText('Revideras')).toBeNull();

    fireEvent.click(openEnded);
    expect(openEnded.checked).toBe(true);
    expect(within(period).queryByLabelText('Slutdatum')).toBeNull();
    const revision = within(period).getByLabelText('Revideras') as HTMLSelectElement;
    expect([...revision.options].map((o) => o.textContent)).toEqual([
      'Inte angivet',
      'varje halvår',
      'varje år',
      'vartannat år',
      'vart tredje år',
      'vart fjärde år',
    ]);
    fireEvent.change(revision, { target: { value: '12' } });
    await waitForStored(harness, draft.id, (stored) => expect(stored.period).toEqual({ start: '2027-01-01', end: null, revisionMonths: 12 }));

    // Unticked: one mandatperiod from the start; the interval stays, and stays in sight.
    fireEvent.click(openEnded);
    expect(within(period).getByLabelText('Slutdatum')).toHaveProperty('value', '2030-12-31');
    expect((within(period).getByLabelText('Revideras') as HTMLSelectElement).selectedOptions[0].textContent).toBe('varje år');
    fireEvent.change(within(period).getByLabelText('Startdatum'), { target: { value: '2028-03-01' } });
    fireEvent.click(openEnded);
    fireEvent.click(openEnded);
    expect(within(period).getByLabelText('Slutdatum')).toHaveProperty('value', '2032-02-29');
    fireEvent.change(within(period).getByLabelText('Revideras'), { target: { value: '' } });
    await waitForStored(harness, draft.id, (stored) => expect(stored.period).toEqual({ start: '2028-03-01', end: '2032-02-29', revisionMonths: null }));
    expect(within(period).queryByLabelText('Revideras')).toBeNull();

    // Undo takes the ticks back like any other change.
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect((within(period).getByLabelText('Revideras') as HTMLSelectElement).value).toBe('12');
  });

  it('keeps the lägesbild’s summary and its sources', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    const section = region('Gemensam lägesbild');
    type(within(section).getByLabelText('Sammanfattning av lägesbilden'), 'Narkotikabrotten bland unga har ökat.');
    const sources = within(section).getByRole('region', { name: 'Källor' });
    expect(within(sources).getByText('Inga källor ännu.')).toBeTruthy();
    fireEvent.click(within(sources).getByRole('button', { name: 'Lägg till källa' }));
    const source = within(sources).getByRole('group', { name: 'Källa 1' });
    await expectFocused(() => within(source).getByLabelText('Typ av källa'));
    fireEvent.change(within(source).getByLabelText('Typ av källa'), { target: { value: 'brottsstatistik' } });
    type(within(source).getByLabelText('Beskrivning'), 'Polisens statistik 2023–2026');
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.situation).toBe('Narkotikabrotten bland unga har ökat.');
      expect(stored.basis).toEqual([{ type: 'brottsstatistik', description: 'Polisens statistik 2023–2026', date: null, respondents: null }]);
    });
    fireEvent.click(within(source).getByRole('button', { name: /^Ta bort källa 1\b/ }));
    expect(screen.getAllByRole('status')[1].textContent).toBe('Källan togs bort.');
    await expectFocused(() => within(sources).getByRole('heading', { name: 'Källor' }));
  });

  it('shows a fokusområde’s problem, orsaker, mål and indikator open', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    const section = region('Fokusområden');
    fireEvent.click(within(section).getByRole('button', { name: 'Lägg till fokusområde' }));
    const area = within(section).getByRole('group', { name: 'Fokusområde 1' });
    expect(area.querySelector('details')).toBeNull();
    type(within(area).getByLabelText('Rubrik'), 'Narkotika bland unga');
    type(within(area).getByLabelText('Problem'), 'Fler unga misstänks för narkotikabrott.');
    type(within(area).getByLabelText('Troliga orsaker'), 'Försäljning via sociala medier.');
    type(within(area).getByLabelText('Mål'), 'Minska med 20 procent till 2030.');
    type(within(area).getByLabelText('Indikator'), 'Misstänkta under 18 år.');
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.focusAreas[0]).toMatchObject({
        title: 'Narkotika bland unga',
        problem: 'Fler unga misstänks för narkotikabrott.',
        causes: 'Försäljning via sociala medier.',
        goal: 'Minska med 20 procent till 2030.',
        indicator: 'Misstänkta under 18 år.',
      }),
    );
  });
});

describe('the organisation', () => {
  it('adds, edits, removes and restores groups', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    const section = region('Organisation');
    type(within(section).getByLabelText('Beskrivning'), 'Samverkan leds av en gemensam styrgrupp.');
    // A new agreement starts with a styrgrupp and a beredningsgrupp.
    const typeOf = (n: number) => within(within(section).getByRole('group', { name: `Grupp ${n}` })).getByLabelText('Typ av grupp') as HTMLSelectElement;
    expect([typeOf(1).value, typeOf(2).value]).toEqual(['styrgrupp', 'beredningsgrupp']);
    expect([...typeOf(1).options].map((o) => o.textContent)).toEqual([
      'Styrgrupp',
      'Beredningsgrupp',
      'Lokalt brottsförebyggande råd',
      'Arbetsgrupp',
      'Annan grupp',
    ]);

    fireEvent.click(within(section).getByRole('button', { name: 'Lägg till grupp' }));
    await expectFocused(() => typeOf(3));
    expect(typeOf(3).value).toBe('arbetsgrupp');
    const third = within(section).getByRole('group', { name: 'Grupp 3' });
    type(within(third).getByLabelText('Namn'), 'Arbetsgrupp Centrum');
    type(within(third).getByLabelText('Medlemmar'), 'Samordnarna och kommunpolisen.');
    type(within(third).getByLabelText('Mötesrytm'), 'varannan månad');
    fireEvent.change(typeOf(2), { target: { value: 'lokalt-rad' } });
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.organisation).toBe('Samverkan leds av en gemensam styrgrupp.');
      expect(stored.groups?.map((g) => g.type)).toEqual(['styrgrupp', 'lokalt-rad', 'arbetsgrupp']);
      expect(stored.groups?.[2]).toMatchObject({ name: 'Arbetsgrupp Centrum', members: 'Samordnarna och kommunpolisen.', meetings: 'varannan månad' });
    });

    fireEvent.click(within(within(section).getByRole('group', { name: 'Grupp 1' })).getByRole('button', { name: /^Ta bort grupp 1\b/ }));
    expect(screen.getAllByRole('status')[1].textContent).toBe('Gruppen togs bort.');
    await expectFocused(() => within(section).getByRole('heading', { name: 'Grupper' }));
    expect(typeOf(1).value).toBe('lokalt-rad');
    await waitForStored(harness, draft.id, (stored) => expect(stored.groups?.map((g) => g.type)).toEqual(['lokalt-rad', 'arbetsgrupp']));

    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    await expectFocused(() => typeOf(1));
    expect(typeOf(1).value).toBe('styrgrupp');
    await waitForStored(harness, draft.id, (stored) => expect(stored.groups?.map((g) => g.type)).toEqual(['styrgrupp', 'lokalt-rad', 'arbetsgrupp']));
  });
});

describe('bilagor', () => {
  it('adds, removes and restores bilagor by title', async () => {
    const draft = await seedAgreement();
    await openEditor(draft);
    const section = region('Bilagor');
    expect(within(section).getByText('Inga bilagor ännu.')).toBeTruthy();
    for (const [i, title] of ['Lägesbild 2026', 'Åtgärdsplan 2027', 'Kommunikationsplan'].entries()) {
      fireEvent.click(within(section).getByRole('button', { name: 'Lägg till bilaga' }));
      const field = within(section).getByLabelText(`Bilaga ${i + 1}`);
      await expectFocused(field);
      type(field, title);
    }
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.attachments).toEqual([{ title: 'Lägesbild 2026' }, { title: 'Åtgärdsplan 2027' }, { title: 'Kommunikationsplan' }]),
    );

    fireEvent.click(within(section).getByRole('button', { name: /^Ta bort bilaga 2\b/ }));
    expect(screen.getAllByRole('status')[1].textContent).toBe('Bilagan togs bort.');
    expect(within(section).getByLabelText('Bilaga 2')).toHaveProperty('value', 'Kommunikationsplan');
    await waitForStored(harness, draft.id, (stored) => expect(stored.attachments).toEqual([{ title: 'Lägesbild 2026' }, { title: 'Kommunikationsplan' }]));

    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    await expectFocused(() => within(section).getByLabelText('Bilaga 2'));
    expect(within(section).getByLabelText('Bilaga 2')).toHaveProperty('value', 'Åtgärdsplan 2027');
    await waitForStored(harness, draft.id, (stored) => expect(stored.attachments?.map((a) => a.title)).toEqual(['Lägesbild 2026', 'Åtgärdsplan 2027', 'Kommunikationsplan']));
  });
});

describe('links between an agreement and its löften', () => {
  it('"Nytt medborgarlöfte" saves the agreement, creates a löfte linked to it from what was just typed, and opens it', async () => {
    const agreement = await seedAgreement((d) => ({
      ...d,
      parties: [
        { id: 'kommun', role: 'kommun', name: 'Ljusdals kommun', diarienummer: 'KS 2026/451' },
        { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland', diarienummer: '' },
      ],
      period: { start: '2027-01-01', end: '2027-12-31' },
    }));
    await openEditor(agreement);
    // Typed a moment ago, not saved yet: the new löfte still gets it.
    fireEvent.change(within(region('Grunduppgifter')).getByLabelText('Titel'), { target: { value: 'Samverkansöverenskommelse Ljusdal 2027' } });
    fireEvent.click(within(region('Bilagor')).getByRole('button', { name: 'Nytt medborgarlöfte' }));
    await waitFor(() => expect(window.location.hash).not.toBe(`#/utkast/${agreement.id}`));
    const promiseId = decodeURIComponent(window.location.hash.replace('#/utkast/', ''));

    const basics = await screen.findByRole('region', { name: 'Grunduppgifter' });
    await waitFor(() => expect(within(basics).getByLabelText('Titel')).toHaveProperty('value', 'Medborgarlöfte för Ljusdals kommun 2027'));
    const select = within(basics).getByLabelText('Samverkansöverenskommelse') as HTMLSelectElement;
    await waitFor(() => expect(select.selectedOptions[0].textContent).toBe('Samverkansöverenskommelse Ljusdal 2027'));
    expect(within(basics).getByRole('link', { name: 'Öppna samverkansöverenskommelsen' }).getAttribute('href')).toBe(`#/utkast/${agreement.id}`);
    expect(await storedLinks(promiseId)).toEqual([agreement.id]);
    expect(await storedLinks(agreement.id)).toEqual([promiseId]);
    expect((await harness.readDraft(agreement.id)).title).toBe('Samverkansöverenskommelse Ljusdal 2027');
  });

  it('links and unlinks an existing löfte from the agreement, numbering it after the bilagor', async () => {
    const { agreement, promise } = await seedPair();
    await unwrap(harness.bridge.saveDraft({ ...agreement, attachments: [{ title: 'Lägesbild 2026' }] }));
    await openEditor(agreement);
    const section = region('Bilagor');
    const promises = within(section).getByRole('region', { name: 'Medborgarlöften' });
    await within(promises).findByText('Inga medborgarlöften hör till överenskommelsen ännu.');

    const link = within(promises).getByRole('button', { name: 'Koppla' });
    expect(link.getAttribute('aria-disabled')).toBe('true');
    const choice = within(promises).getByLabelText('Koppla befintligt medborgarlöfte') as HTMLSelectElement;
    expect([...choice.options].map((o) => o.textContent)).toEqual(['Välj ett medborgarlöfte…', 'Medborgarlöfte för Edsbyn 2027']);
    fireEvent.change(choice, { target: { value: promise.id } });
    fireEvent.click(link);
    const entry = await within(promises).findByRole('link', { name: 'Bilaga 2 – Medborgarlöfte för Edsbyn 2027' });
    expect(entry.getAttribute('href')).toBe(`#/utkast/${promise.id}`);
    await expectFocused(entry);
    expect(await storedLinks(promise.id)).toEqual([agreement.id]);
    expect(await storedLinks(agreement.id)).toEqual([promise.id]);
    expect(within(promises).getByText('Det finns inga andra medborgarlöften att koppla.')).toBeTruthy();

    // A new bilaga moves the löfte's number on once it has a title (the document leaves untitled ones out);
    // linking is not an edit to undo.
    fireEvent.click(within(section).getByRole('button', { name: 'Lägg till bilaga' }));
    expect(linkedEntries()).toEqual(['Bilaga 2 – Medborgarlöfte för Edsbyn 2027']);
    fireEvent.change(within(section).getByLabelText('Bilaga 2'), { target: { value: 'Åtgärdsplan 2027' } });
    expect(linkedEntries()).toEqual(['Bilaga 3 – Medborgarlöfte för Edsbyn 2027']);
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(linkedEntries()).toEqual(['Bilaga 2 – Medborgarlöfte för Edsbyn 2027']);

    fireEvent.click(within(promises).getByRole('button', { name: 'Ta bort kopplingen till Medborgarlöfte för Edsbyn 2027' }));
    await within(promises).findByText('Inga medborgarlöften hör till överenskommelsen ännu.');
    // Focus moves in an effect after the list has rendered; under load the text can be found first.
    await expectFocused(() => within(promises).getByRole('heading', { name: 'Medborgarlöften' }));
    expect(await storedLinks(promise.id)).toEqual([]);
    expect(await storedLinks(agreement.id)).toEqual([]);
  });

  it('links and unlinks the agreement from the löfte, and a later save of either keeps the link', async () => {
    const { agreement, promise } = await seedPair();
    await openEditor(promise);
    const basics = region('Grunduppgifter');
    const select = within(basics).getByLabelText('Samverkansöverenskommelse') as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ingen', 'Samverkansöverenskommelse Ljusdal 2027–2030']);
    expect(within(basics).queryByRole('link', { name: 'Öppna samverkansöverenskommelsen' })).toBeNull();

    fireEvent.change(select, { target: { value: agreement.id } });
    const open = await within(basics).findByRole('link', { name: 'Öppna samverkansöverenskommelsen' });
    expect(open.getAttribute('href')).toBe(`#/utkast/${agreement.id}`);
    expect(await storedLinks(promise.id)).toEqual([agreement.id]);
    expect(await storedLinks(agreement.id)).toEqual([promise.id]);

    // The editor's copy of the löfte was read before the link: saving it does not undo the link.
    type(within(basics).getByLabelText('Titel'), 'Medborgarlöfte för Edsbyn 2027–2028');
    await waitForStored(harness, promise.id, (stored) => {
      expect(stored.title).toBe('Medborgarlöfte för Edsbyn 2027–2028');
      expect(stored.relatedIds).toEqual([agreement.id]);
    });

    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(within(basics).queryByRole('link', { name: 'Öppna samverkansöverenskommelsen' })).toBeNull());
    expect(await storedLinks(promise.id)).toEqual([]);
    expect(await storedLinks(agreement.id)).toEqual([]);
  });

  it('shows the agreement’s löften in the preview’s list of bilagor', async () => {
    const { agreement, promise } = await seedPair();
    await unwrap(harness.bridge.setAgreement(promise.id, agreement.id));
    window.localStorage.setItem('samverka.preview', 'on');
    try {
      await openEditor(agreement);
      const preview = await screen.findByRole('region', { name: 'Förhandsvisning' });
      await waitFor(() => expect(preview.textContent).toContain('Medborgarlöfte för Edsbyn 2027'));
    } finally {
      window.localStorage.removeItem('samverka.preview');
    }
  });
});

describe('export', () => {
  /** The real bridge, recording the arguments of every export. */
  function recordExports(): unknown[][] {
    const calls: unknown[][] = [];
    const real = harness.bridge;
    window.samverka = {
      ...real,
      exportDocx: (...args: Parameters<Bridge['exportDocx']>) => {
        calls.push(args);
        return real.exportDocx(...args);
      },
    };
    return calls;
  }

  it('offers an agreement’s löften as bilagor in the same file, and says so to the Node side', async () => {
    const { agreement, promise } = await seedPair();
    await unwrap(harness.bridge.setAgreement(promise.id, agreement.id));
    const calls = recordExports();
    await openEditor(agreement);
    const option = (await screen.findByLabelText('Ta med medborgarlöftena som bilagor')) as HTMLInputElement;
    expect(option.checked).toBe(false);
    expect(option.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(option.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Det kopplade medborgarlöftet läggs sist i samma fil, från en ny sida.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    await screen.findByText(/^Exporterad: /, {}, { timeout: 5000 });
    fireEvent.click(option);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Exportera till Word' }).getAttribute('aria-disabled')).toBeNull(), { timeout: 5000 });
    expect(calls).toEqual([
      [agreement.id, { withPromises: false }],
      [agreement.id, { withPromises: true }],
    ]);
    const files = fs.readdirSync(harness.exportDir).filter((name) => name.endsWith('.docx'));
    expect(files.sort()).toEqual([
      'samverkansoverenskommelse-ljusdal-2027-2030-med-medborgarloften.docx',
      'samverkansoverenskommelse-ljusdal-2027-2030.docx',
    ]);
  });

  it('offers no such choice for a löfte, and exports it alone', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Edsbyn 2027' }));
    const calls = recordExports();
    await openEditor(draft);
    expect(screen.queryByLabelText('Ta med medborgarlöftena som bilagor')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    await screen.findByText(/^Exporterad: /, {}, { timeout: 5000 });
    expect(calls).toEqual([[draft.id, { withPromises: false }]]);
  });
});

describe('deleting a draft', () => {
  it('asks in place, says where the file goes, and takes the draft and its links away', async () => {
    const { agreement, promise } = await seedPair();
    await unwrap(harness.bridge.setAgreement(promise.id, agreement.id));
    await openEditor(agreement);
    const side = screen.getByRole('complementary', { name: 'Spara, kontrollera och exportera' });
    const button = within(side).getByRole('button', { name: 'Ta bort utkastet' });

    fireEvent.click(button);
    const question = within(side).getByRole('group', { name: /borttagna/ });
    expect(question.textContent).toMatch(/Filen flyttas till mappen ”borttagna”/);
    await expectFocused(() => within(question).getByRole('button', { name: 'Avbryt' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    await expectFocused(() => within(side).getByRole('button', { name: 'Ta bort utkastet' }));
    expect(await harness.readDraft(agreement.id)).toBeTruthy();

    // What was just typed is in the file that is kept.
    fireEvent.change(within(region('Grunduppgifter')).getByLabelText('Titel'), { target: { value: 'Inte längre aktuell' } });
    fireEvent.click(within(side).getByRole('button', { name: 'Ta bort utkastet' }));
    await act(async () => {
      fireEvent.click(within(within(side).getByRole('group', { name: /borttagna/ })).getByRole('button', { name: 'Ja, ta bort' }));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    await screen.findByRole('table');
    expect(screen.queryByText('Inte längre aktuell')).toBeNull();
    await expect(harness.readDraft(agreement.id)).rejects.toThrow();
    const kept = fs.readdirSync(path.join(harness.dataDir, 'borttagna'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(harness.dataDir, 'borttagna', kept[0]), 'utf8')).title).toBe('Inte längre aktuell');
    expect(await storedLinks(promise.id)).toEqual([]);
    // Nothing is saved after the deletion, so the file does not come back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await unwrap(harness.bridge.listDrafts())).map((d) => d.id)).toEqual([promise.id]);
  });
});

describe('readiness findings of an agreement', () => {
  it('has a field for every place its rules point at, in the section the navigation counts it under', async () => {
    const draft = await seedAgreement((d) => ({
      ...d,
      period: { start: '2027-01-01', end: null },
      focusAreas: [{ id: 'f1', title: 'Narkotika bland unga', problem: '', causes: '', goal: '', indicator: '' }],
      attachments: [{ title: '' }],
    }));
    await openEditor(draft);
    const sections = EDITOR_SECTIONS.samverkansoverenskommelse;
    const expected: [(string | number)[], string, string][] = [
      [['period', 'revisionMonths'], fieldId(['period', 'revisionMonths']), 'basics'],
      [['period', 'start'], fieldId(['period', 'start']), 'basics'],
      [['parties', 0, 'diarienummer'], fieldId(['parties', 0, 'diarienummer']), 'basics'],
      [['background'], fieldId(['background']), 'statement'],
      [['statement'], fieldId(['statement']), 'statement'],
      [['situation'], fieldId(['situation']), 'basis'],
      [['basis'], fieldId(['basis']), 'basis'],
      [['focusAreas'], fieldId(['focusAreas']), 'focusAreas'],
      [['focusAreas', 0, 'problem'], fieldId(['focusAreas', 0, 'problem']), 'focusAreas'],
      [['focusAreas', 0, 'causes'], fieldId(['focusAreas', 0, 'causes']), 'focusAreas'],
      [['focusAreas', 0, 'goal'], fieldId(['focusAreas', 0, 'goal']), 'focusAreas'],
      [['focusAreas', 0, 'indicator'], fieldId(['focusAreas', 0, 'indicator']), 'focusAreas'],
      [['organisation'], fieldId(['organisation']), 'organisation'],
      [['groups'], fieldId(['groups']), 'organisation'],
      [['groups', 1, 'members'], fieldId(['groups', 1, 'members']), 'organisation'],
      [['activities'], fieldId(['activities']), 'activities'],
      [['documentation'], fieldId(['documentation']), 'followUp'],
      [['followUpPlan'], fieldId(['followUpPlan']), 'followUp'],
      [['communication'], fieldId(['communication']), 'followUp'],
      [['attachments', 0, 'title'], fieldId(['attachments', 0, 'title']), 'attachments'],
      [['parties', 1, 'signatories'], fieldId(['parties', 1, 'signatories']), 'signatures'],
      [['originals'], fieldId(['originals']), 'signatures'],
    ];
    for (const [path, id, section] of expected) {
      expect(focusField(path), path.join('.')).toBe(true);
      await expectFocused(() => document.getElementById(id));
      expect(sectionOf(path, sections)?.key, path.join('.')).toBe(section);
    }
    expect(sectionOf(['relatedIds'], sections)?.key).toBe('attachments');
    expect(sectionOf(['relatedIds'], EDITOR_SECTIONS.medborgarlofte)?.key).toBe('basics');
  });

  it('leads from each finding of the panel to its field, in the section the navigation counts it under', async () => {
    const draft = await seedAgreement((d) => ({
      ...d,
      parties: [...d.parties, { id: 'polis2', role: 'polis', name: '', diarienummer: '' }],
      period: { start: '2027-01-01', end: null },
      focusAreas: [{ id: 'f1', title: '', problem: '', causes: '', goal: 'arbeta för trygghet', indicator: '' }],
      attachments: [{ title: '' }],
    }));
    await openEditor(draft);
    const findings = checkReadiness(await harness.readDraft(draft.id));
    const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
    const panel = region('Klar för underskrift?');
    const buttons = within(panel).getAllByRole('button');
    expect(buttons).toHaveLength(ordered.length);
    const fields = new Set(ordered.map((f) => String(f.field[0])));
    for (const top of ['period', 'parties', 'focusAreas', 'groups', 'documentation', 'followUpPlan', 'attachments']) expect(fields).toContain(top);
    const sections = EDITOR_SECTIONS.samverkansoverenskommelse;
    for (const [i, finding] of ordered.entries()) {
      fireEvent.click(buttons[i]);
      const where = `${finding.field.join('.')}: ${finding.message}`;
      // Focus lands once the finding's section is open: wait for it there, then look at the field it is on.
      const sectionOfFocus = () => sections.find((section) => document.getElementById(section.id)?.contains(document.activeElement))?.id;
      await waitFor(() => expect(sectionOfFocus(), where).toBe(sectionOf(finding.field, sections)?.id));
      const focused = document.activeElement as HTMLElement;
      expect(focused.matches('input, select, textarea, button'), where).toBe(true);
      if (finding.field.length > 1) expect(focused.id, where).toBe(fieldId(finding.field));
    }
  });
});
