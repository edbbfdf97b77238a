import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorHref } from '../../renderer/routing';
import type { Draft } from '../../shared/draft/schema';
import { screenshot } from '../support/browser';
import { exampleDraft, ROOT, tempDir } from '../support/fixtures';
import { openAppSession, type AppSession } from './session';

const run = promisify(execFile);

/**
 * Two versions of one löfte merged with `npm run cli -- merge`, the result
 * put in the library as "Ersätt" does, and the conflict chosen in the
 * editor: what did not overlap is in the draft at once, what did is shown
 * side by side, and nothing of the other version reaches the draft until
 * the user takes it.
 */
describe('a merged draft with a conflict, chosen in the editor', () => {
  let app: AppSession;
  let merged: Draft;

  beforeAll(async () => {
    app = await openAppSession({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('merges what does not overlap and keeps both versions of what does (cli merge)', async () => {
    const seeded = { ...exampleDraft(), id: randomUUID() };
    await app.call('saveDraft', seeded);
    const base = await app.call('getDraft', seeded.id);
    const dir = tempDir('samverka-e2e-merge-');
    const file = (name: string, draft: Draft) => {
      writeFileSync(path.join(dir, name), JSON.stringify(draft));
      return path.join(dir, name);
    };
    const ours = { ...base, statement: 'Polis och kommun lovar att tillsammans öka tryggheten i Söderhamns centrum, särskilt på kvällarna.' };
    const theirs = {
      ...base,
      statement: 'Polis och kommun lovar att tillsammans öka tryggheten i Söderhamns centrum och vid resecentrum.',
      activities: base.activities.map((activity, i) => (i === 1 ? { ...activity, responsible: 'kommunpolisen i Söderhamn' } : activity)),
    };
    const out = path.join(dir, 'sammanfogat.samverka.json');
    const args = ['merge', '--base', file('bas.json', base), '--ours', file('var.json', ours), '--theirs', file('deras.json', theirs), '-o', out];
    const result = await run(process.execPath, [path.join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Löftesmening: ändrad av båda/);
    merged = JSON.parse(readFileSync(out, 'utf8')) as Draft;
    expect(merged.statement).toBe(ours.statement);
    expect(merged.activities[1].responsible).toBe('kommunpolisen i Söderhamn');
    // Into the library, in place of the draft (as "Ersätt" in the import does).
    await app.call('saveDraft', { ...merged, updatedAt: base.updatedAt });
  });

  it('shows the conflict side by side in the editor, and takes the chosen version', async () => {
    const { page } = app;
    await page.goto(new URL(editorHref(merged.id), app.host.url).href);
    const panel = page.getByRole('region', { name: 'En ändring att välja' });
    await panel.waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Klar för underskrift?' }).textContent()).toMatch(/Löftesmening: ändrad av båda/);
    await screenshot(panel, '96-merge-conflict');
    const item = panel.getByRole('listitem');
    expect(await item.textContent()).toContain('särskilt på kvällarna.');
    expect(await item.textContent()).toContain('och vid resecentrum.');

    await item.getByRole('button', { name: 'Ta den andra versionen' }).click();
    await panel.waitFor({ state: 'detached' });
    const statement = page.getByRole('region', { name: 'Löftet' }).getByRole('textbox').first();
    expect(await statement.inputValue()).toBe('Polis och kommun lovar att tillsammans öka tryggheten i Söderhamns centrum och vid resecentrum.');
    await expect.poll(async () => (await app.call('getDraft', merged.id)).conflicts).toBeUndefined();
    expect((await app.call('getDraft', merged.id)).statement).toMatch(/och vid resecentrum\.$/);
    await screenshot(page, '96-merge-conflict-chosen');
  });
});
