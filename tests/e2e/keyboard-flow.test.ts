import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from '../support/browser';
import { useAppSession } from './session';

/**
 * The main flow with the keyboard alone, as a coordinator who does not use a
 * mouse: a new medborgarlöfte → parties → activities → signatories → the
 * readiness finding that is left → "Markera som klar för underskrift" →
 * "Exportera till Word" → "Exportera PDF" → "Dela utkast". Only
 * `page.keyboard` acts (Tab, Shift+Tab, Enter, Space, typing); the page
 * counts every pointer event and the test ends by expecting none.
 * Everything is found by its role and accessible name, by tabbing to it
 * within a bounded number of Tabs, not by counting Tabs from a fixed place,
 * and after each action focus must be on an element, never on the page
 * (`<body>`): from there the next Tab would start again from the top.
 * Screenshots (what the window shows at 1366×768): test-results/e2e/80-keyboard-*.png.
 */

const TITLE = 'Medborgarlöfte för Älvåker';
const PARTIES = ['Älvåkers kommun', 'Polismyndigheten, lokalpolisområde Övre Ådalen'];
const STATEMENT = 'Polis och kommun lovar att tillsammans öka tryggheten i Älvåkers centrum.';
const ACTIVITY = { group: 'Polisen lovar att', text: 'fotpatrullera i centrala Älvåker varje fredagskväll' };
const SIGNATORIES = [
  { name: 'Åsa Öberg', title: 'Kommunstyrelsens ordförande', place: 'Älvåker' },
  { name: 'Örjan Lind', title: 'Lokalpolisområdeschef', place: 'Kramfors' },
];

/** How many Tabs reaching one control may take: about a page's worth, so "80 Tabs away" fails. */
const MAX_TABS = 50;

