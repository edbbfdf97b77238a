import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/draft/schema';
import { activity, openHarness, type Harness } from '../helpers/app-harness';
import { activityGroup, activityItem, openEditor, region, saveStatus, type, waitForStored } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});


describe('the sections of the editor', () => {
  it('lists the sections in order and jumps to one from the navigation', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    const nav = screen.getByRole('navigation', { name: 'Avsnitt' });
    const buttons = within(nav).getAllByRole('button');
    const names = ['Grunduppgifter', 'Underlag', 'Fokusområden', 'Löftet', 'Aktiviteter', 'Uppföljning och kommunikation', 'Underskrifter'];
    expect(names.map((name) => buttons.indexOf(within(nav).getByRole('button', { name })))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // A new draft has errors, counted per section: a badge, and a description of the section's button.
    const basics = within(nav).getByRole('button', { name: 'Grunduppgifter' });
    expect(basics.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(basics.getAttribute('aria-describedby')!)?.textContent).toMatch(/^\d+ fel/);

    // The editor first gives its page heading focus; the jump comes after that.
    await expectFocused(() => screen.getByRole('heading', { level: 1 }));
    fireEvent.click(within(nav).getByRole('button', { name: 'Underskrifter' }));
    await expectFocused(() => screen.getByRole('heading', { name: 'Underskrifter', level: 2 }));
    expect(within(nav).getByRole('button', { name: 'Underskrifter' }).getAttribute('aria-current')).toBe('true');

    // Arrow keys move between the sections' buttons.
    const underlag = within(nav).getByRole('button', { name: 'Underlag' });
    underlag.focus();
    fireEvent.keyDown(underlag, { key: 'ArrowDown' });
    await expectFocused(() => within(nav).getByRole('button', { name: 'Fokusområden' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await expectFocused(basics);
  });

  it('edits Grunduppgifter, Löftet and Uppföljning och kommunikation', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    type(within(region('Grunduppgifter')).getByLabelText('Geografiskt fokus'), 'Söderhamns centrum');
    type(within(region('Löftet')).getByLabelText('Bakgrund'), 'Under 2025 hölls medborgardialoger.\n\nDe visade att centrum känns otryggt.');
    const followUp = region('Uppföljning och kommunikation');
    type(within(followUp).getByLabelText('Uppföljning'), 'Två gånger per år i styrgruppen.');
    type(within(followUp).getByLabelText('Kommunikation'), 'På webbplatserna och vid medborgardialoger.');
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored).toMatchObject({
        geographicFocus: 'Söderhamns centrum',
        background: 'Under 2025 hölls medborgardialoger.\n\nDe visade att centrum känns otryggt.',
        followUpPlan: 'Två gånger per år i styrgruppen.',
        communication: 'På webbplatserna och vid medborgardialoger.',
      }),
    );
  });

  it('adds, edits and removes underlag', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    const section = region('Underlag');
    expect(within(section).getByText('Inget underlag ännu.')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Lägg till underlag' }));
    const entry = within(section).getByRole('group', { name: 'Underlag 1' });
    const typeSelect = within(entry).getByLabelText('Typ av underlag') as HTMLSelectElement;
    await expectFocused(typeSelect);
    expect([...typeSelect.options].map((o) => o.textContent)).toEqual([
      'Medborgardialog',
      'Medarbetardialog',
      'Enkät/trygghetsmätning',
      'Brottsstatistik',
      'Polisens underrättelser',
      'Lägesbild',
      'Annat',
    ]);
    fireEvent.change(typeSelect, { target: { value: 'enkat' } });
    type(within(entry).getByLabelText('Beskrivning'), 'Trygghetsmätning i Ljusdal 2021');
    fireEvent.change(within(entry).getByLabelText('Datum'), { target: { value: '2021-10-01' } });
    type(within(entry).getByLabelText('Antal svarande'), '420');
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.basis).toEqual([{ type: 'enkat', description: 'Trygghetsmätning i Ljusdal 2021', date: '2021-10-01', respondents: 420 }]),
    );

    // A number that is not a whole number of people is not stored; the field says why.
    const respondents = within(entry).getByLabelText('Antal svarande');
    fireEvent.change(respondents, { target: { value: '4.5' } });
    expect(within(entry).getByText('Ange ett heltal som är noll eller större.')).toBeTruthy();
    expect(respondents).toHaveProperty('value', '4.5');
    fireEvent.change(respondents, { target: { value: '' } });
    fireEvent.blur(respondents);
    await waitForStored(harness, draft.id, (stored) => expect(stored.basis[0].respondents).toBeNull());

    fireEvent.click(within(entry).getByRole('button', { name: /^Ta bort underlag 1\b/ }));
    expect(within(section).queryByRole('group', { name: 'Underlag 1' })).toBeNull();
    expect(screen.getAllByRole('status')[1].textContent).toBe('Underlaget togs bort.');
    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    expect(within(within(section).getByRole('group', { name: 'Underlag 1' })).getByLabelText('Beskrivning')).toHaveProperty(
      'value',
      'Trygghetsmätning i Ljusdal 2021',
    );
  });

  it('adds a fokusområde and links an activity to it', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['polis'], 'fotpatrullera i centrum')] }));
    await openEditor(draft);
    const item = () => activityItem('Polisen lovar att', 1);
    // Without fokusområden there is nothing to choose.
    expect(within(item()).queryByLabelText('Fokusområde')).toBeNull();

    const section = region('Fokusområden');
    fireEvent.click(within(section).getByRole('button', { name: 'Lägg till fokusområde' }));
    const area = within(section).getByRole('group', { name: 'Fokusområde 1' });
    type(within(area).getByLabelText('Rubrik'), 'Trygghet i centrum');
    fireEvent.click(within(area).getByText('Problem, orsaker, mål och indikator'));
    type(within(area).getByLabelText('Mål'), 'Fler känner sig trygga i centrum kvällstid.');

    const select = within(item()).getByLabelText('Fokusområde') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Inget fokusområde', 'Trygghet i centrum']);
    fireEvent.change(select, { target: { value: select.options[1].value } });
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.focusAreas).toEqual([
        { id: expect.any(String), title: 'Trygghet i centrum', problem: '', causes: '', goal: 'Fler känner sig trygga i centrum kvällstid.', indicator: '' },
      ]);
      expect(stored.activities[0].focusAreaId).toBe(stored.focusAreas[0].id);
    });

    // Removing the fokusområde unlinks the activity; restoring it links it again.
    fireEvent.click(within(area).getByRole('button', { name: /^Ta bort fokusområde 1\b/ }));
    expect(within(item()).queryByLabelText('Fokusområde')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    expect((within(item()).getByLabelText('Fokusområde') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Trygghet i centrum');
  });
});

