import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';

/** Users read Chinese: every enum and each of its values carries a Chinese label (with English) in the schema. */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '..', 'schema.graphql'), 'utf8'));
const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__'));
const chinese = /[\u4e00-\u9fff]/;

it.each(enums.map((e) => [e.name]))('enum %s is labelled in Chinese and English', (name) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  const unlabelled = [type, ...type.getValues()]
    .filter((x) => !x.description || !chinese.test(x.description) || !x.description.includes('/'))
    .map((x) => x.name);
  expect(unlabelled).toEqual([]);
});
