import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_READY_ATTRIBUTE, documentHash } from '../../shared/documents/document-route';
import { mergeDrafts } from '../../shared/draft/merge';
import type { Draft } from '../../shared/draft/schema';
import { dataHref, editorHref, followUpHref, printHref, versionsHref } from '../../renderer/routing';
import { largePromise } from '../bench/ui-seed';
import { agreementDraft } from '../support/agreement';
import { screenshot, SCREENSHOT_DIR } from '../support/browser';
import { exampleDraft } from '../support/fixtures';
import { BLOCKING, describeViolations, runAxe } from '../support/axe';
import { receiveDrafts } from '../support/receive-drafts';
import { openAppSession, useAppSession } from './session';

/**
 * axe-core on every page and state a coordinator visits, at 1366×768: the
 * start page empty and full, both editors with every section open, the
 * readiness list, a signed draft, the versions with a restore question and
 * a comparison, the follow-up, the print page, an import's preview, the data
 * folder, the document page a print window loads and the email form. axe's source is
 * run through `page.evaluate` (the app's CSP refuses an injected script
 * tag), its experimental rules too (label-content-name-mismatch is one).
 * A violation of impact serious or critical fails the page's test, listed
 * rule by rule; moderate ones are printed for a person to weigh. Each
 * page is written to test-results/e2e/a11y-<page>.png for a person to look at.
 */

/** Screenshots the page as `a11y-<name>.png` and fails on serious or critical violations; moderate and minor ones are printed. */
async function audit(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // What the window shows at 1366×768, as the coordinator sees it (a whole-page capture would lay the sticky side column out anew).
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `a11y-${name}.png`) });
  const violations = await runAxe(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const other = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (other.length > 0) console.log(`axe on ${name}, not blocking:\n${describeViolations(other)}`);
  expect(blocking, `axe on ${name}: serious or critical violations\n${describeViolations(blocking)}`).toEqual([]);
}

/** An sRGB colour as `getComputedStyle` gives it ("rgb(29, 53, 87)"), as 0–255 channels. */
function channels(color: string): [number, number, number] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}

/** WCAG 2's contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Presses Tab until `locator` has focus (at most `limit` times), as a keyboard user reaches it. */
async function tabTo(page: Page, locator: Locator, limit = 40): Promise<void> {
  const target = await locator.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, target)) return;
  }
  throw new Error(`${String(locator)} was not reached in ${limit} Tabs.`);
}

