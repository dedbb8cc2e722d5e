import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** The API's schema as committed (schema.graphql), for tests that try every operation. */
const schema: GraphQLSchema = buildSchema(
  readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'),
);

/** A value of an input type that passes coercion, so that the request reaches the resolver's guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value as unknown;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  if (isScalarType(type))
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-12-01T00:00:00.000Z';
      default:
        return '00000000-0000-4000-8000-000000000000';
    }
  return null;
}

/** Every root field of a kind as one request each, with the arguments it requires. */
export function everyField(kind: 'query' | 'mutation') {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).map((f) => {
    const required = f.args.filter((a) => isNonNullType(a.type));
    const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
    const select = isCompositeType(getNamedType(f.type)) ? ' { __typename }' : '';
    return {
      name: f.name,
      query: `${kind}${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''}${select} }`,
      variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
    };
  });
}
