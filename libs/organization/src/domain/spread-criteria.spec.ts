import { DEFAULT_SPREAD_CRITERIA } from './organization.events';
import { spreadCriteriaInForce, spreadCriteriaProblems } from './spread-criteria';

const row = (
  grade: string,
  posts: number | null,
  comments: number | null,
  views: number | null,
  media: number | null,
) => ({
  grade,
  posts,
  comments,
  views,
  mainstreamMediaPickups: media,
});

describe('a county’s spread criteria (001 §四(三), 003 §三)', () => {
  it('accepts one row for each of I, II, III, a figure left out where a grade does not use it', () => {
    expect(
      spreadCriteriaProblems([
        row('III', 30, 500, null, null),
        row('II', 100, 2000, 500000, 1),
        row('I', 500, 10000, null, 3),
      ]),
    ).toEqual([]);
    expect(spreadCriteriaProblems(DEFAULT_SPREAD_CRITERIA)).toEqual([]);
  });

  it('names what is wrong: a missing or repeated grade, IV, a row with no figure, bad numbers, a graver grade asking less', () => {
    const fields = (c: ReturnType<typeof row>[]) => spreadCriteriaProblems(c).map((p) => p.field);
    expect(fields([row('II', 100, null, null, null), row('I', 500, null, null, null)])).toEqual([
      'input.criteria',
    ]);
    expect(
      fields([
        row('III', 1, null, null, null),
        row('III', 2, null, null, null),
        row('I', 3, null, null, null),
        row('II', 2, null, null, null),
      ]),
    ).toContain('input.criteria[1].grade');
    expect(
      fields([
        row('IV', 1, null, null, null),
        row('III', 1, null, null, null),
        row('II', 2, null, null, null),
        row('I', 3, null, null, null),
      ]),
    ).toEqual(['input.criteria[0].grade']);
    expect(
      fields([
        row('III', null, null, null, null),
        row('II', 2, null, null, null),
        row('I', 3, null, null, null),
      ]),
    ).toEqual(['input.criteria[0]']);
    expect(
      fields([row('III', 0, 1.5, null, null), row('II', 2, null, null, null), row('I', 3, null, null, null)]),
    ).toEqual(['input.criteria[0].posts', 'input.criteria[0].comments']);
    const lower = spreadCriteriaProblems([
      row('III', 50, null, null, null),
      row('II', 40, null, null, null),
      row('I', 60, null, null, null),
    ]);
    expect(lower).toEqual([
      expect.objectContaining({
        field: 'input.criteria[1].posts',
        message: expect.objectContaining({ zh: 'II 级的发帖量不能低于 III 级（50）' }),
      }),
    ]);
  });

  it('in force: the county’s own, else the defaults; most severe first', () => {
    expect(spreadCriteriaInForce(null).map((r) => r.grade)).toEqual(['I', 'II', 'III']);
    const own = [
      row('III', 30, null, null, null),
      row('II', 100, null, null, null),
      row('I', 500, null, null, null),
    ];
    expect(spreadCriteriaInForce(own)[0]).toEqual(row('I', 500, null, null, null));
  });
});
