import { Grade } from './incident.enums';
import { SpreadFigures } from './incident.events';

/** One grade's row of the county's criteria (organization's SpreadCriterion): reaching any figure reaches the grade. */
export interface SpreadThreshold {
  grade: string;
  posts: number | null;
  comments: number | null;
  views: number | null;
  mainstreamMediaPickups: number | null;
}

/** The figure of a reading that reached a grade's criterion. */
export interface SpreadReason {
  figure: 'posts' | 'comments' | 'views' | 'mainstreamMediaPickups';
  value: number;
  threshold: number;
}

const ORDER: Grade[] = [Grade.IV, Grade.III, Grade.II, Grade.I];

/** Whether `a` is a more severe grade than `b` (any grade is more severe than none). */
export const moreSevere = (a: Grade, b: Grade | null): boolean =>
  b === null || ORDER.indexOf(a) > ORDER.indexOf(b);

/**
 * The most severe grade whose criteria a spread reaches (001 §四(三), 003 §三), with the figures that reached it;
 * null when it reaches none (一般, IV). 跟帖 is what a monitor reports as comments; reposts are not a criterion.
 */
export function gradeOfSpread(
  criteria: readonly SpreadThreshold[],
  spread: SpreadFigures,
): { grade: Grade; reasons: SpreadReason[] } | null {
  for (const grade of [Grade.I, Grade.II, Grade.III]) {
    const row = criteria.find((c) => c.grade === String(grade));
    if (!row) continue;
    const reasons: SpreadReason[] = [];
    for (const figure of ['posts', 'comments', 'views', 'mainstreamMediaPickups'] as const) {
      const threshold = row[figure];
      if (threshold !== null && spread[figure] >= threshold)
        reasons.push({ figure, value: spread[figure], threshold });
    }
    if (reasons.length) return { grade, reasons };
  }
  return null;
}
