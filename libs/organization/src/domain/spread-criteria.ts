import { FieldProblem } from '@app/kernel';
import { problem } from './organization.errors';
import { DEFAULT_SPREAD_CRITERIA, SpreadCriterion } from './organization.events';

/** The grades a spread can reach beyond 一般 (IV), most severe first. */
export const SPREAD_GRADES = ['I', 'II', 'III'] as const;
export const SPREAD_FIGURES = ['posts', 'comments', 'views', 'mainstreamMediaPickups'] as const;
export type SpreadFigure = (typeof SPREAD_FIGURES)[number];

export const SPREAD_FIGURE_LABELS: Record<SpreadFigure, { zh: string; en: string }> = {
  posts: { zh: '发帖量', en: 'posts' },
  comments: { zh: '跟帖量', en: 'comments' },
  views: { zh: '点击量', en: 'views' },
  mainstreamMediaPickups: { zh: '主流媒体报道', en: 'mainstream media pick-ups' },
};

// GraphQL's Int (below 2^31), like the incident's own figures.
const MAX_FIGURE = 2_000_000_000;

/**
 * A county's criteria: one row for each of I, II and III, each with at least one figure; whole numbers from 1; and a
 * more severe grade never asks for less of a figure than a milder one (else a spread would read as two grades).
 */
export function spreadCriteriaProblems(criteria: SpreadCriterion[]): FieldProblem[] {
  const p: FieldProblem[] = [];
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    const at = `input.criteria[${i}]`;
    if (!(SPREAD_GRADES as readonly string[]).includes(c.grade))
      p.push(problem(`${at}.grade`, '等级须为 I、II 或 III（IV 级为其下的一切）', 'must be I, II or III'));
    else if (seen.has(c.grade)) p.push(problem(`${at}.grade`, `${c.grade} 级重复`, 'given twice'));
    seen.add(c.grade);
    let any = false;
    for (const f of SPREAD_FIGURES) {
      const v = c[f];
      if (v === null || v === undefined) continue;
      any = true;
      if (!Number.isInteger(v) || v < 1 || v > MAX_FIGURE)
        p.push(
          problem(`${at}.${f}`, '须为不小于 1 的整数，或留空', 'must be a whole number from 1, or empty'),
        );
    }
    if (!any)
      p.push(problem(at, `${c.grade} 级须至少有一项标准`, `grade ${c.grade} needs at least one figure`));
  });
  for (const g of SPREAD_GRADES)
    if (!seen.has(g)) p.push(problem('input.criteria', `缺少 ${g} 级标准`, `grade ${g} is missing`));
  if (p.length) return p;
  // Milder to more severe: III ≤ II ≤ I, figure by figure where both give it.
  const row = (g: string) => criteria.find((c) => c.grade === g)!;
  for (const [milder, severer] of [
    ['III', 'II'],
    ['II', 'I'],
  ] as const)
    for (const f of SPREAD_FIGURES) {
      const a = row(milder)[f];
      const b = row(severer)[f];
      if (a !== null && b !== null && b < a)
        p.push(
          problem(
            `input.criteria[${criteria.indexOf(row(severer))}].${f}`,
            `${severer} 级的${SPREAD_FIGURE_LABELS[f].zh}不能低于 ${milder} 级（${a}）`,
            `grade ${severer} cannot ask for fewer ${SPREAD_FIGURE_LABELS[f].en} than grade ${milder} (${a})`,
          ),
        );
    }
  return p;
}

/** The criteria in force: the county's own, or the defaults; most severe first. */
export function spreadCriteriaInForce(own: SpreadCriterion[] | null | undefined): SpreadCriterion[] {
  const rows = own?.length ? own : DEFAULT_SPREAD_CRITERIA;
  return SPREAD_GRADES.map((g) => rows.find((r) => r.grade === g)).filter((r): r is SpreadCriterion => !!r);
}
