import { Role, UNIT_KIND_LABELS, UnitKind } from '@app/access/domain';
import { parseCalendar } from '@app/calendar/domain';
import { Decider, DecisionContext, FieldProblem } from '@app/kernel';
import { AlreadyExists, failIf, problem } from './organization.errors';
import { deadlineMatrix } from './deadline-matrix';
import { gradeScaleProblems } from './grade-scales';
import { SPREAD_FIGURES, SPREAD_GRADES, spreadCriteriaProblems } from './spread-criteria';
import {
  CountyDeadlines,
  CountyEvent,
  DEADLINE_STEP_LABELS,
  GradeScale,
  DeadlineStep,
  LINKAGE_GRADES,
  LinkageFieldRule,
  LinkageRoles,
  OrganizationEventType,
  SpreadCriterion,
  TimerSettings,
} from './organization.events';
import { UnitFacts } from './unit.decider';

export type CountyCommand =
  | {
      type: 'EstablishCounty';
      countyId: string;
      name: string;
      cityOfficeUnitId: string | null;
      context: DecisionContext;
    }
  | {
      type: 'AssignLinkageRoles';
      countyId: string;
      roles: LinkageRoles;
      units: Map<string, UnitFacts>;
      context: DecisionContext;
    }
  | { type: 'SetSecurityPolicy'; countyId: string; requireTotpRoles: Role[]; context: DecisionContext }
  | { type: 'SetDeadlinePolicy'; countyId: string; deadlines: CountyDeadlines; context: DecisionContext }
  | { type: 'SetLinkageThreshold'; countyId: string; grade: string; context: DecisionContext }
  | { type: 'LoadHolidayCalendar'; countyId: string; calendar: unknown; context: DecisionContext }
  | {
      type: 'SetLinkageFieldRules';
      countyId: string;
      rules: LinkageFieldRule[];
      units: Map<string, UnitFacts>;
      context: DecisionContext;
    }
  | {
      type: 'SetGradeScales';
      countyId: string;
      scales: GradeScale[];
      units: Map<string, UnitFacts>;
      context: DecisionContext;
    }
  | { type: 'SetSpreadCriteria'; countyId: string; criteria: SpreadCriterion[]; context: DecisionContext };

export interface CountyState {
  exists: boolean;
  linkage: LinkageRoles | null;
  requireTotpRoles: Role[];
}

export const initialCountyState = (): CountyState => ({ exists: false, linkage: null, requireTotpRoles: [] });

/** Which kind of unit may fill each seat of the "1+3" (004 §五(二)). */
const SEATS: { key: keyof LinkageRoles; kind: UnitKind; zh: string }[] = [
  { key: 'propagandaUnitId', kind: UnitKind.PROPAGANDA_DEPT, zh: '宣传部' },
  { key: 'cyberspaceUnitId', kind: UnitKind.LINKAGE_DEPT, zh: '网信' },
  { key: 'policeUnitId', kind: UnitKind.LINKAGE_DEPT, zh: '公安' },
  { key: 'stateSecurityUnitId', kind: UnitKind.LINKAGE_DEPT, zh: '国安' },
];