/** What has focus, as a failure message names it: its role or tag and its name. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return '<body>';
    const labelledBy = active.getAttribute('aria-labelledby');
    const fieldLabel = (active as HTMLInputElement).labels?.[0];
    const label =
      active.getAttribute('aria-label') ??
      labelledBy?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') ??
      (fieldLabel ? fieldLabel.textContent : active.textContent);
    const name = (label ?? '').replace(/\s+/g, ' ').trim();
    const kind = active.getAttribute('role') ?? `${active.tagName.toLowerCase()}${active.getAttribute('type') ? `[${active.getAttribute('type')}]` : ''}`;
    return `${kind} “${name.length > 50 ? `${name.slice(0, 49)}…` : name}”`;
  });
}

describe('the main flow with the keyboard alone', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  let shot = 0;

  beforeAll(async () => {
    // Every pointer event the page sees, counted; the keyboard makes none (its clicks on buttons are not pointer events).
    await app.page.addInitScript(() => {
      const w = window as unknown as { pointerEvents: string[] };
      w.pointerEvents = [];
      for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'touchstart']) {
        window.addEventListener(type, () => w.pointerEvents.push(type), { capture: true });
      }
    });
  });

  /** What the window shows now, for a person to look at. */
  async function screenshot(name: string) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    shot += 1;
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `80-keyboard-${shot}-${name}.png`) });
  }

  const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

  /**
   * Tabs (or Shift+Tabs) until `target` has focus, at most `max` times, and
   * fails naming each place focus went on the way. The page's end is passed
   * through (the browser's own stop shows as `<body>`) like any other stop.
   */
  async function tabTo(target: Locator, { max = MAX_TABS, backwards = false }: { max?: number; backwards?: boolean } = {}) {
    // Waits for it to be there, and fails at once if the name finds two.
    await target.waitFor();
    const went: string[] = [];
    for (let tabs = 0; !(await isFocused(target)); tabs++) {
      if (tabs === max) {
        throw new Error(`${String(target)} was not reached in ${max} ${backwards ? 'Shift+Tabs' : 'Tabs'}; focus went: ${went.join(' → ')}`);
      }
      await app.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      went.push(await describeFocus(app.page));
    }
  }

  /** After an action: focus is on an element, not the page (and on `expected` when given). */
  async function expectFocusKept(action: string, expected?: Locator) {
    // Two frames: React moves focus in an effect after the render an action starts.
    await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const focused = await describeFocus(app.page);
    if (focused === '<body>') throw new Error(`After ${action} focus is on the page (<body>): the next Tab would start from the top.`);
    if (expected && !(await isFocused(expected))) throw new Error(`After ${action} focus should be on ${String(expected)}, but it is on ${focused}.`);
  }

  /** Tabs to `target` and presses `key` on it, then waits for `done` and expects focus kept. */
  async function press(target: Locator, { key = 'Enter', done, focus, max }: { key?: string; done?: () => Promise<unknown>; focus?: Locator; max?: number } = {}) {
    await tabTo(target, { max });
    await app.page.keyboard.press(key);
    await done?.();
    await expectFocusKept(`${key} on ${String(target)}`, focus);
  }

  /** Tabs to a text field and types `text` into it. */
  async function typeInto(field: Locator, text: string, max?: number) {
    await tabTo(field, { max });
    await app.page.keyboard.type(text);
    await expectFocusKept(`typing in ${String(field)}`, field);
  }

  const exact = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' });
  const group = (name: string) => app.page.getByRole('group', { name, exact: true });
  const region = (name: string) => app.page.getByRole('region', { name, exact: true });
  const files = (ending: string) => readdirSync(app.exportDir).filter((name) => name.endsWith(ending));

  it('starts a new medborgarlöfte from the start page', async () => {
    await app.page.goto(app.host.url);
    await screenshot('start');
    await press(button(app.page, 'Nytt medborgarlöfte'), {
      done: () => exact(region('Grunduppgifter'), 'Titel').waitFor(),
    });
  });

  it('gives it a title and its two parties', async () => {
    // The period is a new draft's own (next year, whole); typing a date follows the browser's locale, which here is not the app's.
    const year = (await exact(app.page, 'Startdatum').inputValue()).slice(0, 4);
    await typeInto(exact(region('Grunduppgifter'), 'Titel'), `${TITLE} ${year}`);
    for (const [i, name] of PARTIES.entries()) await typeInto(exact(group(`Part ${i + 1}`), 'Namn'), name);
    await screenshot('parties');
  });

  it('adds an activity, focus going to its text', async () => {
    const activities = region(ACTIVITY.group);
    const text = exact(activities, 'Aktivitet 1');
    await press(button(activities, 'Lägg till aktivitet'), { done: () => text.waitFor(), focus: text });
    await app.page.keyboard.type(ACTIVITY.text);
    await expectFocusKept('typing the activity', text);
    await screenshot('activity');
  });

  it('adds a signatory for each party, focus going to the name', async () => {
    for (const [i, signatory] of SIGNATORIES.entries()) {
      const party = group(`Undertecknare för ${PARTIES[i]}`);
      const block = party.getByRole('group', { name: 'Undertecknare 1', exact: true });
      const name = exact(block, 'Namn');
      await press(button(party, 'Lägg till undertecknare'), { done: () => name.waitFor(), focus: name });
      await app.page.keyboard.type(signatory.name);
      await typeInto(exact(block, 'Titel'), signatory.title);
      await typeInto(exact(block, 'Ort'), signatory.place);
    }
    await screenshot('signatories');
  });

  it('goes from the finding that is left to its field, and then has none', async () => {
    const statement = exact(app.page, 'Löftesmening');
    // The readiness findings are buttons, each leading to its field.
    await press(button(app.page, /Löftesmening/), { focus: statement });
    await screenshot('finding-followed');
    await app.page.keyboard.type(STATEMENT);
    await expectFocusKept('typing the löftesmening', statement);
    await expect.poll(() => app.page.getByText('Inga fel hittades.').count()).toBeGreaterThan(0);
  });

  it('is marked klar för underskrift', async () => {
    await press(button(app.page, 'Markera som klar för underskrift'), {
      done: () => app.page.getByText('Status: Klar för underskrift').first().waitFor(),
    });
    await screenshot('klar');
  });

  it('exports to Word and to PDF, focus staying on each button, the next Tab going on from there', async () => {
    const word = button(app.page, 'Exportera till Word');
    await press(word, { done: () => app.page.getByText(/^Exporterad: .+\.docx$/).waitFor({ timeout: 30_000 }), focus: word });
    const pdf = button(app.page, 'Exportera PDF');
    // Right after it: a Tab or two, not a walk from the top of the page.
    await press(pdf, { done: () => app.page.getByText(/^Exporterad: .+\.pdf$/).waitFor({ timeout: 30_000 }), focus: pdf, max: 3 });
    await screenshot('exported');
    expect(files('.docx')).toHaveLength(1);
    expect(files('.pdf')).toHaveLength(1);
  });

  it('shares the draft, with no pointer event on the way', async () => {
    const share = button(app.page, 'Dela utkast');
    await press(share, { key: 'Space', done: () => app.page.getByText(/^Delad: .+\.samverka\.json$/).waitFor(), focus: share, max: 5 });
    await screenshot('shared');
    // And back: Shift+Tab from it reaches the export a few stops up.
    await tabTo(button(app.page, 'Exportera till Word'), { backwards: true, max: 5 });
    expect(files('.samverka.json')).toHaveLength(1);
    expect(await app.page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
