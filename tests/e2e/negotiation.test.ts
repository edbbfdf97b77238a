import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorHref } from '../../renderer/routing';
import type { Draft } from '../../shared/draft/schema';
import { expectPageFocused, screenshot } from '../support/browser';
import { exampleDraft } from '../support/fixtures';
import { openAppSession, type AppSession } from './session';

/**
 * The negotiation of one löfte between two organisations that share no
 * server, each with its own Samverka and data folder, passing the file to and
 * fro (the sessions share a folder for files, as an email would carry them):
 * the municipality shares the löfte; the police imports it, rewrites its own
 * activity and a joint one, changes its signatory, comments on the
 * löftesmening and shares it back; meanwhile the municipality rewrote the
 * löftesmening, its own activity and the same joint one. "Ta emot ändringar"
 * shows what the police changed, both sides' edits end up in the draft, the
 * joint activity both rewrote is shown side by side and chosen, the comment
 * is answered and resolved, and "Versioner" brings back the draft as it was
 * before the changes came in. Every step through the page, with a screenshot.
 */
const ID = randomUUID();
const ORIGINAL = { ...exampleDraft(), id: ID };

const MUNICIPALITY_STATEMENT = 'Polis och kommun lovar att under 2020 och 2021 tillsammans öka tryggheten i Söderhamns centrum, särskilt på kvällar och helger.';
const MUNICIPALITY_A3 = 'säkerställa närvaro av centrumvärd alla dagar i veckan och förordnade ordningsvakter på fredagar och lördagar';
const MUNICIPALITY_A4 = 'genomföra minst 2 trygghetsvandringar per år i Söderhamns centrum tillsammans med fastighetsägarna';
const POLICE_A2 = 'genomföra minst 4 riktade insatser per år mot ungdomar och narkotikamissbruk, varje insats minst två dagar';
const POLICE_A4 = 'genomföra minst 3 trygghetsvandringar per år i Söderhamns centrum, en av dem med skolornas elevråd';
const POLICE_SIGNATORY = 'Karin Lindqvist';
const COMMENT = 'Räcker ”kvällar och helger”, eller ska vi nämna resecentrum?';
const REPLY = 'Vi håller det till centrum i år och tar resecentrum nästa år.';

const activity = (draft: Draft, id: string) => draft.activities.find((a) => a.id === id)!.text;
const policeSignatory = (draft: Draft) => draft.signatories.find((s) => s.partyId === 'polis')!.name;

const group = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });
/** An activity's text in the editor: "Aktivitet n" of its group. */
const activityField = (page: Page, heading: string, n: number) => group(page, heading).getByLabel(`Aktivitet ${n}`, { exact: true });

/** Until the editor says its last edit is stored ("Sparat …"). */
async function waitUntilSaved(page: Page) {
  await page.getByRole('status', { name: 'Sparstatus' }).filter({ hasText: /^Sparat/ }).waitFor();
}

/** "Dela utkast" in the editor, until the page says where the file went. */
async function share(page: Page) {
  const shared = page.getByText(/^Delad: /);
  const before = await shared.count();
  await page.getByRole('button', { name: 'Dela utkast' }).click();
  await shared.nth(before).waitFor();
}

