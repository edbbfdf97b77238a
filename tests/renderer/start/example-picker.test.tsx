import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { firstYear } from '../../../shared/draft/new-draft';
import { freshHarnessEachTest, openHarness, unwrap, type Harness } from '../helpers/app-harness';

let harness: Harness;

freshHarnessEachTest(async () => (harness = await openHarness()));

const LJUSDAL = 'Medborgarlöfte för Ljusdal 2022–2024';
const AGREEMENT = 'Samverkansöverenskommelse mellan Exempelviks kommun och Polismyndigheten, lokalpolisområde Exempeldalen 2023–2026';

/** Opens "Starta från exempel" and chooses an example; returns its form. */
async function chooseExample(title: string) {
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Starta från exempel' }));
  const list = screen.getByRole('region', { name: 'Exempel att utgå från' });
  fireEvent.click(await within(list).findByRole('button', { name: title }));
  return screen.getByRole('form', { name: `Utgå från ”${title}”` });
}

const field = (form: HTMLElement, label: string) => within(form).getByLabelText(label) as HTMLInputElement;
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('Starta från exempel', () => {
  it('offers both kinds of example', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Starta från exempel' }));
    const list = screen.getByRole('region', { name: 'Exempel att utgå från' });
    const agreement = await within(list).findByRole('button', { name: AGREEMENT });
    expect(agreement.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(agreement.getAttribute('aria-describedby')!)?.textContent).toBe('Samverkansöverenskommelse');
    expect(within(list).getByRole('button', { name: LJUSDAL })).toBeTruthy();
  });

  it('asks for the municipality, the lokalpolisområde and the first year before it makes a draft', async () => {
    const form = await chooseExample(LJUSDAL);
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: `Utgå från ”${LJUSDAL}”` }));
    expect(form.textContent).toContain('Exemplet är skrivet för Ljusdal och lokalpolisområde Hälsingland, 2022–2024.');
    expect(form.textContent).toContain('Exemplets undertecknare, diarienummer och geografiska fokus tas bort.');
    expect(field(form, 'Kommun').value).toBe('');
    expect(field(form, 'Lokalpolisområde').value).toBe('');
    expect(field(form, 'Första år').value).toBe(String(firstYear(new Date())));

    fireEvent.click(within(form).getByRole('button', { name: 'Skapa utkast' }));
    // Nothing is made; each missing answer is said in Swedish beside its field, and the first gets the focus.
    expect(field(form, 'Kommun').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field(form, 'Kommun'))).toContain('Skriv kommunens namn.');
    expect(describedBy(field(form, 'Lokalpolisområde'))).toContain('Skriv lokalpolisområdets namn.');
    expect(field(form, 'Första år').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(field(form, 'Kommun'));
    expect(await unwrap(harness.bridge.listDrafts())).toEqual([]);
  });

  it('says what is wrong with a name or a year, and what goes into the draft once it is right', async () => {
    const form = await chooseExample(LJUSDAL);
    fireEvent.change(field(form, 'Kommun'), { target: { value: 'Töreboda kommun' } });
    fireEvent.change(field(form, 'Lokalpolisområde'), { target: { value: 'Skaraborg' } });
    fireEvent.change(field(form, 'Första år'), { target: { value: '27' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa utkast' }));
    expect(describedBy(field(form, 'Kommun'))).toContain('Skriv bara kommunens namn, utan ”kommun” eller ”stad”, till exempel Töreboda.');
    expect(describedBy(field(form, 'Första år'))).toContain('Skriv året med fyra siffror, till exempel 2027.');
    expect(field(form, 'Lokalpolisområde').getAttribute('aria-invalid')).toBeNull();

    // Checked again as it changes: the error goes, and the hints say what the draft gets.
    fireEvent.change(field(form, 'Kommun'), { target: { value: 'Töreboda' } });
    fireEvent.change(field(form, 'Första år'), { target: { value: '2027' } });
    expect(field(form, 'Kommun').getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(field(form, 'Kommun'))).toContain('Parten blir ”Töreboda kommun”');
    expect(describedBy(field(form, 'Första år'))).toBe('Perioden blir 1 januari 2027 – 31 december 2029, lika lång som exemplets.');
    expect(await unwrap(harness.bridge.listDrafts())).toEqual([]);
  });

  it('makes the draft with the answers put in and opens it', async () => {
    const calls: unknown[][] = [];
    window.samverka = {
      ...harness.bridge,
      createFromExample: (...args) => {
        calls.push(args);
        return harness.bridge.createFromExample(...args);
      },
    };
    const form = await chooseExample(LJUSDAL);
    fireEvent.change(field(form, 'Kommun'), { target: { value: 'Töreboda' } });
    fireEvent.change(field(form, 'Lokalpolisområde'), { target: { value: 'Skaraborg' } });
    fireEvent.change(field(form, 'Första år'), { target: { value: '2027' } });
    // Pressed twice before the draft is made: one draft.
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa utkast' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa utkast' }));

    const basics = await screen.findByRole('region', { name: 'Grunduppgifter' });
    expect(within(basics).getByLabelText('Titel')).toHaveProperty('value', 'Medborgarlöfte för Töreboda 2027–2029');
    expect(calls).toEqual([['medborgarlofte-ljusdal-2022-2024', { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: 2027 }]]);
    const drafts = await unwrap(harness.bridge.listDrafts());
    expect(drafts).toHaveLength(1);
    expect(window.location.hash).toBe(`#/utkast/${drafts[0].id}`);
    const draft = await harness.readDraft(drafts[0].id);
    expect(draft).toMatchObject({ status: 'utkast', period: { start: '2027-01-01', end: '2029-12-31' } });
    expect(draft.parties.map((p) => p.name)).toEqual(['Töreboda kommun', 'Polismyndigheten, lokalpolisområde Skaraborg']);
    expect(draft.signatories.map((s) => [s.name, s.place])).toEqual([
      ['', 'Töreboda'],
      ['', 'Töreboda'],
    ]);
    expect(screen.getByRole('group', { name: 'Undertecknare för Töreboda kommun' })).toBeTruthy();
  });

  it('goes back to the examples with the chosen one focused', async () => {
    const form = await chooseExample(AGREEMENT);
    expect(form.textContent).toContain('Exemplet är skrivet för Exempelvik och lokalpolisområde Exempeldalen, 2023–2026. Ett påhittat exempel');
    fireEvent.change(field(form, 'Första år'), { target: { value: '2027' } });
    expect(describedBy(field(form, 'Första år'))).toBe('Perioden blir 1 januari 2027 – 31 december 2030, lika lång som exemplets.');
    fireEvent.click(within(form).getByRole('button', { name: 'Tillbaka till exemplen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: AGREEMENT })));
    expect(screen.queryByRole('form')).toBeNull();
  });
});
