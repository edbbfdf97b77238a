import { it } from 'vitest';
import { HTTP_PREFIX } from '../../../shared/ipc/channels';
import { openAppSession } from '../session';
import { receivePreview } from '../../renderer/start/receive-previews';
import { receiveDrafts } from '../../support/receive-drafts';
import { exampleDraft } from '../../support/fixtures';

it('shots', async () => {
  for (const [w, h] of [[1366, 768], [1024, 768]] as const) {
    const app = await openAppSession({ width: w, height: h });
    const seeded = { ...exampleDraft() };
    await app.call('saveDraft', seeded);
    const drafts = receiveDrafts(seeded.id);
    await app.call('saveDraft', { ...drafts.ours, updatedAt: (await app.call('getDraft', seeded.id)).updatedAt });
    const [existing] = await app.call('listDrafts');
    const ours = await app.call('getDraft', seeded.id);
    for (const cmp of ['three-way', 'two-way'] as const) {
      const preview = receivePreview({ ...drafts, ours }, existing, cmp);
      await app.page.route(`**${HTTP_PREFIX}pickImport`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: preview }) }));
      await app.page.goto(app.host.url);
      await app.page.getByRole('button', { name: 'Importera utkast' }).click();
      await app.page.getByRole('region', { name: 'Ta emot ändringar' }).waitFor();
      if (cmp === 'three-way') {
        await app.page.getByRole('radio', { name: 'Skriv en egen' }).click();
      }
      await app.page.screenshot({ path: `/tmp/rui/shot-${w}-${cmp}.png`, fullPage: true });
      await app.page.screenshot({ path: `/tmp/rui/shot-${w}-${cmp}-top.png` });
      await app.page.unroute(`**${HTTP_PREFIX}pickImport`);
    }
    console.log(app.problems);
    await app.close();
  }
}, 60000);
