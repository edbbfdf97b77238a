import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, serializeSchema } from '../../../../scripts/write-json-schema';
import { draftSchema, DRAFT_KINDS } from '../../../../shared/draft/schema';

describe('resources/draft-file.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(serializeSchema());
  });

  it('declares every top-level field of the zod schema and the same required ones', () => {
    const json = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const shape = draftSchema.shape;
    expect(Object.keys(json.properties).sort()).toEqual(Object.keys(shape).sort());
    const required = Object.entries(shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key)
      .sort();
    expect([...json.required].sort()).toEqual(required);
    expect(json.properties.kind.enum).toEqual([...DRAFT_KINDS]);
  });
});
