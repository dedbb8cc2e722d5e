import { localGradeOf } from './grade-scales';

/** A grade as a unit with its own scale reads it; the county's I–IV alone for everyone else. */
const scales = [
  {
    name: '扶贫办三级分类',
    levels: [
      { label: '一般舆情', grades: ['III', 'IV'] },
      { label: '重大舆情', grades: ['II'] },
      { label: '特大舆情', grades: ['I'] },
    ],
    unitIds: ['poverty-office'],
  },
];

describe('localGradeOf', () => {
  it('names the level of the unit’s own scale a grade falls in', () => {
    expect(localGradeOf(scales, 'poverty-office', 'IV')).toEqual({
      scale: '扶贫办三级分类',
      label: '一般舆情',
    });
    expect(localGradeOf(scales, 'poverty-office', 'I')).toEqual({
      scale: '扶贫办三级分类',
      label: '特大舆情',
    });
  });

  it('is nothing for a unit without a scale, or before the incident is graded', () => {
    expect(localGradeOf(scales, 'land-bureau', 'II')).toBeNull();
    expect(localGradeOf(scales, 'poverty-office', null)).toBeNull();
  });
});
