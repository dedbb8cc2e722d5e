import { assessmentRecordId, isRecordId, parseAssessmentRecordId } from './assessment-record';

describe('a 考核通报’s record id', () => {
  it('names a county and a month, quarter or year, and reads back', () => {
    const cases = [
      { countyId: 'qingshui', period: { kind: 'MONTH' as const, year: 2026, month: 3 } },
      { countyId: 'qingshui', period: { kind: 'QUARTER' as const, year: 2026, quarter: 4 } },
      { countyId: 'he:xi', period: { kind: 'YEAR' as const, year: 2025 } },
    ];
    expect(cases.map(assessmentRecordId)).toEqual(['qingshui:2026-03', 'qingshui:2026-Q4', 'he:xi:2025']);
    for (const c of cases) expect(parseAssessmentRecordId(assessmentRecordId(c))).toEqual(c);
  });

  it('names nothing when the period is not one of those', () => {
    for (const id of [
      'qingshui',
      ':2026-03',
      'qingshui:2026-13',
      'qingshui:2026-Q5',
      'qingshui:26-03',
      'qingshui:',
    ])
      expect(parseAssessmentRecordId(id)).toBeNull();
    expect(isRecordId('qingshui:2026-3')).toBe(false);
    expect(isRecordId('3f1c2a4e-9b7d-4c1e-8f00-1234567890ab')).toBe(true);
    expect(isRecordId('qingshui:2026-Q2')).toBe(true);
  });
});