describe('parties', () => {
  it('restores a removed party with its signatories and its activities', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      parties: [...d.parties, { id: 'bo', role: 'annan', name: 'AB Söderhamnshem', diarienummer: '' }],
      activities: [activity('a1', ['bo'], 'belysa gångvägarna i Östra')],
      signatories: [{ partyId: 'bo', name: 'Anna Berg', title: 'VD', place: 'Söderhamn', date: null }],
    }));
    await openEditor(draft);
    fireEvent.click(screen.getByRole('button', { name: /^Ta bort part 3\b/ }));
    expect(screen.getAllByRole('status')[1].textContent).toBe('Parten togs bort.');
    expect(screen.queryByRole('group', { name: 'Undertecknare för AB Söderhamnshem' })).toBeNull();
    expect(within(activityGroup('Aktiviteter där ansvarig part inte är angiven')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'belysa gångvägarna i Östra');

    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    expect(within(screen.getByRole('group', { name: 'Part 3' })).getByLabelText('Namn')).toHaveProperty('value', 'AB Söderhamnshem');
    await expectFocused(() => within(screen.getByRole('group', { name: 'Part 3' })).getByLabelText('Roll'));
    expect(within(activityGroup('AB Söderhamnshem lovar att')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'belysa gångvägarna i Östra');
    const signatories = screen.getByRole('group', { name: 'Undertecknare för AB Söderhamnshem' });
    expect(within(signatories).getByLabelText('Namn')).toHaveProperty('value', 'Anna Berg');
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.parties.map((p) => p.id)).toEqual(['kommun', 'polis', 'bo']);
      expect(stored.signatories).toHaveLength(1);
      expect(stored.activities[0].partyIds).toEqual(['bo']);
    });
  });
});

