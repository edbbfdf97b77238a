import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { openServices, EXAMPLES_DIR } from '../../../e2e/host/server';
import { listExamples, readExample } from '../../../../electron/services/examples';
import { tempDir } from '../../../support/fixtures';

describe('bundled examples', () => {
  it('lists the examples in resources/examples by id and title', async () => {
    const examples = await listExamples(EXAMPLES_DIR);
    expect(examples).toContainEqual({ id: 'medborgarlofte-soderhamn-2020-2021', title: 'Medborgarlöfte för Söderhamn 2020–2021', kind: 'medborgarlofte' });
  });

  it('starts a new draft from an example with its own id, leaving the example as it is', async () => {
    const dataDir = tempDir();
    const { handlers, store } = await openServices({ dataDir, exportDir: tempDir() });
    const draft = await handlers.createFromExample('medborgarlofte-soderhamn-2020-2021');
    const example = await readExample(EXAMPLES_DIR, 'medborgarlofte-soderhamn-2020-2021');
    expect(draft.id).not.toBe(example.id);
    expect(draft).toMatchObject({ title: example.title, status: 'utkast', activities: example.activities });
    await store.flush();
    expect((await DraftStore.open(dataDir)).list().map((d) => d.id)).toEqual([draft.id]);
  });

  it('refuses an example that does not exist, or a path in disguise', async () => {
    await expect(readExample(EXAMPLES_DIR, 'finns-inte')).rejects.toThrow('Exemplet ”finns-inte” finns inte.');
    await expect(readExample(EXAMPLES_DIR, '../../package')).rejects.toThrow(/finns inte/);
  });
});
