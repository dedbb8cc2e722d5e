import { DEFAULT_ASSESSMENT_POLICY } from './assessment.events';
import { monthsOf, periodOf } from './periods';
import { pointsUnder, rank, segmentsOf } from './scoring';
import { emptyCounters } from './unit-day-facts';

const v = (version: number, effectiveFrom: string, lateHandIn: number) => ({
  ...DEFAULT_ASSESSMENT_POLICY,
  version,
  effectiveFrom,
  points: { ...DEFAULT_ASSESSMENT_POLICY.points, lateHandIn },
});

describe('periods (Beijing days, both ends included)', () => {
  it('names months, quarters, years and ranges', () => {
    expect(periodOf({ kind: 'MONTH', year: 2026, month: 2 })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      label: '2026年2月',
    });
    expect(periodOf({ kind: 'QUARTER', year: 2026, quarter: 4 })).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOf({ kind: 'YEAR', year: 2028 })).toMatchObject({ from: '2028-01-01', to: '2028-12-31' });
    expect(periodOf({ kind: 'RANGE', from: '2026-03-05', to: '2026-04-02' }).label).toBe(
      '2026-03-05 至 2026-04-02',
    );
    expect(monthsOf(periodOf({ kind: 'RANGE', from: '2025-11-20', to: '2026-02-01' }))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it.each([
    [{ kind: 'MONTH' as const, year: 2026, month: 13 }],
    [{ kind: 'QUARTER' as const, year: 2026 }],
    [{ kind: 'YEAR' as const, year: 1999 }],
    [{ kind: 'RANGE' as const, from: '2026-03-05', to: '2026-03-04' }],
    [{ kind: 'RANGE' as const, from: '2020-01-01', to: '2026-01-01' }],
    [{ kind: 'RANGE' as const, from: '2026-02-30', to: '2026-03-04' }],
  ])('refuses %j with a coded error', (request) => {
    let thrown: unknown;
    try {
      periodOf(request);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ reason: 'ASSESSMENT.PERIOD_INVALID' });
  });
});

describe('the rules in force, day by day', () => {
  const year = periodOf({ kind: 'YEAR', year: 2026 });

  it('is the default until the county sets its own', () => {
    expect(segmentsOf([], year)).toEqual([
      { policy: DEFAULT_ASSESSMENT_POLICY, from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it('splits a year at a mid-year change', () => {
    const segments = segmentsOf([v(1, '2025-12-01', 2), v(2, '2026-07-01', 5)], year);
    expect(segments.map((s) => [s.policy.version, s.from, s.to])).toEqual([
      [1, '2026-01-01', '2026-06-30'],
      [2, '2026-07-01', '2026-12-31'],
    ]);
  });

  it('lets the later of two versions set for the same day win', () => {
    const segments = segmentsOf(
      [v(1, '2026-03-01', 2), v(2, '2026-03-01', 4)],
      periodOf({ kind: 'MONTH', year: 2026, month: 3 }),
    );
    expect(segments.map((s) => s.policy.version)).toEqual([2]);
  });
});

describe('points and ranks', () => {
  it('takes points off per late hand-in, overdue, 督办, return and missed letter, and adds for early closure', () => {
    const c = {
      ...emptyCounters(),
      handedInLate: 2,
      overdue: 1,
      supervised: 3,
      sentBack: 1,
      lettersMissed: 2,
      earlyClosures: 4,
    };
    expect(pointsUnder(c, DEFAULT_ASSESSMENT_POLICY)).toEqual({ deducted: 2 * 2 + 2 + 3 + 1 + 2, added: 4 });
  });

  it('gives equal scores the same rank', () => {
    const ranked = rank(
      [
        { n: 'b', s: 90 },
        { n: 'a', s: 98 },
        { n: 'c', s: 90 },
        { n: 'd', s: 80 },
      ],
      (x) => x.s,
      (x) => x.n,
    );
    expect(ranked.map((r) => [r.item.n, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
