import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftJsonSchema } from '../shared/draft/json-schema';

/** `npm run schema`: writes resources/draft-file.schema.json from the zod schema. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../resources/draft-file.schema.json');

export const serializeSchema = () => `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(SCHEMA_FILE, serializeSchema());
  console.log(`Skrev ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
