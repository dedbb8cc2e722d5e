import { FieldProblem } from '@app/kernel';
import { problem } from './organization.errors';
import { GradeScale, LINKAGE_GRADES } from './organization.events';
import { UnitFacts } from './unit.decider';

export const MAX_GRADE_SCALES = 10;

/**
 * What a county may set as local scales: named once each, two to four levels with their own words, every grade I–IV
 * in exactly one level (so each grade reads as one level and back), and units of the county in service, each using
 * at most one scale.
 */
export function gradeScaleProblems(
  scales: GradeScale[],
  units: ReadonlyMap<string, UnitFacts>,
  countyId: string,
): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (scales.length > MAX_GRADE_SCALES)
    p.push(problem('input.scales', `本地分级不超过 ${MAX_GRADE_SCALES} 套`, `at most ${MAX_GRADE_SCALES}`));
  const names = new Set<string>();
  const unitScale = new Map<string, string>();
  scales.forEach((s, i) => {
    const at = `input.scales[${i}]`;
    const name = s.name.trim();
    if ([...name].length < 2 || [...name].length > 40)
      p.push(problem(`${at}.name`, '名称须为 2–40 个字', 'must be 2–40 characters'));
    else if (names.has(name)) p.push(problem(`${at}.name`, `「${name}」重复`, 'named twice'));
    names.add(name);
    if (s.levels.length < 2 || s.levels.length > 4)
      p.push(problem(`${at}.levels`, '须有 2–4 个级别', 'needs 2–4 levels'));
    const labels = new Set<string>();
    const covered = new Map<string, number>();
    s.levels.forEach((l, j) => {
      const label = l.label.trim();
      if ([...label].length < 1 || [...label].length > 12)
        p.push(problem(`${at}.levels[${j}].label`, '级别名称须为 1–12 个字', 'must be 1–12 characters'));
      else if (labels.has(label))
        p.push(problem(`${at}.levels[${j}].label`, `「${label}」重复`, 'named twice'));
      labels.add(label);
      if (l.grades.length === 0)
        p.push(problem(`${at}.levels[${j}].grades`, '须对应至少一个等级', 'must stand for a grade'));
      for (const g of l.grades) {
        if (!(LINKAGE_GRADES as readonly string[]).includes(g))
          p.push(
            problem(`${at}.levels[${j}].grades`, '等级须为 I、II、III 或 IV', 'must be I, II, III or IV'),
          );
        covered.set(g, (covered.get(g) ?? 0) + 1);
      }
    });
    for (const g of LINKAGE_GRADES) {
      const n = covered.get(g) ?? 0;
      if (n !== 1)
        p.push(
          problem(
            `${at}.levels`,
            n === 0 ? `${g} 级没有对应的本地级别` : `${g} 级对应了多个本地级别`,
            n === 0 ? `grade ${g} has no level` : `grade ${g} is in several levels`,
          ),
        );
    }
    if (s.unitIds.length === 0)
      p.push(problem(`${at}.unitIds`, '须指定使用该分级的单位', 'name the units that use it'));
    s.unitIds.forEach((u, j) => {
      const unit = units.get(u);
      const field = `${at}.unitIds[${j}]`;
      if (!unit || unit.countyId !== countyId)
        p.push(problem(field, '须为本县单位', 'must be a unit of this county'));
      else if (!unit.active) p.push(problem(field, '该单位已停用', 'that unit is out of service'));
      else if (unitScale.has(u) && unitScale.get(u) !== name)
        p.push(
          problem(field, `一个单位只能使用一套本地分级（已在「${unitScale.get(u)}」）`, 'one scale per unit'),
        );
      unitScale.set(u, name);
    });
  });
  return p;
}

/** The level a unit's own scale gives a grade, or null where the unit uses the county's I–IV alone. */
export function localGradeOf(
  scales: readonly GradeScale[],
  unitId: string,
  grade: string | null,
): { scale: string; label: string } | null {
  if (!grade) return null;
  const scale = scales.find((s) => s.unitIds.includes(unitId));
  const level = scale?.levels.find((l) => l.grades.includes(grade));
  return scale && level ? { scale: scale.name, label: level.label } : null;
}
