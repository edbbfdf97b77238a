import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_READY_ATTRIBUTE, documentHash } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import { editorHref } from '../../renderer/routing';
import { BLOCKING, describeViolations, runAxe } from '../support/axe';
import { expectPageFocused, screenshot } from '../support/browser';
import { exampleDraft } from '../support/fixtures';
import { openAppSession, type AppSession } from './session';

const COMMENT = 'Kan vi skriva ”på kvällar och helger” i stället för ”särskilt på kvällar”?';
const REPLY = 'Ja, det stämmer bättre med lägesbilden.';

/**
 * A comment on the löftesmening in the browser: "Jag företräder" asked
 * once, the comment a readiness warning while it is open, a reply, "Markera
 * som löst" and the warning gone, all saved in the draft; axe on the page
 * with the thread open; and the document page with none of it.
 */
describe('a comment on the löftesmening, answered and resolved', () => {
  let app: AppSession;
  let draft: Draft;

  beforeAll(async () => {
    app = await openAppSession({ width: 1366, height: 900 });
    const seeded = { ...exampleDraft(), id: randomUUID() };
    await app.call('saveDraft', seeded);
    draft = await app.call('getDraft', seeded.id);
  });
  afterAll(async () => {
    await app?.close();
  });

  const readiness = () => app.page.getByRole('region', { name: 'Klar för underskrift?' });
  const thread = () => app.page.getByRole('group', { name: 'Kommentarer om löftesmening' });
  /** Until the editor says its last change is stored ("Sparat …"). */
  const saved = () => app.page.getByRole('status', { name: 'Sparstatus' }).filter({ hasText: /^Sparat/ }).waitFor();

  it('asks whom the user speaks for, adds the comment and lists it as a warning in the readiness panel', async () => {
    const { page } = app;
    await page.goto(new URL(editorHref(draft.id), app.host.url).href);
    await page.getByRole('button', { name: 'Kommentera löftesmening' }).click();
    await expectPageFocused(thread().getByLabel('Part'));
    await thread().getByLabel('Part').selectOption('polis');
    await thread().getByLabel('Ditt namn').fill('Anna Svensson');
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '97-comment-author');
    await thread().getByRole('button', { name: 'Spara' }).click();
    await expectPageFocused(thread().getByLabel('Ny kommentar'));
    expect(await app.call('getAuthor')).toEqual({ role: 'polis', name: 'Anna Svensson' });

    await thread().getByLabel('Ny kommentar').fill(COMMENT);
    await thread().getByRole('button', { name: 'Lägg till kommentar' }).click();
    await expectPageFocused(thread().getByText(COMMENT));
    await readiness().getByText('Öppen kommentar om Löftesmening från Polisen, Anna Svensson', { exact: false }).first().waitFor();
    await saved();
    expect((await app.call('getDraft', draft.id)).comments?.map((c) => c.text)).toEqual([COMMENT]);
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '97-comment-added');
  });

  it('has no serious or critical axe violations with the thread open', async () => {
    await thread().getByRole('button', { name: 'Svara på kommentaren från Polisen, Anna Svensson' }).click();
    await expectPageFocused(thread().getByLabel('Ditt svar'));
    const violations = await runAxe(app.page);
    const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    expect(blocking, `axe with a comment thread open\n${describeViolations(blocking)}`).toEqual([]);
  });

  it('takes a reply, and "Markera som löst" takes the warning away', async () => {
    const { page } = app;
    await thread().getByLabel('Ditt svar').fill(REPLY);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectPageFocused(thread().getByText(REPLY));
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '97-comment-replied');

    await thread().getByRole('button', { name: 'Markera som löst, kommentaren från Polisen, Anna Svensson' }).click();
    await expectPageFocused(thread().getByRole('button', { name: 'Öppna igen, kommentaren från Polisen, Anna Svensson' }));
    await readiness().filter({ hasNotText: 'Öppen kommentar' }).waitFor();
    await saved();
    expect((await app.call('getDraft', draft.id)).comments?.[0].resolved?.by).toEqual({ role: 'polis', name: 'Anna Svensson' });
    const stored = (await app.call('getDraft', draft.id)).comments![0];
    expect(stored.replies.map((r) => [r.author.name, r.text])).toEqual([['Anna Svensson', REPLY]]);
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '97-comment-resolved');

    await page.keyboard.press('Escape');
    await expectPageFocused(page.getByRole('button', { name: 'Kommentarer (1 löst) om löftesmening' }));
  });

  it('prints none of it: the document page has the löftesmening and no comment or reply', async () => {
    const { page } = app;
    await page.goto(new URL(documentHash({ draftId: draft.id, withPromises: false }), app.host.url).href);
    await page.waitForFunction((name) => document.documentElement.getAttribute(name) === 'ready', DOCUMENT_READY_ATTRIBUTE);
    const text = await page.locator('body').innerText();
    expect(text).toContain(draft.statement.slice(0, 40));
    for (const word of [COMMENT, REPLY, 'Anna Svensson', 'Kommentar']) expect(text).not.toContain(word);
  });
});
