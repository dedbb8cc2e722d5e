import * as fs from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ApiFixture, startApi } from './support/api-fixture';

const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi({ label: 'schema' });
});
afterAll(async () => {
  await api.close();
});

/**
 * The committed schema.graphql is the API's contract. A change to the served schema fails this test until the file
 * is regenerated on purpose with `npm run schema:update` and the diff is reviewed.
 */
it('the served schema equals the committed schema.graphql', () => {
  const served = `${printSchema(lexicographicSortSchema(api.server.app.get(GraphQLSchemaHost).schema))}\n`;
  if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, served);
  const committed = fs.existsSync(SCHEMA_FILE)
    ? fs.readFileSync(SCHEMA_FILE, 'utf8')
    : '(schema.graphql is missing)';
  expect(served).toBe(committed);
});
