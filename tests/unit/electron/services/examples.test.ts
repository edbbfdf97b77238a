import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { openServices, EXAMPLES_DIR } from '../../../e2e/host/server';
import { listExamples, readExample } from '../../../../electron/services/examples';
import { tempDir } from '../../../support/fixtures';

describe('bundled examples', () => {
  it('lists the examples in resources/examples by id and title', async () => {
    const examples = await listExamples(EXAMPLES_DIR);
    expect(examples.map((e) => [e.id, e.title, e.kind])).toEqual([
      ['medborgarlofte-ljusdal-2022-2024', 'Medborgarlöfte för Ljusdal 2022–2024', 'medborgarlofte'],
      ['medborgarlofte-soderhamn-2020-2021', 'Medborgarlöfte för Söderhamn 2020–2021', 'medborgarlofte'],
      [
        'samverkansoverenskommelse-exempelvik-2023-2026',
        'Samverkansöverenskommelse mellan Exempelviks kommun och Polismyndigheten, lokalpolisområde Exempeldalen 2023–2026',
        'samverkansoverenskommelse',
      ],
    ]);
  });

  it('says whom each example is written for, where it comes from, and its period', async () => {
    const [ljusdal] = await listExamples(EXAMPLES_DIR);
    expect(ljusdal).toMatchObject({
      municipality: 'Ljusdal',
      policeArea: 'Hälsingland',
      source: expect.stringContaining('publicerat'),
      period: { start: '2022-01-01', end: '2024-12-31' },
    });
  });

  it('lists an example that exempel.json does not describe, with nothing to say about it', async () => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES_DIR, 'medborgarlofte-soderhamn-2020-2021.samverka.json'), path.join(dir, 'eget-exempel.samverka.json'));
    writeFileSync(path.join(dir, 'exempel.json'), '{ inte json');
    expect(await listExamples(dir)).toEqual([
      { id: 'eget-exempel', title: 'Medborgarlöfte för Söderhamn 2020–2021', kind: 'medborgarlofte', municipality: '', policeArea: '', source: '', period: { start: '2020-01-01', end: '2021-12-31' } },
    ]);
  });

  it('starts the user’s own draft from an example with their municipality, lokalpolisområde and year', async () => {
    const { handlers, store } = await openServices({ dataDir: tempDir(), exportDir: tempDir() });
    const draft = await handlers.createFromExample('medborgarlofte-ljusdal-2022-2024', { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: 2027 });
    expect(draft).toMatchObject({ title: 'Medborgarlöfte för Töreboda 2027–2029', status: 'utkast', period: { start: '2027-01-01', end: '2029-12-31' } });
    expect(draft.signatories.map((s) => s.name)).toEqual(['', '']);
    expect(await store.get(draft.id)).toEqual(draft);
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
