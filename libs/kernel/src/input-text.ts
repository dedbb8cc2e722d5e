import { FieldProblem } from './app-error';
import { problem } from './validation';

/** The longest single text any input may carry; fields with their own, shorter limits check those too. */
export const MAX_INPUT_TEXT = 20_000;
/** The most items any input list may carry. */
export const MAX_INPUT_LIST = 1_000;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What no text of any input may be, whatever the field: a NUL character (PostgreSQL cannot store it), a half of a
 * UTF-16 pair (no character at all — it would be stored as a replacement mark), or longer than anything a person
 * writes. Walks nested inputs and lists, naming each problem by its path (`input.spread.comments`).
 */
export function inputTextProblems(value: unknown, path: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return [problem(path, '含有空字符（\\0），请删除后重试', 'contains a NUL character')];
    if (LONE_SURROGATE.test(value))
      return [
        problem(path, '含有无法识别的字符（不成对的代理项），请重新输入', 'contains a lone UTF-16 surrogate'),
      ];
    if (value.length > MAX_INPUT_TEXT)
      return [
        problem(path, `过长，最多 ${MAX_INPUT_TEXT} 个字符`, `is longer than ${MAX_INPUT_TEXT} characters`),
      ];
    return [];
  }
  // Inputs are at most a few levels deep; anything deeper is not ours to walk (GraphQL limits its own nesting).
  if (depth > 16 || value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST)
      return [problem(path, `项数过多，最多 ${MAX_INPUT_LIST} 项`, `has more than ${MAX_INPUT_LIST} items`)];
    return value.flatMap((v, i) => inputTextProblems(v, `${path}[${i}]`, depth + 1));
  }
  return Object.entries(value).flatMap(([k, v]) =>
    inputTextProblems(v, path ? `${path}.${k}` : k, depth + 1),
  );
}
