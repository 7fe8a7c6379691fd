import * as z from 'zod/mini';
import { datasetSchema } from '../src/data/schema.ts';

export const SCHEMA_PATH = 'data/contacts.schema.json';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Backchannel Atlas contacts', $id: 'contacts.schema.json' }, null, 2)}\n`;
}