export function decideCounty(c: CountyCommand, s: CountyState): CountyEvent[] {
  switch (c.type) {
    case 'EstablishCounty': {
      if (s.exists) throw new AlreadyExists({ zh: '县', en: 'County' }, c.countyId);
      const n = [...c.name.trim()].length;
      failIf(n < 1 || n > 50 ? [problem('input.name', '县名须为 1–50 个字', 'must be 1–50 characters')] : []);
      return [
        {
          type: OrganizationEventType.CountyEstablished,
          data: {
            countyId: c.countyId,
            name: c.name.trim(),
            cityOfficeUnitId: c.cityOfficeUnitId,
            establishedBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'AssignLinkageRoles': {
      const problems: FieldProblem[] = [];
      for (const seat of SEATS) {
        const unit = c.units.get(c.roles[seat.key]);
        if (!unit || unit.countyId !== c.countyId || unit.kind !== seat.kind) {
          problems.push(
            problem(
              `input.${seat.key}`,
              `${seat.zh}须为本县的「${UNIT_KIND_LABELS[seat.kind].zh}」类单位`,
              `must be a ${UNIT_KIND_LABELS[seat.kind].en} unit of this county`,
            ),
          );
        } else if (!unit.active) {
          problems.push(problem(`input.${seat.key}`, '该单位已停用', 'that unit is out of service'));
        }
      }
      const linkageDepts = [c.roles.cyberspaceUnitId, c.roles.policeUnitId, c.roles.stateSecurityUnitId];
      if (new Set(linkageDepts).size !== 3)
        problems.push(
          problem(
            'input',
            '网信、公安、国安须为三个不同单位',
            'cyberspace, police and state security must be three units',
          ),
        );
      failIf(problems);
      return [
        {
          type: OrganizationEventType.LinkageRolesAssigned,
          data: { countyId: c.countyId, ...c.roles, assignedBy: c.context.actorUserId },
        },
      ];
    }
    case 'SetLinkageFieldRules': {
      const problems: FieldProblem[] = [];
      c.rules.forEach((r, i) => {
        r.unitIds.forEach((u, j) => {
          const unit = c.units.get(u);
          if (!unit || unit.countyId !== c.countyId) {
            problems.push(
              problem(`input.rules[${i}].unitIds[${j}]`, '须为本县单位', 'must be a unit of this county'),
            );
          } else if (!unit.active) {
            problems.push(
              problem(`input.rules[${i}].unitIds[${j}]`, '该单位已停用', 'that unit is out of service'),
            );
          }
        });
      });
      if (new Set(c.rules.map((r) => r.field)).size !== c.rules.length)
        problems.push(problem('input.rules', '每个领域只能有一条规则', 'one rule per field'));
      failIf(problems);
      return [
        {
          type: OrganizationEventType.LinkageFieldRulesSet,
          data: {
            countyId: c.countyId,
            rules: c.rules.map((r) => ({ field: r.field, unitIds: [...new Set(r.unitIds)] })),
            setBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'SetDeadlinePolicy': {
      const d = c.deadlines;
      const whole = (field: keyof CountyDeadlines, v: number, min: number, max: number, zh: string) =>
        Number.isInteger(v) && v >= min && v <= max
          ? []
          : [
              problem(
                `input.${field}`,
                `${zh}须为 ${min}–${max} 的整数小时`,
                `must be whole hours, ${min}–${max}`,
              ),
            ];
      failIf([
        ...matrixProblems(d),
        ...whole('feedbackHours', d.feedbackHours, 1, 72, '书面反馈时限'),
        ...whole('hardCapHours', d.hardCapHours, 1, 72, '最长时限'),
        ...whole('defaultHours', d.defaultHours, 1, 168, '一般时限'),
        ...(d.sameDayLeastMinutes === undefined ||
        (Number.isInteger(d.sameDayLeastMinutes) &&
          d.sameDayLeastMinutes >= 0 &&
          d.sameDayLeastMinutes <= 960)
          ? []
          : [
              problem(
                'input.sameDayLeastMinutes',
                '当日答复最少办理时间须为 0–960 的整数分钟（工作时间）',
                'must be whole minutes of working time, 0–960',
              ),
            ]),
        ...(d.feedbackHours > d.hardCapHours
          ? [
              problem(
                'input.hardCapHours',
                '最长时限不能短于书面反馈时限',
                'cannot be shorter than feedbackHours',
              ),
            ]
          : []),
      ]);
      return [
        {
          type: OrganizationEventType.DeadlinePolicySet,
          data: {
            countyId: c.countyId,
            feedbackHours: d.feedbackHours,
            hardCapHours: d.hardCapHours,
            defaultHours: d.defaultHours,
            sameDayForInquiries: d.sameDayForInquiries,
            onWorkingTime: d.onWorkingTime ?? false,
            ...(d.sameDayLeastMinutes === undefined ? {} : { sameDayLeastMinutes: d.sameDayLeastMinutes }),
            rules: (d.rules ?? []).map((r) => ({
              grade: r.grade,
              step: r.step,
              minutes: r.minutes,
              onWorkingTime: r.onWorkingTime,
            })),
            timers: d.timers ?? {},
            setBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'SetLinkageThreshold': {
      failIf(
        (LINKAGE_GRADES as readonly string[]).includes(c.grade)
          ? []
          : [problem('input.grade', '等级须为 I、II、III 或 IV', 'must be I, II, III or IV')],
      );
      return [
        {
          type: OrganizationEventType.LinkageThresholdSet,
          data: { countyId: c.countyId, grade: c.grade, setBy: c.context.actorUserId },
        },
      ];
    }
    case 'LoadHolidayCalendar':
      // A calendar with any wrong day is refused whole, every problem named (holiday calendar, 调休).
      return [
        {
          type: OrganizationEventType.HolidayCalendarLoaded,
          data: {
            countyId: c.countyId,
            calendar: parseCalendar(c.calendar),
            loadedBy: c.context.actorUserId,
          },
        },
      ];
    case 'SetGradeScales': {
      failIf(gradeScaleProblems(c.scales, c.units, c.countyId));
      return [
        {
          type: OrganizationEventType.GradeScalesSet,
          data: {
            countyId: c.countyId,
            // Kept as written, trimmed; each level's grades in the county's order.
            scales: c.scales.map((sc) => ({
              name: sc.name.trim(),
              levels: sc.levels.map((l) => ({
                label: l.label.trim(),
                grades: LINKAGE_GRADES.filter((g) => l.grades.includes(g)),
              })),
              unitIds: [...new Set(sc.unitIds)],
            })),
            setBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'SetSpreadCriteria': {
      failIf(spreadCriteriaProblems(c.criteria));
      return [
        {
          type: OrganizationEventType.SpreadCriteriaSet,
          data: {
            countyId: c.countyId,
            // Most severe first, every figure present (null where the grade does not use it).
            criteria: SPREAD_GRADES.map((g) => {
              const row = c.criteria.find((r) => r.grade === g)!;
              const figures = Object.fromEntries(SPREAD_FIGURES.map((f) => [f, row[f] ?? null]));
              return { grade: g, ...figures } as SpreadCriterion;
            }),
            setBy: c.context.actorUserId,
          },
        },
      ];
    }
    case 'SetSecurityPolicy': {
      const roles = [...new Set(c.requireTotpRoles)].sort();
      return [
        {
          type: OrganizationEventType.SecurityPolicySet,
          data: { countyId: c.countyId, requireTotpRoles: roles, setBy: c.context.actorUserId },
        },
      ];
    }
  }
}

const MAX_RULE_MINUTES = 7 * 24 * 60;

/**
 * The matrix a county sets: known grades and steps, each cell once, whole minutes from 1 to 7 days; written
 * feedback never later than the hard limit for any grade; reminders at a sensible share and lead time.
 */
function matrixProblems(d: CountyDeadlines): FieldProblem[] {
  const p: FieldProblem[] = [];
  const seen = new Set<string>();
  (d.rules ?? []).forEach((r, i) => {
    const at = `input.rules[${i}]`;
    if (!(LINKAGE_GRADES as readonly string[]).includes(r.grade))
      p.push(problem(`${at}.grade`, '等级须为 I、II、III 或 IV', 'must be I, II, III or IV'));
    if (!Object.values(DeadlineStep).includes(r.step))
      p.push(problem(`${at}.step`, '未知的环节', 'unknown step'));
    if (!Number.isInteger(r.minutes) || r.minutes < 1 || r.minutes > MAX_RULE_MINUTES)
      p.push(problem(`${at}.minutes`, '时限须为 1–10080 的整数分钟', 'must be whole minutes, 1–10080'));
    const key = `${r.grade}:${r.step}`;
    if (seen.has(key))
      p.push(
        problem(
          at,
          `${r.grade} 级「${DEADLINE_STEP_LABELS[r.step]?.zh ?? r.step}」重复设置`,
          `grade ${r.grade}, ${DEADLINE_STEP_LABELS[r.step]?.en ?? r.step}: set twice`,
        ),
      );
    seen.add(key);
  });
  // The county's own cells must fit with the rest (the numbers alone are checked field by field). Grade IV work
  // runs on its own cap, counted from its due time.
  if (p.length === 0 && (d.rules ?? []).length > 0) {
    const matrix = deadlineMatrix({ ...d, onWorkingTime: d.onWorkingTime ?? false });
    for (const grade of LINKAGE_GRADES) {
      const cell = (step: DeadlineStep) => matrix.find((r) => r.grade === grade && r.step === step)!;
      const feedback = cell(DeadlineStep.WRITTEN_FEEDBACK);
      const cap = cell(DeadlineStep.HARD_CAP);
      // Minutes on the clock and minutes of working time cannot be compared: the two limits count alike.
      if (feedback.onWorkingTime !== cap.onWorkingTime)
        p.push(
          problem(
            'input.rules',
            `${grade} 级：书面反馈与最长时限须同按自然时间或同按工作时间计算`,
            `grade ${grade}: written feedback and the hard limit must both count the clock or both working time`,
          ),
        );
      else if (grade !== 'IV' && feedback.minutes > cap.minutes)
        p.push(
          problem(
            'input.rules',
            `${grade} 级：书面反馈时限不能长于最长时限`,
            `grade ${grade}: written feedback cannot be due after the hard limit`,
          ),
        );
      for (const step of [DeadlineStep.SIGN_FOR, DeadlineStep.FIRST_REPLY]) {
        const early = cell(step);
        if (early.onWorkingTime === feedback.onWorkingTime && early.minutes >= feedback.minutes)
          p.push(
            problem(
              'input.rules',
              `${grade} 级：「${DEADLINE_STEP_LABELS[step].zh}」须早于书面反馈时限`,
              `grade ${grade}: ${DEADLINE_STEP_LABELS[step].en} must come before written feedback`,
            ),
          );
      }
    }
  }
  const t = d.timers ?? {};
  const between = (field: keyof TimerSettings, min: number, max: number, zh: string, unit: string) => {
    const v = t[field];
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max))
      p.push(
        problem(
          `input.${field}`,
          `${zh}须为 ${min}–${max} 的整数${unit}`,
          `must be a whole number, ${min}–${max}`,
        ),
      );
  };
  between('remindAtPercent', 10, 95, '临期提醒比例', '（%）');
  between('remindBeforeMinutes', 5, 1440, '到期前提醒', '分钟');
  between('flashMinutes', 10, 1440, '未研判快报时限', '分钟');
  return p;
}

export function evolveCounty(s: CountyState, e: CountyEvent): CountyState {
  switch (e.type) {
    case OrganizationEventType.CountyEstablished:
      return { ...s, exists: true };
    case OrganizationEventType.LinkageRolesAssigned: {
      const { propagandaUnitId, cyberspaceUnitId, policeUnitId, stateSecurityUnitId } = e.data;
      return { ...s, linkage: { propagandaUnitId, cyberspaceUnitId, policeUnitId, stateSecurityUnitId } };
    }
    case OrganizationEventType.SecurityPolicySet:
      return { ...s, requireTotpRoles: e.data.requireTotpRoles };
    case OrganizationEventType.LinkageFieldRulesSet:
    case OrganizationEventType.DeadlinePolicySet:
    case OrganizationEventType.LinkageThresholdSet:
    case OrganizationEventType.HolidayCalendarLoaded:
    case OrganizationEventType.GradeScalesSet:
    case OrganizationEventType.SpreadCriteriaSet:
      return s;
  }
}

export const countyDecider: Decider<CountyCommand, CountyEvent, CountyState> = {
  decide: decideCounty,
  evolve: evolveCounty,
  initialState: initialCountyState,
};
