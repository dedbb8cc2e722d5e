import { parseStrictDateTime } from './date-time.scalar';

describe('DateTime as it is written', () => {
  it('takes ISO 8601 with a time zone', () => {
    expect(parseStrictDateTime('2026-12-02T08:00:00+08:00').toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(parseStrictDateTime('2026-12-02T00:00:00.123Z').toISOString()).toBe('2026-12-02T00:00:00.123Z');
    expect(parseStrictDateTime('2024-02-29T12:30Z').toISOString()).toBe('2024-02-29T12:30:00.000Z');
  });

  it.each([
    ['an impossible day', '2026-02-30T00:00:00Z'],
    ['February 29th of a common year', '2026-02-29T00:00:00Z'],
    ['hour 24', '2026-12-02T24:00:00Z'],
    ['no time zone', '2026-12-02T08:00:00'],
    ['a date alone', '2026-12-02'],
    ['a year out of range', '9999-12-31T00:00:00Z'],
    ['words', 'yesterday'],
    ['a number', 1764633600000],
  ])('refuses %s', (_, value) => {
    expect(() => parseStrictDateTime(value)).toThrow(/DateTime/);
  });
});
