import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, specifiedRules, ValidationRule } from 'graphql';

/**
 * What a GraphQL document may be, over HTTP and over the WebSocket alike — built once here so that the two paths
 * cannot drift apart.
 */
export interface RequestRules {
  /** Longest document, in tokens: refused while parsing (a syntax error, 400) before any recursion deep enough to hurt. */
  maxTokens: number;
  /** Validation on top of graphql-js's own: depth, cost, aliases, directives; no introspection in production. */
  validationRules: ValidationRule[];
  production: boolean;
}

export function requestRules(production: boolean): RequestRules {
  const armour = new ApolloArmor({
    maxDepth: { n: 10, exposeLimits: true },
    // Cost counts a Relay page of `first: n` n times: a full page of 100 incidents costs about 16,000.
    costLimit: { maxCost: 50_000, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    // Tokens are limited by graphql-js's parser itself (parseOptions): armour's parsing hook threw a 500.
    maxTokens: { enabled: false },
    // Suggestions ("did you mean") are taken out by the one error formatter, on both paths.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    maxTokens: 2000,
    validationRules: [...armour.validationRules, ...(production ? [NoSchemaIntrospectionCustomRule] : [])],
    production,
  };
}

/** graphql-js's rules and ours, for the paths that validate by themselves (the WebSocket). */
export const allValidationRules = (rules: RequestRules): ValidationRule[] => [
  ...specifiedRules,
  ...rules.validationRules,
];

/** Brackets a document may nest, counting selection sets, arguments, lists and input objects alike. */
export const MAX_NESTING = 64;

/**
 * How deeply a document's brackets nest, read without parsing it: graphql-js parses recursively, and a literal nested
 * a few thousand deep overflows the stack before the token limit is reached. Strings and comments are skipped.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++)
          if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      max = Math.max(max, ++depth);
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return max;
}

/**
 * A document refused before it is parsed (nested too deeply), as the error both paths answer with: the formatter
 * names the limit without its value; over HTTP it is a 400.
 */
export function refusedBeforeParsing(source: unknown): GraphQLError | null {
  if (typeof source !== 'string' || nestingDepth(source) <= MAX_NESTING) return null;
  return new GraphQLError('Query nesting depth limit exceeded', {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}
