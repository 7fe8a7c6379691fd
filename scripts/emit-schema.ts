// Writes data/contacts.schema.json from the one schema in src/data/schema.ts.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema, SCHEMA_PATH } from './schemaFile.ts';

writeFileSync(SCHEMA_PATH, datasetJsonSchema());
console.log(`wrote ${SCHEMA_PATH}`);