describe('activities', () => {
  it('edits the target details, shows them as the target, and prints the text as typed', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['polis'], 'genomföra riktade insatser mot narkotikabrott bland unga')] }));
    await openEditor(draft);
    const item = activityItem('Polisen lovar att', 1);
    const sentence = () => item.querySelector('[data-activity-part="sentence"]')!.textContent;
    expect(sentence()).toBe('Så skrivs den ut: Polisen lovar att genomföra riktade insatser mot narkotikabrott bland unga');
    // The textarea is described by the sentence.
    const text = within(item).getByLabelText('Aktivitet 1');
    expect(text.getAttribute('aria-describedby')).toContain('sentence');

    const details = within(item).getByText('Mål och detaljer').closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.change(within(item).getByLabelText('Antal'), { target: { value: '2' } });
    fireEvent.change(within(item).getByLabelText('Enhet'), { target: { value: 'insatser' } });
    fireEvent.change(within(item).getByLabelText('Frekvens'), { target: { value: 'per år' } });
    fireEvent.change(within(item).getByLabelText('Minsta omfattning'), { target: { value: 'minst två dagar' } });
    fireEvent.change(within(item).getByLabelText('Plats'), { target: { value: 'Söderhamns centrum' } });
    type(within(item).getByLabelText('Ansvarig funktion'), 'kommunpolisen');
    // The details are the target; the printed sentence is still the text, word for word.
    expect(sentence()).toBe('Så skrivs den ut: Polisen lovar att genomföra riktade insatser mot narkotikabrott bland unga');
    expect(item.querySelector('[data-activity-part="target"]')!.textContent).toBe('Mål: 2 insatser per år, minst två dagar, Söderhamns centrum');
    expect(text.getAttribute('aria-describedby')).toContain('target');
    expect(within(item).getByText(/2 insatser per år, minst två dagar, Söderhamns centrum · kommunpolisen/)).toBeTruthy();
    const frequencyList = document.getElementById(within(item).getByLabelText('Frekvens').getAttribute('list')!)!;
    expect([...frequencyList.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(
      expect.arrayContaining(['per år', 'per månad', 'per vecka', 'per termin']),
    );
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.activities[0]).toMatchObject({
        text: 'genomföra riktade insatser mot narkotikabrott bland unga',
        quantity: 2,
        unit: 'insatser',
        frequency: 'per år',
        minDuration: 'minst två dagar',
        place: 'Söderhamns centrum',
        responsible: 'kommunpolisen',
      }),
    );

    // An emptied count is null, not 0.
    type(within(item).getByLabelText('Antal'), '');
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities[0].quantity).toBeNull());
  });

  it('reorders activities within their group with the buttons and with Alt+arrows, keeping focus', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      activities: [activity('p1', ['polis'], 'första'), activity('k1', ['kommun'], 'kommunens'), activity('p2', ['polis'], 'andra'), activity('p3', ['polis'], 'tredje')],
    }));
    await openEditor(draft);
    const texts = () => within(activityGroup('Polisen lovar att')).getAllByRole('textbox', { name: /^Aktivitet \d$/ }).map((t) => (t as HTMLTextAreaElement).value);
    expect(texts()).toEqual(['första', 'andra', 'tredje']);

    const first = activityItem('Polisen lovar att', 1);
    expect(within(first).getByRole('button', { name: 'Flytta upp' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(first).getByRole('button', { name: 'Flytta ner' }));
    expect(texts()).toEqual(['andra', 'första', 'tredje']);
    // Focus follows the activity's own button.
    await expectFocused(() => within(activityItem('Polisen lovar att', 2)).getByRole('button', { name: 'Flytta ner' }));

    const third = within(activityGroup('Polisen lovar att')).getByLabelText('Aktivitet 3') as HTMLTextAreaElement;
    third.focus();
    third.setSelectionRange(2, 4);
    fireEvent.keyDown(third, { key: 'ArrowUp', altKey: true });
    expect(texts()).toEqual(['andra', 'tredje', 'första']);
    const moved = within(activityGroup('Polisen lovar att')).getByLabelText('Aktivitet 2') as HTMLTextAreaElement;
    await expectFocused(moved);
    expect([moved.selectionStart, moved.selectionEnd]).toEqual([2, 4]);
    fireEvent.keyDown(moved, { key: 'ArrowUp', altKey: true });
    expect(texts()).toEqual(['tredje', 'andra', 'första']);
    // At the top: nothing moves; the municipality's activity never took part.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true });
    expect(texts()).toEqual(['tredje', 'andra', 'första']);
    expect(within(activityGroup('Kommunen lovar att')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'kommunens');

    await waitForStored(harness, draft.id, (stored) => expect(stored.activities.map((a) => a.id)).toEqual(['p3', 'k1', 'p2', 'p1']));
  });

  it('moves an activity to another party', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['polis'], 'hålla öppet hus'), activity('a2', ['kommun'], 'belysa gångvägar')] }));
    await openEditor(draft);
    const select = within(activityItem('Polisen lovar att', 1)).getByLabelText('Vem lovar aktiviteten?') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Polisen lovar att', 'Kommunen lovar att', 'Polisen och kommunen lovar gemensamt att']);
    fireEvent.change(select, { target: { value: 'kommun' } });
    const kommun = activityGroup('Kommunen lovar att');
    expect(within(kommun).getByLabelText('Aktivitet 2')).toHaveProperty('value', 'hålla öppet hus');
    expect(within(activityGroup('Polisen lovar att')).getByText('Inga aktiviteter ännu.')).toBeTruthy();
    // Focus stays with the activity, now in its new group.
    await expectFocused(() => within(activityItem('Kommunen lovar att', 2)).getByLabelText('Vem lovar aktiviteten?'));
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities.map((a) => [a.id, a.partyIds])).toEqual([['a2', ['kommun']], ['a1', ['kommun']]]));
  });

  it('restores a removed activity at its place with "Ångra"', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      activities: [activity('a1', ['polis'], 'första'), activity('a2', ['polis'], 'andra'), activity('a3', ['polis'], 'tredje')],
    }));
    await openEditor(draft);
    fireEvent.click(within(activityItem('Polisen lovar att', 2)).getByRole('button', { name: /^Ta bort aktivitet/ }));
    expect(within(activityGroup('Polisen lovar att')).queryByLabelText('Aktivitet 3')).toBeNull();
    const notices = screen.getAllByRole('status');
    // The save state stays the first status on the page; the notice is another.
    expect(notices[0]).toBe(saveStatus());
    expect(notices[1].textContent).toBe('Aktiviteten togs bort.');
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities.map((a) => a.id)).toEqual(['a1', 'a3']));

    // Other work in between does not matter.
    fireEvent.change(within(region('Grunduppgifter')).getByLabelText('Titel'), { target: { value: 'Medborgarlöfte 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    const restored = within(activityGroup('Polisen lovar att')).getByLabelText('Aktivitet 2');
    expect(restored).toHaveProperty('value', 'andra');
    await expectFocused(restored);
    expect(screen.queryByRole('button', { name: 'Ångra borttagningen' })).toBeNull();
    expect(within(region('Grunduppgifter')).getByLabelText('Titel')).toHaveProperty('value', 'Medborgarlöfte 2026');
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']));
  });

  it('undoes and redoes whole steps with the buttons and Ctrl+Z outside text fields', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['polis'], 'första')] }));
    await openEditor(draft);
    const undo = screen.getByRole('button', { name: 'Ångra' });
    const redo = screen.getByRole('button', { name: 'Gör om' });
    expect(undo).toHaveProperty('disabled', true);

    // Typing in a field is one step.
    const title = within(region('Grunduppgifter')).getByLabelText('Titel');
    for (const value of ['M', 'Me', 'Med', 'Medborgarlöfte']) fireEvent.change(title, { target: { value } });
    fireEvent.blur(title);
    fireEvent.click(within(activityItem('Polisen lovar att', 1)).getByRole('button', { name: /^Ta bort aktivitet/ }));

    fireEvent.click(undo);
    expect(within(activityGroup('Polisen lovar att')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'första');
    expect(title).toHaveProperty('value', 'Medborgarlöfte');
    fireEvent.click(undo);
    expect(title).toHaveProperty('value', '');
    expect(undo).toHaveProperty('disabled', true);

    fireEvent.click(redo);
    expect(title).toHaveProperty('value', 'Medborgarlöfte');
    // Ctrl+Z in a text field is the field's own; elsewhere it is the editor's.
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(title).toHaveProperty('value', 'Medborgarlöfte');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(title).toHaveProperty('value', '');
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(title).toHaveProperty('value', 'Medborgarlöfte');
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(within(activityGroup('Polisen lovar att')).queryByLabelText('Aktivitet 1')).toBeNull();
    expect(redo).toHaveProperty('disabled', true);

    await act(async () => {
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    });
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.title).toBe('Medborgarlöfte');
      expect(stored.activities).toEqual([]);
    });
  });
});