describe('accessibility: axe-core on every page a coordinator visits', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  const promiseId = randomUUID();
  const signedId = randomUUID();
  /** The new, empty draft (made in the first case). */
  let freshId = '';
  const region = (name: string) => app.page.getByRole('region', { name, exact: true });

  /** Opens a page afresh (a page read again from the store, even when only its hash is the same) and waits for what shows it is there. */
  async function goto(hash: string, ready: () => Locator) {
    const href = new URL(hash, app.host.url).href;
    if (app.page.url() === href) await app.page.reload();
    else await app.page.goto(href);
    await ready().waitFor();
  }

  /** Opens every disclosure of the editor's form (an activity's details, a focus area's problem and goal), so axe sees what is in them. */
  async function openFormDetails() {
    await app.page.locator('form details:not([open]), [role="form"] details:not([open])').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
  }

  /** Stores a draft as the app would have saved it; returns it as stored. */
  async function store(draft: Draft): Promise<Draft> {
    await app.call('saveDraft', draft);
    return app.call('getDraft', draft.id);
  }

  /** Saves the stored draft under a new status (the store's status guard applies). */
  async function setStatus(id: string, status: Draft['status']) {
    const stored = await app.call('getDraft', id);
    await app.call('saveDraft', { ...stored, status });
  }

  it('start page, empty', async () => {
    await goto('#/', () => app.page.getByRole('heading', { name: 'Inga dokument ännu' }));
    await audit(app.page, 'start-empty');
  });

  it('start page, with drafts of both kinds and every status', async () => {
    await store({ ...exampleDraft(), id: promiseId, relatedIds: [] });
    await store(agreementDraft());
    await app.call('setAgreement', promiseId, agreementDraft().id);
    await store({ ...exampleDraft(), id: signedId, relatedIds: [], title: 'Medborgarlöfte för Söderhamn 2020–2021, undertecknat' });
    await setStatus(signedId, 'klar');
    await setStatus(signedId, 'undertecknad');
    // A new draft, with every finding the readiness check has for an empty one.
    freshId = (await app.call('createDraft', 'medborgarlofte')).id;
    await goto('#/', () => app.page.getByRole('link', { name: agreementDraft().title, exact: true }));
    await audit(app.page, 'start-full');
  });

  it('medborgarlöfte editor, every section', async () => {
    await goto(editorHref(promiseId), () => region('Grunduppgifter'));
    await openFormDetails();
    await audit(app.page, 'editor-promise');
  });

  it('medborgarlöfte editor of 120 activities, windowed, scrolled to the middle of the list', async () => {
    const large = await store({ ...largePromise(120), id: randomUUID() });
    await goto(editorHref(large.id), () => region('Grunduppgifter'));
    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await app.page.waitForFunction(() => document.querySelector('li[aria-posinset="20"]') !== null);
    await openFormDetails();
    await audit(app.page, 'editor-windowed-activities');
  });

  it('a merged draft with its conflicts to choose between ("Ändringar att välja")', async () => {
    const base = await store({ ...exampleDraft(), id: randomUUID(), relatedIds: [] });
    const side = (statement: string, text: string): Draft => ({
      ...base,
      statement,
      activities: base.activities.map((activity, i) => (i === 0 ? { ...activity, text } : activity)),
    });
    const { draft } = mergeDrafts(base, side('Utkastets löftesmening.', 'utkastets text'), side('Den andra löftesmeningen.', 'den andra texten'));
    await store(draft);
    await goto(editorHref(draft.id), () => region('2 ändringar att välja'));
    await region('2 ändringar att välja').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await audit(app.page, 'editor-conflicts');
  });

  it('samverkansöverenskommelse editor, every section, with its linked löfte', async () => {
    await goto(editorHref(agreementDraft().id), () => region('Grunduppgifter'));
    await app.page.getByRole('button', { name: /^Ta bort koppling/ }).first().waitFor();
    await openFormDetails();
    await audit(app.page, 'editor-agreement');
    await screenshot(region('Bilagor'), 'a11y-editor-agreement-bilagor');
  });

  it('a new draft, with the readiness list of its errors and warnings', async () => {
    await goto(editorHref(freshId), () => region('Grunduppgifter'));
    const readiness = app.page.getByRole('region', { name: 'Klar för underskrift?' });
    await readiness.getByRole('button').first().waitFor();
    await readiness.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await audit(app.page, 'editor-readiness');
  });

  it('a signed draft', async () => {
    await goto(editorHref(signedId), () => app.page.getByRole('heading', { name: 'Undertecknad – kan inte ändras' }));
    await audit(app.page, 'editor-signed');
  });

  it('the email form', async () => {
    await goto(editorHref(promiseId), () => region('Grunduppgifter'));
    await app.page.getByText('Skicka med e-post', { exact: true }).click();
    const panel = app.page.locator('[data-panel="email"]');
    await panel.getByLabel('Ämne').waitFor();
    await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await audit(app.page, 'email');
  });

  it('versions, with the restore question', async () => {
    // An export keeps a version, so the list has one to restore.
    await app.call('exportDocx', promiseId, { withPromises: false });
    await goto(versionsHref(promiseId), () => app.page.getByRole('region', { name: 'Sparade versioner' }));
    await app.page.getByRole('region', { name: 'Sparade versioner' }).getByRole('button').first().click();
    await app.page.getByRole('button', { name: 'Återställ den här versionen' }).click();
    await app.page.getByRole('button', { name: 'Ja, återställ' }).waitFor();
    await audit(app.page, 'versions-restore');
  });

  it('versions, "Jämför" of a version with the text as it is now, its changed words marked', async () => {
    // The export above kept a version; the text changes after it, one activity rewritten and one added.
    const stored = await app.call('getDraft', promiseId);
    await store({
      ...stored,
      statement: `${stored.statement} Vi följer upp det varje kvartal.`,
      activities: [
        { ...stored.activities[0], text: `${stored.activities[0].text}, även på kvällstid` },
        ...stored.activities.slice(1),
        { id: randomUUID(), partyIds: [stored.parties[0].id], focusAreaId: null, text: 'bjuda in till medborgardialog två gånger om året' },
      ],
    });
    await goto(versionsHref(promiseId), () => app.page.getByRole('region', { name: 'Sparade versioner' }));
    await app.page.getByRole('region', { name: 'Sparade versioner' }).getByRole('button').last().click();
    await app.page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await app.page.getByRole('region', { name: /^Ändringar från/ }).locator('ins').first().waitFor();
    await audit(app.page, 'versions-compare');
  });

  it('follow-up of the signed draft', async () => {
    await goto(followUpHref(signedId), () => app.page.getByRole('region', { name: 'Så långt har ni kommit' }));
    await audit(app.page, 'follow-up');
  });

  it('print page', async () => {
    await goto(printHref(promiseId), () => app.page.getByRole('region', { name: 'Förhandsvisning' }));
    await app.page.locator('[data-sheet]').first().waitFor();
    await audit(app.page, 'print');
  });

  it('the preview of an import', async () => {
    // A file of a draft this library does not have: its preview and "Importera".
    const shared = { ...(await app.call('getDraft', signedId)), id: randomUUID(), status: 'utkast', title: 'Medborgarlöfte för Ljusdal 2027, delat' };
    writeFileSync(path.join(app.exportDir, 'medborgarlofte-ljusdal-2027.samverka.json'), JSON.stringify(shared));
    await goto('#/', () => app.page.getByRole('button', { name: 'Importera utkast' }));
    await app.page.getByRole('button', { name: 'Importera utkast' }).click();
    await app.page.getByRole('region', { name: 'Importera utkast' }).getByRole('button', { name: 'Importera', exact: true }).waitFor();
    await audit(app.page, 'import');
  });

  it('the changes of a draft received back, with conflicts to choose in ("Ta emot ändringar")', async () => {
    const drafts = receiveDrafts(randomUUID());
    await store(drafts.base);
    await app.call('shareDraft', drafts.base.id);
    // The other party's Samverka imports it, edits it and shares it back into the same folder.
    const police = await openAppSession(undefined, { exportDir: app.exportDir });
    try {
      const preview = await police.call('pickImport');
      const imported = await police.call('completeImport', preview!.token, 'copy');
      await police.call('saveDraft', { ...imported, activities: drafts.theirs.activities, signatories: drafts.theirs.signatories });
      await police.call('shareDraft', drafts.base.id);
    } finally {
      await police.close();
    }
    await store({ ...(await app.call('getDraft', drafts.base.id)), statement: drafts.ours.statement, activities: drafts.ours.activities });
    await goto('#/', () => app.page.getByRole('button', { name: 'Importera utkast' }));
    await app.page.getByRole('button', { name: 'Importera utkast' }).click();
    const view = app.page.getByRole('region', { name: 'Ta emot ändringar' });
    await view.getByRole('group').first().waitFor();
    // With "Skriv en egen" open, its text field is checked too.
    await view.getByRole('radio', { name: 'Skriv en egen' }).check();
    await audit(app.page, 'receive');
  });

  it('data folder and backups', async () => {
    await goto(dataHref(), () => app.page.getByRole('heading', { level: 1, name: 'Datamapp och säkerhetskopior' }));
    await audit(app.page, 'data');
  });

  it('the document page a print window loads', async () => {
    await app.page.goto(new URL(documentHash({ draftId: agreementDraft().id, withPromises: true }), app.host.url).href);
    await app.page.waitForFunction((name) => document.documentElement.getAttribute(name) === 'ready', DOCUMENT_READY_ATTRIBUTE);
    await audit(app.page, 'document');
  });

  it('the header\u2019s link keeps its contrast on hover, and its focus ring stands out from the header', async () => {
    await goto(dataHref(), () => app.page.getByRole('heading', { level: 1, name: 'Datamapp och säkerhetskopior' }));
    const link = app.page.getByRole('banner').getByRole('link', { name: 'Datamapp och säkerhetskopior' });
    const header = await app.page.getByRole('banner').evaluate((element) => getComputedStyle(element).backgroundColor);
    await link.hover();
    const hovered = await link.evaluate((element) => getComputedStyle(element).color);
    expect(contrast(hovered, header), `hovered text ${hovered} on ${header}`).toBeGreaterThanOrEqual(4.5);

    await app.page.mouse.move(0, 400);
    await app.page.getByRole('banner').getByRole('link', { name: 'Samverka', exact: true }).focus();
    await tabTo(app.page, link);
    const ring = await link.evaluate((element) => ({ style: getComputedStyle(element).outlineStyle, color: getComputedStyle(element).outlineColor }));
    expect(ring.style).not.toBe('none');
    expect(contrast(ring.color, header), `focus ring ${ring.color} on ${header}`).toBeGreaterThanOrEqual(3);
    await screenshot(app.page.getByRole('banner'), 'a11y-header-link-focus');
  });

  it('a date field\u2019s calendar button shows that it has focus', async () => {
    await goto(editorHref(promiseId), () => region('Grunduppgifter'));
    const signatory = region('Underskrifter').getByRole('group', { name: 'Undertecknare 1' }).first();
    const date = signatory.getByLabel('Datum', { exact: true });
    await signatory.getByLabel('Ort', { exact: true }).focus();
    // Chromium's date field: the year, month and day, then the calendar button, each a Tab stop of its own.
    await tabTo(app.page, date);
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Tab');
    expect(await date.evaluate((element) => element.matches(':focus-within:not(:focus)')), 'focus on the calendar button').toBe(true);
    const shot = PNG.sync.read(await date.screenshot());
    await screenshot(date, 'a11y-date-calendar-focus');
    // The app's focus colour (--focus, #2f6fc0) rings the button: a few dozen pixels of it at least.
    let ring = 0;
    for (let at = 0; at < shot.data.length; at += 4) {
      const [r, g, b] = [shot.data[at], shot.data[at + 1], shot.data[at + 2]];
      if (Math.abs(r - 0x2f) + Math.abs(g - 0x6f) + Math.abs(b - 0xc0) < 40) ring++;
    }
    expect(ring).toBeGreaterThanOrEqual(30);
  });

  it('the section nav is one Tab stop, and marks the section being edited, also after a scroll', async () => {
    await goto(editorHref(promiseId), () => region('Grunduppgifter'));
    const nav = app.page.getByRole('navigation', { name: 'Avsnitt' });
    // A button's text ends with its badge's count, if any.
    const current = async () => (await nav.locator('[aria-current="true"]').textContent())?.replace(/\d+$/, '');
    // Underlag at the top of the window, a field of Fokusområden below it takes focus: that is the section being edited.
    await region('Underlag').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const field = region('Fokusområden').locator('input, textarea, button').first();
    await field.evaluate((element) => (element as HTMLElement).focus({ preventScroll: true }));
    await expect.poll(current).toBe('Fokusområden');
    await app.page.mouse.move(600, 400);
    await app.page.mouse.wheel(0, 40);
    await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await current()).toBe('Fokusområden');
    // Scrolled away from the focused field, the nav follows the section at the top.
    await region('Underskrifter').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('Underskrifter');

    await nav.getByRole('button', { name: 'Underlag' }).focus();
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent?.replace(/\d+$/, ''))).toBe('Fokusområden');
    // Tab leaves the list from wherever the arrows took focus.
    await app.page.keyboard.press('Tab');
    expect(await nav.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  });

  it('the document page has one main landmark', async () => {
    await app.page.goto(new URL(documentHash({ draftId: promiseId, withPromises: false }), app.host.url).href);
    await app.page.waitForFunction((name) => document.documentElement.getAttribute(name) === 'ready', DOCUMENT_READY_ATTRIBUTE);
    expect(await app.page.getByRole('main').count()).toBe(1);
  });

  it('had no errors in the page', () => {
    expect(app.problems).toEqual([]);
  });
});
