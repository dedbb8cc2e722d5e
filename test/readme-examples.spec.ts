import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/** The GraphQL examples in the README and docs/ are what users copy: each must be valid against the committed schema. */
const root = path.resolve(__dirname, '..');
const schema = buildSchema(readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
const documents = [
  path.join(root, 'README.md'),
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(root, 'docs', f)),
];
const blocks = documents.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]),
);

it('has examples', () => {
  expect(blocks.length).toBeGreaterThan(15);
});

it.each(blocks.map((b, i) => [i, b]))('example block %i is valid against schema.graphql', (_i, block) => {
  const doc = parse(block);
  // Each operation separately: anonymous operations may not share a document.
  for (const def of doc.definitions) {
    const errors = validate(schema, { kind: doc.kind, definitions: [def] });
    expect(errors.map((e) => e.message)).toEqual([]);
  }
});