describe('signatories', () => {
  it('adds, edits and removes signatories per party, with title suggestions and the number of originals', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      parties: [
        { id: 'kommun', role: 'kommun', name: 'Söderhamns kommun', diarienummer: '' },
        { id: 'polis', role: 'polis', name: '', diarienummer: '' },
      ],
    }));
    await openEditor(draft);
    const section = region('Underskrifter');
    const kommun = within(section).getByRole('group', { name: 'Undertecknare för Söderhamns kommun' });
    const polis = within(section).getByRole('group', { name: 'Undertecknare för Part 2' });

    fireEvent.click(within(polis).getByRole('button', { name: 'Lägg till undertecknare' }));
    fireEvent.click(within(kommun).getByRole('button', { name: 'Lägg till undertecknare' }));
    const signatory = within(kommun).getByRole('group', { name: 'Undertecknare 1' });
    await expectFocused(() => within(signatory).getByLabelText('Namn'));
    type(within(signatory).getByLabelText('Namn'), 'Sven-Erik Lindestam');
    const title = within(signatory).getByLabelText('Titel');
    const presets = [...document.getElementById(title.getAttribute('list')!)!.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(presets).toEqual(expect.arrayContaining(['Kommunstyrelsens ordförande', 'Kommundirektör', 'Kommunchef', 'Kommunalråd']));
    const policeTitle = within(within(polis).getByRole('group', { name: 'Undertecknare 1' })).getByLabelText('Titel');
    const policePresets = [...document.getElementById(policeTitle.getAttribute('list')!)!.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(policePresets).toEqual(expect.arrayContaining(['Lokalpolisområdeschef', 't.f. Lokalpolisområdeschef', 'bitr. Lokalpolisområdeschef']));
    type(title, 'Kommunstyrelsens ordförande');
    type(within(signatory).getByLabelText('Ort'), 'Söderhamn');
    fireEvent.change(within(signatory).getByLabelText('Datum'), { target: { value: '2026-01-15' } });
    type(within(polis).getByLabelText('Namn'), 'Anna Berglund');

    // A second signatory for the municipality; its number counts within the party.
    fireEvent.click(within(kommun).getByRole('button', { name: 'Lägg till undertecknare' }));
    type(within(within(kommun).getByRole('group', { name: 'Undertecknare 2' })).getByLabelText('Namn'), 'Eva Lund');
    type(within(section).getByLabelText('Antal original'), '3');

    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.signatories).toEqual([
        { partyId: 'kommun', name: 'Sven-Erik Lindestam', title: 'Kommunstyrelsens ordförande', place: 'Söderhamn', date: '2026-01-15' },
        { partyId: 'kommun', name: 'Eva Lund', title: '', place: '', date: null },
        { partyId: 'polis', name: 'Anna Berglund', title: '', place: '', date: null },
      ]);
      expect(stored.originals).toBe(3);
    });

    fireEvent.click(within(kommun).getByRole('button', { name: /^Ta bort undertecknare 1\b/ }));
    expect(within(within(kommun).getByRole('group', { name: 'Undertecknare 1' })).getByLabelText('Namn')).toHaveProperty('value', 'Eva Lund');
    expect(screen.getAllByRole('status')[1].textContent).toBe('Undertecknaren togs bort.');
    type(within(section).getByLabelText('Antal original'), '');
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.signatories.map((s) => s.name)).toEqual(['Eva Lund', 'Anna Berglund']);
      expect(stored.originals).toBeNull();
    });

    // More than ten originals is not offered.
    fireEvent.change(within(section).getByLabelText('Antal original'), { target: { value: '12' } });
    expect(within(section).getByText('Ange ett heltal från 1 till 10, eller lämna fältet tomt.')).toBeTruthy();
  });

  it('leads from "has no signatory" in the readiness panel to the party’s "Lägg till undertecknare"', async () => {
    const draft = await harness.seedDraft((d: Draft) => ({ ...d, parties: [{ ...d.parties[0], name: 'Tanums kommun' }, d.parties[1]] }));
    await openEditor(draft);
    const panel = region('Klar för underskrift?');
    fireEvent.click(within(panel).getByRole('button', { name: /^Tanums kommun har ingen undertecknare/ }));
    const group = within(region('Underskrifter')).getByRole('group', { name: 'Undertecknare för Tanums kommun' });
    await expectFocused(() => within(group).getByRole('button', { name: 'Lägg till undertecknare' }));
  });
});
