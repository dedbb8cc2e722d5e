import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An ISO 8601 date-time with its time zone, as it is written — not as `new Date()` would bend it: 2 月 30 日 is
 * refused rather than read as 3 月 2 日, and nothing unparseable reaches a handler as an Invalid Date.
 */
export function parseStrictDateTime(value: unknown): Date {
  const m = typeof value === 'string' ? ISO.exec(value) : null;
  const refuse = () =>
    new GraphQLError(
      `DateTime cannot represent "${String(value).slice(0, 40)}": use ISO 8601 with a time zone, e.g. 2026-12-02T08:00:00+08:00`,
    );
  if (!m) throw refuse();
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const [offsetHours, offsetMinutes] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  const valid =
    year >= 1900 &&
    year <= 2199 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59;
  const date = new Date(value as string);
  if (!valid || Number.isNaN(date.getTime())) throw refuse();
  return date;
}

export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    '日期时间（ISO 8601，须带时区，如 2026-12-02T08:00:00+08:00）/ A date-time in ISO 8601 with its time zone',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parseStrictDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parseStrictDateTime(ast.value);
  },
});