describe('a löfte negotiated between the municipality and the police, by file', () => {
  let municipality: AppSession;
  let police: AppSession;
  let beforeReceiving: Draft;

  beforeAll(async () => {
    municipality = await openAppSession({ width: 1366, height: 900 });
    police = await openAppSession({ width: 1366, height: 900 }, { exportDir: municipality.exportDir });
    await municipality.call('setAuthor', { role: 'kommun', name: 'Eva Ek' });
    await municipality.call('saveDraft', ORIGINAL);
  });
  afterAll(async () => {
    await municipality?.close();
    await police?.close();
  });

  it('the municipality shares the löfte', async () => {
    const { page } = municipality;
    await page.goto(new URL(editorHref(ID), municipality.host.url).href);
    await page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    await share(page);
    await screenshot(page, '98-negotiation-1-shared');
  });

  it('the police imports it, edits its activities and its signatory, comments on the löftesmening and shares it back', async () => {
    const { page } = police;
    await page.goto(police.host.url);
    await page.getByRole('button', { name: 'Importera utkast' }).click();
    const panel = page.getByRole('region', { name: 'Importera utkast' });
    await panel.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.waitForURL((url) => url.hash === editorHref(ID));

    await activityField(page, 'Polisen lovar att', 2).fill(POLICE_A2);
    await activityField(page, 'Polisen och kommunen lovar gemensamt att', 1).fill(POLICE_A4);
    const signatures = page.getByRole('region', { name: 'Underskrifter' });
    const name = signatures.getByRole('textbox', { name: 'Namn', exact: true }).nth(1);
    expect(await name.inputValue()).toBe(policeSignatory(ORIGINAL));
    await name.fill(POLICE_SIGNATORY);

    await page.getByRole('button', { name: 'Kommentera löftesmening' }).click();
    const thread = page.getByRole('group', { name: 'Kommentarer om löftesmening' });
    await thread.getByLabel('Part').selectOption('polis');
    await thread.getByLabel('Ditt namn').fill('Anna Svensson');
    await thread.getByRole('button', { name: 'Spara' }).click();
    await thread.getByLabel('Ny kommentar').fill(COMMENT);
    await thread.getByRole('button', { name: 'Lägg till kommentar' }).click();
    await thread.getByText(COMMENT).waitFor();
    await waitUntilSaved(page);
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '98-negotiation-2-police-comment');

    await share(page);
    const stored = await police.call('getDraft', ID);
    expect([activity(stored, 'a2'), activity(stored, 'a4'), policeSignatory(stored)]).toEqual([POLICE_A2, POLICE_A4, POLICE_SIGNATORY]);
    expect(stored.comments?.map((c) => [c.author, c.text])).toEqual([[{ role: 'polis', name: 'Anna Svensson' }, COMMENT]]);
    await screenshot(page.getByRole('complementary', { name: 'Spara, kontrollera och exportera' }).locator(':scope > div'), '98-negotiation-3-police-shared');
  });

  it('meanwhile the municipality rewrites the löftesmening, its own activity and the joint one', async () => {
    const { page } = municipality;
    await page.getByLabel('Löftesmening', { exact: true }).fill(MUNICIPALITY_STATEMENT);
    await activityField(page, 'Kommunen lovar att', 1).fill(MUNICIPALITY_A3);
    await activityField(page, 'Polisen och kommunen lovar gemensamt att', 1).fill(MUNICIPALITY_A4);
    await waitUntilSaved(page);
    beforeReceiving = await municipality.call('getDraft', ID);
    expect([beforeReceiving.statement, activity(beforeReceiving, 'a3'), activity(beforeReceiving, 'a4')]).toEqual([MUNICIPALITY_STATEMENT, MUNICIPALITY_A3, MUNICIPALITY_A4]);
  });

  it('"Ta emot ändringar" shows what the police changed, and the joint activity both rewrote side by side', async () => {
    const { page } = municipality;
    await page.getByRole('link', { name: 'Samverka', exact: true }).click();
    await page.getByRole('button', { name: 'Importera utkast' }).click();
    const view = page.getByRole('region', { name: 'Ta emot ändringar' });
    await expectPageFocused(view.getByRole('heading', { level: 2, name: 'Ta emot ändringar' }));
    // Three-way against the version the municipality shared: only the police's changes, named by its sender.
    expect(await view.getByText('Polisen (Anna Svensson) har ändrat 2 aktiviteter, bytt undertecknare och lagt till 1 kommentar.').count()).toBe(1);
    expect(await view.getByText(/sedan den gemensamma versionen/).count()).toBe(1);
    const changes = view.getByRole('checkbox', { name: /^Ta med/ });
    expect(await changes.count()).toBe(4);
    for (const text of [POLICE_A2, 'Karin Lindqvist', COMMENT]) expect(await view.getByText(text, { exact: false }).count()).toBeGreaterThan(0);
    // The municipality's own edits are not the police's changes.
    expect(await view.getByText(MUNICIPALITY_STATEMENT).count()).toBe(0);

    const conflict = view.getByRole('group', { name: /ändrad av båda/ });
    expect(await conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain(MUNICIPALITY_A4);
    expect(await conflict.textContent()).toContain(POLICE_A4);
    await screenshot(page, '98-negotiation-4-receive');

    await conflict.getByRole('radio', { name: 'Ta deras version' }).check();
    await view.getByRole('button', { name: 'Ta emot valda ändringar' }).click();
    await page.waitForURL((url) => url.hash === editorHref(ID));
    await expectPageFocused(page.getByRole('heading', { level: 1 }));
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '98-negotiation-5-received-statement');
    await screenshot(group(page, 'Polisen lovar att'), '98-negotiation-5-received-police-activities');
  });

  it('both sides\' edits are in the draft, with nothing left to choose', async () => {
    const merged = await municipality.call('getDraft', ID);
    expect(merged.statement).toBe(MUNICIPALITY_STATEMENT);
    expect(activity(merged, 'a3')).toBe(MUNICIPALITY_A3);
    expect(activity(merged, 'a2')).toBe(POLICE_A2);
    expect(activity(merged, 'a4')).toBe(POLICE_A4);
    expect(activity(merged, 'a1')).toBe(activity(ORIGINAL, 'a1'));
    expect(policeSignatory(merged)).toBe(POLICE_SIGNATORY);
    expect(merged.comments?.map((c) => c.text)).toEqual([COMMENT]);
    expect(merged.conflicts).toBeUndefined();
    const { page } = municipality;
    expect(await page.getByLabel('Löftesmening', { exact: true }).inputValue()).toBe(MUNICIPALITY_STATEMENT);
    expect(await activityField(page, 'Polisen lovar att', 2).inputValue()).toBe(POLICE_A2);
  });

  it('the municipality answers the comment and resolves it; the readiness warning goes', async () => {
    const { page } = municipality;
    const readiness = page.getByRole('region', { name: 'Klar för underskrift?' });
    await readiness.getByText('Öppen kommentar om Löftesmening från Polisen, Anna Svensson', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Kommentarer (1 öppen) om löftesmening' }).click();
    const thread = page.getByRole('group', { name: 'Kommentarer om löftesmening' });
    await thread.getByRole('button', { name: 'Svara på kommentaren från Polisen, Anna Svensson' }).click();
    await thread.getByLabel('Ditt svar').fill(REPLY);
    await thread.getByRole('button', { name: 'Skicka svar' }).click();
    await thread.getByText(REPLY).waitFor();
    await thread.getByRole('button', { name: 'Markera som löst, kommentaren från Polisen, Anna Svensson' }).click();
    await readiness.filter({ hasNotText: 'Öppen kommentar' }).waitFor();
    await waitUntilSaved(page);
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '98-negotiation-6-comment-resolved');
    const comment = (await municipality.call('getDraft', ID)).comments![0];
    expect(comment.replies.map((r) => [r.author, r.text])).toEqual([[{ role: 'kommun', name: 'Eva Ek' }, REPLY]]);
    expect(comment.resolved?.by).toEqual({ role: 'kommun', name: 'Eva Ek' });
  });

  it('"Versioner" brings back the draft as it was before the changes came in', async () => {
    const { page } = municipality;
    await page.getByRole('link', { name: 'Versioner', exact: true }).click();
    const list = page.getByRole('region', { name: 'Sparade versioner' });
    await list.getByRole('button').filter({ hasText: 'Före mottagna ändringar' }).click();
    await page.getByRole('button', { name: 'Återställ den här versionen' }).click();
    await screenshot(page, '98-negotiation-7-restore');
    await page.getByRole('button', { name: 'Ja, återställ' }).click();
    await page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    const restored = await municipality.call('getDraft', ID);
    expect(restored.statement).toBe(MUNICIPALITY_STATEMENT);
    expect([activity(restored, 'a2'), activity(restored, 'a3'), activity(restored, 'a4')]).toEqual([
      activity(ORIGINAL, 'a2'),
      MUNICIPALITY_A3,
      MUNICIPALITY_A4,
    ]);
    expect(policeSignatory(restored)).toBe(policeSignatory(ORIGINAL));
    expect(restored.comments ?? []).toEqual([]);
    expect(await activityField(page, 'Polisen lovar att', 2).inputValue()).toBe(activity(ORIGINAL, 'a2'));
    await screenshot(page.getByRole('region', { name: 'Löftet' }), '98-negotiation-8-restored');
    expect(municipality.problems).toEqual([]);
    expect(police.problems).toEqual([]);
  });
});
