import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftSchema, type Draft } from '../../shared/draft/schema';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The bundled example: Söderhamn's medborgarlöfte 2020–2021. */
export const EXAMPLE_FILE = path.join(ROOT, 'resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json');

/** A fresh copy of the example draft as parsed JSON. */
export const exampleDraft = (): Draft => JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));

/** A new empty folder on the real disk, under the system's temp folder. */
export const tempDir = (label = 'samverka-') => mkdtempSync(path.join(os.tmpdir(), label));

/** The example as a samverkansöverenskommelse of two municipalities, the police and a housing company. */
export function fourPartyAgreement(): Draft {
  const base = draftSchema.parse(exampleDraft());
  return draftSchema.parse({
    ...base,
    kind: 'samverkansoverenskommelse',
    title: 'Samverkansöverenskommelse mellan Söderhamns kommun, Ljusdals kommun, AB Söderhamnshem och Polismyndigheten 2024–2027',
    period: { start: '2024-01-01', end: '2027-12-31' },
    parties: [
      ...base.parties,
      { id: 'ljusdal', role: 'kommun', name: 'Ljusdals kommun', diarienummer: 'KS 2023/451' },
      { id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' },
    ],
    activities: [
      ...base.activities,
      { id: 'b1', partyIds: ['ljusdal'], text: 'anordna nattvandringar', quantity: 10, unit: 'nattvandringar', frequency: 'per år' },
      { id: 'b2', partyIds: ['bolag', 'polis'], text: 'genomföra trygghetsvandringar i bostadsområdet', quantity: 2, frequency: 'per år' },
    ],
    signatories: [
      ...base.signatories,
      { partyId: 'ljusdal', name: 'Marit Holmstrand', title: 'Kommunstyrelsens ordförande', place: 'Ljusdal', date: '2024-02-12' },
      { partyId: 'bolag', name: 'Per Persson', title: 'VD' },
    ],
    originals: 4,
  });
}
