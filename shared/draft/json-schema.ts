import { z } from 'zod';
import { FORMAT_VERSION } from './limits';
import { draftSchema } from './schema';
import { SCHEMA_TEXT } from '../i18n/draft-file';

/**
 * The JSON Schema of the draft file, generated from the zod schema the app
 * validates with, so the two cannot drift apart. Cross-references (a
 * `partyIds` entry naming an existing party) are beyond JSON Schema; the app
 * checks them on reading.
 */
export function draftJsonSchema(): Record<string, unknown> {
  return {
    $id: `urn:samverka:utkast:v${FORMAT_VERSION}`,
    title: SCHEMA_TEXT.title(FORMAT_VERSION),
    description: SCHEMA_TEXT.description,
    ...z.toJSONSchema(draftSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
