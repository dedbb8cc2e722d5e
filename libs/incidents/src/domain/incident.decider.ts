import {
  checkReason,
  FieldProblem,
  DecisionContext as KernelDecisionContext,
  problem,
  textListProblems,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { EscalationTarget, Grade, IncidentNature, IncidentStatus, TaskRole } from './incident.enums';
import { IncidentAlreadyReported, IncidentNotFound, InvalidIncidentTransition } from './incident.errors';
import { AccountabilityFinding, IncidentEvent, IncidentEventType, WarningContent } from './incident.events';
import {
  AssessIncidentInput,
  ReportIncidentInput,
  validateAssessment,
  validateReport,
} from './incident.validation';

/**
 * Who decides and when: arrives with the command, so the decider never reads a clock. The kernel's one shape, with
 * the actor's county required (linkage and escalation rules read it).
 */
export type DecisionContext = KernelDecisionContext & { actorCountyId: string | null };

/** Facts about the county a linkage decision needs (its "1+3" and threshold). */
export interface LinkageFacts {
  propagandaUnitId: string | null;
  coreUnitIds: string[];
  /** Linkage is activated from this grade up, or below it by decision (county policy; default II). */
  thresholdGrade: Grade;
}

export type IncidentCommand = { incidentId: string; context: DecisionContext } & (
  | { type: 'ReportIncident'; input: ReportIncidentInput; townshipUnitId?: string | null }
  | { type: 'AssessIncident'; input: AssessIncidentInput }
  | { type: 'ListIncident'; requirements: string }
  | { type: 'IssueWarning'; warning: WarningInput }
  | { type: 'AdjustWarning'; warning: WarningInput; reason: string }
  | { type: 'LiftWarning'; reason: string }
  | {
      type: 'EscalateIncident';
      to: EscalationTarget[];
      summary: string;
      cityOfficeUnitId: string | null;
      byCountyCentre: boolean;
    }
  | {
      type: 'ActivateLinkage';
      memberUnitIds: string[];
      byDecision: boolean;
      reason: string;
      facts: LinkageFacts;
    }
  | { type: 'AddLinkageMembers'; unitIds: string[] }
  | { type: 'ReleaseLinkageMember'; unitId: string; reason: string }
  | {
      type: 'RecordJointConference';
      conferenceId: string;
      heldAt: Date;
      participants: string[];
      participantUnitIds: string[];
      decisions: string[];
      /** Tasks dispatched from the conference, attached to the incident in the same step. */
      followUps: { taskId: string; unitId: string; role: TaskRole }[];
    }
  | { type: 'AttachTask'; taskId: string; unitId: string; role: TaskRole; parentTaskId: string | null }
  | { type: 'SettleTask'; taskId: string; outcome: 'ACCEPTED' | 'CANCELLED' }
  | { type: 'MarkIncidentCalmed'; note: string }
  | { type: 'CloseIncident'; summary: string }
  | { type: 'ReopenIncident'; reason: string }
  | {
      type: 'FileIncidentReview';
      cause: string;
      spread: string;
      result: string;
      experience: string;
      problems: string;
    }
  | { type: 'RecordAccountability'; findings: AccountabilityFinding[] }
);

export interface WarningInput {
  level: Grade;
  object: string;
  startAt: Date;
  scope: string;
  scopeUnitIds?: string[];
  matters: string;
  measures: string;
}

export interface IncidentState {
  exists: boolean;
  incidentId: string | null;
  status: IncidentStatus | null;
  grade: Grade | null;
  nature: IncidentNature | null;
  assessments: number;
  listed: boolean;
  warning: { level: Grade; active: boolean } | null;
  escalatedTo: EscalationTarget[];
  linkage: { active: boolean; leadUnitId: string; coreUnitIds: string[]; memberUnitIds: string[] } | null;
  /** Tasks dispatched for the incident, and whether each was struck off or cancelled. */
  tasks: Record<string, { unitId: string; settled: boolean }>;
  reviewFiled: boolean;
}

export const initialIncidentState = (): IncidentState => ({
  exists: false,
  incidentId: null,
  status: null,
  grade: null,
  nature: null,
  assessments: 0,
  listed: false,
  warning: null,
  escalatedTo: [],
  linkage: null,
  tasks: {},
  reviewFiled: false,
});

/** The operations of an incident's lifecycle, with the words people use for them. */
export const OPERATIONS = {
  assessIncident: { zh: '研判', en: 'assessed' },
  listIncident: { zh: '列单', en: 'listed' },
  issueWarning: { zh: '发布预警', en: 'warned' },
  adjustWarning: { zh: '调整预警', en: 'have its warning adjusted' },
  liftWarning: { zh: '解除预警', en: 'have its warning lifted' },
  escalateIncident: { zh: '上报', en: 'escalated' },
  activateLinkage: { zh: '启动联动', en: 'put under linkage' },
  addLinkageMembers: { zh: '增加联动单位', en: 'given more linkage members' },
  releaseLinkageMember: { zh: '解除联动单位', en: 'have a linkage member released' },
  recordJointConference: { zh: '记录联席会议', en: 'have a joint conference recorded' },
  dispatchTask: { zh: '派单', en: 'dispatched' },
  markIncidentCalmed: { zh: '标记平息', en: 'marked calmed' },
  closeIncident: { zh: '办结', en: 'closed' },
  reopenIncident: { zh: '重新打开', en: 'reopened' },
  fileIncidentReview: { zh: '提交总结评估', en: 'reviewed' },
  recordAccountability: { zh: '记录追责', en: 'given accountability findings' },
} as const;
export type Operation = keyof typeof OPERATIONS;

/** What each state allows (DOMAIN §2 lifecycle, §3 loop order); finer guards come in `refusal`. */
const BY_STATUS: Record<IncidentStatus, Operation[]> = {
  REGISTERED: ['assessIncident'],
  ASSESSED: ['assessIncident', 'issueWarning', 'listIncident', 'escalateIncident', 'activateLinkage'],
  WARNED: [
    'assessIncident',
    'adjustWarning',
    'liftWarning',
    'listIncident',
    'escalateIncident',
    'activateLinkage',
  ],
  HANDLING: [
    'assessIncident',
    'issueWarning',
    'adjustWarning',
    'liftWarning',
    'escalateIncident',
    'activateLinkage',
    'addLinkageMembers',
    'releaseLinkageMember',
    'recordJointConference',
    'dispatchTask',
    'markIncidentCalmed',
    'recordAccountability',
  ],
  // DOMAIN §2: HANDLING → CALMED → CLOSED; an incident is closed once it has calmed down, not while handled.
  CALMED: [
    'assessIncident',
    'adjustWarning',
    'liftWarning',
    'escalateIncident',
    'closeIncident',
    'reopenIncident',
    'recordAccountability',
  ],
  CLOSED: ['reopenIncident', 'fileIncidentReview', 'recordAccountability'],
};

const openTasks = (s: IncidentState) => Object.entries(s.tasks).filter(([, t]) => !t.settled);

/** Why an operation the state allows is still refused now, or null. */
function guard(op: Operation, s: IncidentState): { zh: string; en: string } | null {
  const warningActive = s.warning?.active ?? false;
  switch (op) {
    case 'issueWarning':
      return warningActive
        ? { zh: '已有生效的预警，请调整或解除', en: 'a warning is in force: adjust or lift it' }
        : null;
    case 'adjustWarning':
    case 'liftWarning':
      return warningActive ? null : { zh: '没有生效的预警', en: 'no warning is in force' };
    case 'activateLinkage':
      return s.linkage?.active ? { zh: '联动已启动', en: 'linkage is active already' } : null;
    case 'addLinkageMembers':
    case 'releaseLinkageMember':
    case 'recordJointConference':
      return s.linkage?.active ? null : { zh: '尚未启动联动', en: 'linkage is not active' };
    case 'dispatchTask':
      return s.listed ? null : { zh: '事件尚未列单', en: 'the incident is not listed' };
    case 'closeIncident': {
      if (warningActive) return { zh: '预警尚未解除', en: 'the warning is still in force' };
      const open = openTasks(s).length;
      return open
        ? { zh: `还有 ${open} 张工单未销号或撤销`, en: `${open} task(s) not yet struck off or cancelled` }
        : null;
    }
    case 'fileIncidentReview':
      return s.reviewFiled ? { zh: '已提交总结评估', en: 'the review was filed already' } : null;
    case 'assessIncident':
    case 'listIncident':
    case 'escalateIncident':
    case 'markIncidentCalmed':
    case 'reopenIncident':
    case 'recordAccountability':
      return null;
  }
}

/** The operations the incident allows now: for error messages and for clients to offer only what will work. */
export function allowedOperations(s: IncidentState): Operation[] {
  if (!s.exists || !s.status) return [];
  return BY_STATUS[s.status].filter((op) => guard(op, s) === null);
}

function permit(op: Operation, s: IncidentState, incidentId: string): void {
  if (!s.exists || !s.status) throw new IncidentNotFound(incidentId);
  const allowed = allowedOperations(s);
  if (allowed.includes(op)) return;
  const why = BY_STATUS[s.status].includes(op) ? guard(op, s) : null;
  throw new InvalidIncidentTransition(
    { operation: op, label: OPERATIONS[op] },
    s.status,
    allowed.map((a) => ({ operation: a, label: OPERATIONS[a] })),
    why,
  );
}

function check(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

const GRADE_ORDER: Grade[] = [Grade.IV, Grade.III, Grade.II, Grade.I];
export const gradeAtLeast = (g: Grade | null, threshold: Grade) =>
  g !== null && GRADE_ORDER.indexOf(g) >= GRADE_ORDER.indexOf(threshold);

function warningProblems(w: WarningInput): FieldProblem[] {
  return [
    ...(Object.values(Grade).includes(w.level)
      ? []
      : [problem('input.level', '预警级别无效', 'invalid level')]),
    ...textProblems('input.object', w.object, 1, 200),
    ...textProblems('input.scope', w.scope, 1, 500),
    ...textProblems('input.matters', w.matters, 1, 2000),
    ...textProblems('input.measures', w.measures, 1, 2000),
    ...(Number.isNaN(w.startAt.getTime()) ? [problem('input.startAt', '时间无效', 'invalid time')] : []),
  ];
}

const warningContent = (w: WarningInput): WarningContent => ({
  level: w.level,
  object: w.object.trim(),
  startAt: w.startAt.toISOString(),
  scope: w.scope.trim(),
  scopeUnitIds: [...new Set(w.scopeUnitIds ?? [])],
  matters: w.matters.trim(),
  measures: w.measures.trim(),
});

/** Decides which events a command produces, or refuses it. Pure: state and command in, events out. */
export function decideIncident(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  const { incidentId, context } = command;
  const stamp = {
    incidentId,
    by: context.actorUserId,
    byUnit: context.actorUnitId,
    at: context.now.toISOString(),
  };
  switch (command.type) {
    case 'ReportIncident': {
      if (state.exists) throw new IncidentAlreadyReported(incidentId);
      check(validateReport(command.input, context.now));
      const i = command.input;
      return [
        {
          type: IncidentEventType.Reported,
          data: {
            incidentId,
            channel: i.channel,
            platform: i.platform,
            urls: i.urls,
            title: i.title.trim(),
            excerpt: i.excerpt.trim(),
            discoveredAt: i.discoveredAt.toISOString(),
            spread: i.spread,
            confidential: i.confidential,
            reportingUnitId: context.actorUnitId,
            countyId: context.actorCountyId,
            reportedBy: context.actorUserId,
            reportedAt: context.now.toISOString(),
            ...(command.townshipUnitId ? { townshipUnitId: command.townshipUnitId } : {}),
          },
        },
      ];
    }
    case 'AssessIncident': {
      permit('assessIncident', state, incidentId);
      check(validateAssessment(command.input));
      const i = command.input;
      return [
        {
          type: IncidentEventType.Assessed,
          data: {
            incidentId,
            nature: i.nature,
            veracity: i.veracity,
            field: i.field,
            grade: i.grade,
            indicators: i.indicators.map((s) => s.trim()),
            reasoning: i.reasoning.trim(),
            previousGrade: state.grade,
            revision: state.assessments + 1,
            assessedBy: context.actorUserId,
            assessedAt: context.now.toISOString(),
          },
        },
      ];
    }
    case 'ListIncident':
      permit('listIncident', state, incidentId);
      check(textProblems('input.requirements', command.requirements, 1, 2000));
      return [
        { type: IncidentEventType.Listed, data: { ...stamp, requirements: command.requirements.trim() } },
      ];
    case 'IssueWarning':
      permit('issueWarning', state, incidentId);
      check(warningProblems(command.warning));
      return [
        {
          type: IncidentEventType.WarningIssued,
          data: { ...stamp, ...warningContent(command.warning), issuingUnitId: context.actorUnitId },
        },
      ];
    case 'AdjustWarning':
      permit('adjustWarning', state, incidentId);
      check([...warningProblems(command.warning), ...textProblems('input.reason', command.reason, 1, 500)]);
      return [
        {
          type: IncidentEventType.WarningAdjusted,
          data: {
            ...stamp,
            ...warningContent(command.warning),
            previousLevel: state.warning!.level,
            reason: command.reason.trim(),
          },
        },
      ];
    case 'LiftWarning':
      permit('liftWarning', state, incidentId);
      check(textProblems('input.reason', command.reason, 1, 500));
      return [{ type: IncidentEventType.WarningLifted, data: { ...stamp, reason: command.reason.trim() } }];
    case 'EscalateIncident': {
      permit('escalateIncident', state, incidentId);
      const to = [...new Set(command.to)];
      const p: FieldProblem[] = textProblems('input.summary', command.summary, 1, 2000);
      if (to.length === 0) p.push(problem('input.to', '请选择上报对象', 'choose whom to report to'));
      // 逐级报告: the city hears after the county leaders, unless both are told at once (双重报告).
      if (to.includes(EscalationTarget.CITY_OFFICE)) {
        if (!command.byCountyCentre)
          p.push(
            problem('input.to', '只有县中心可报市委网信办', 'only the county centre reports to the city'),
          );
        if (!command.cityOfficeUnitId)
          p.push(problem('input.to', '本县未设上级市委网信办', 'no city office is set for this county'));
        if (
          !to.includes(EscalationTarget.COUNTY_LEADERS) &&
          !state.escalatedTo.includes(EscalationTarget.COUNTY_LEADERS)
        ) {
          p.push(
            problem(
              'input.to',
              '须逐级上报：先报县领导，或同时报县领导和市委网信办（双重报告）',
              'level by level: report to the county leaders first, or to both at once',
            ),
          );
        }
      }
      // A township may go straight to the county leaders only with a major incident (004 §二(三)1).
      if (!command.byCountyCentre && !gradeAtLeast(state.grade, Grade.II)) {
        p.push(
          problem(
            'input.to',
            '重大（II 级及以上）舆情方可直报县领导',
            'only grade II and above may go straight to the county leaders',
          ),
        );
      }
      check(p);
      return [
        {
          type: IncidentEventType.Escalated,
          data: {
            ...stamp,
            to,
            summary: command.summary.trim(),
            cityOfficeUnitId: to.includes(EscalationTarget.CITY_OFFICE) ? command.cityOfficeUnitId : null,
          },
        },
      ];
    }
    case 'ActivateLinkage': {
      permit('activateLinkage', state, incidentId);
      const { facts } = command;
      const p: FieldProblem[] = [];
      if (!facts.propagandaUnitId || facts.coreUnitIds.length !== 3) {
        p.push(problem('input', '本县尚未指定「1+3」联动单位', 'the county has not named its "1+3"'));
      }
      if (!gradeAtLeast(state.grade, facts.thresholdGrade) && !command.byDecision) {
        p.push(
          problem(
            'input.byDecision',
            `低于 ${facts.thresholdGrade} 级的事件启动联动须经决定并说明理由`,
            `below grade ${facts.thresholdGrade} linkage needs a decision with a reason`,
          ),
        );
      }
      check(p);
      if (command.byDecision)
        checkReason('input.reason', command.reason, 1000, {
          zh: '经决定启动联动',
          en: 'activate the linkage by decision',
        });
      const core = new Set([facts.propagandaUnitId!, ...facts.coreUnitIds]);
      return [
        {
          type: IncidentEventType.LinkageActivated,
          data: {
            ...stamp,
            leadUnitId: facts.propagandaUnitId!,
            coreUnitIds: facts.coreUnitIds,
            memberUnitIds: [...new Set(command.memberUnitIds)].filter((u) => !core.has(u)),
            byDecision: command.byDecision,
            reason: command.reason.trim(),
          },
        },
      ];
    }
    case 'AddLinkageMembers': {
      permit('addLinkageMembers', state, incidentId);
      const l = state.linkage!;
      const present = new Set([l.leadUnitId, ...l.coreUnitIds, ...l.memberUnitIds]);
      const unitIds = [...new Set(command.unitIds)].filter((u) => !present.has(u));
      check(
        unitIds.length
          ? []
          : [problem('input.unitIds', '这些单位已在联动中', 'these units are already members')],
      );
      return [{ type: IncidentEventType.LinkageMembersAdded, data: { ...stamp, unitIds } }];
    }
    case 'ReleaseLinkageMember': {
      permit('releaseLinkageMember', state, incidentId);
      const l = state.linkage!;
      const p = textProblems('input.reason', command.reason, 1, 500);
      if (!l.memberUnitIds.includes(command.unitId)) {
        p.push(
          l.leadUnitId === command.unitId || l.coreUnitIds.includes(command.unitId)
            ? problem(
                'input.unitId',
                '牵头单位和网信、公安、国安始终参与，不能解除',
                'the lead and the three always take part',
              )
            : problem('input.unitId', '该单位不是联动成员', 'not a linkage member'),
        );
      }
      check(p);
      return [
        {
          type: IncidentEventType.LinkageMemberReleased,
          data: { ...stamp, unitId: command.unitId, reason: command.reason.trim() },
        },
      ];
    }
    case 'RecordJointConference':
      permit('recordJointConference', state, incidentId);
      check([
        ...textListProblems('input.participants', command.participants, 50, 100, 1),
        ...textListProblems('input.decisions', command.decisions, 50, 1000, 1),
      ]);
      if (command.followUps.length && !state.listed) {
        throw new InvalidIncidentTransition(
          { operation: 'dispatchTask', label: OPERATIONS.dispatchTask },
          state.status!,
          allowedOperations(state).map((a) => ({ operation: a, label: OPERATIONS[a] })),
          guard('dispatchTask', state),
        );
      }
      return [
        {
          type: IncidentEventType.JointConferenceRecorded,
          data: {
            ...stamp,
            conferenceId: command.conferenceId,
            heldAt: command.heldAt.toISOString(),
            participants: command.participants.map((s) => s.trim()),
            participantUnitIds: [...new Set(command.participantUnitIds)],
            decisions: command.decisions.map((s) => s.trim()),
            followUpTaskIds: command.followUps.map((f) => f.taskId),
          },
        },
        ...command.followUps.map((f): IncidentEvent => ({
          type: IncidentEventType.TaskAttached,
          data: { ...stamp, taskId: f.taskId, unitId: f.unitId, role: f.role, parentTaskId: null },
        })),
      ];
    case 'AttachTask':
      permit('dispatchTask', state, incidentId);
      return [
        {
          type: IncidentEventType.TaskAttached,
          data: {
            ...stamp,
            taskId: command.taskId,
            unitId: command.unitId,
            role: command.role,
            parentTaskId: command.parentTaskId,
          },
        },
      ];
    case 'SettleTask': {
      if (!state.exists) throw new IncidentNotFound(incidentId);
      const task = state.tasks[command.taskId];
      if (!task || task.settled) return [];
      return [
        {
          type: IncidentEventType.TaskSettled,
          data: { ...stamp, taskId: command.taskId, outcome: command.outcome },
        },
      ];
    }
    case 'MarkIncidentCalmed':
      permit('markIncidentCalmed', state, incidentId);
      check(textProblems('input.note', command.note, 0, 1000));
      return [{ type: IncidentEventType.Calmed, data: { ...stamp, note: command.note.trim() } }];
    case 'CloseIncident':
      permit('closeIncident', state, incidentId);
      check(textProblems('input.summary', command.summary, 1, 2000));
      return [{ type: IncidentEventType.Closed, data: { ...stamp, summary: command.summary.trim() } }];
    case 'ReopenIncident':
      permit('reopenIncident', state, incidentId);
      check(textProblems('input.reason', command.reason, 1, 1000));
      return [{ type: IncidentEventType.Reopened, data: { ...stamp, reason: command.reason.trim() } }];
    case 'FileIncidentReview':
      permit('fileIncidentReview', state, incidentId);
      check([
        ...textProblems('input.cause', command.cause, 1, 5000),
        ...textProblems('input.spread', command.spread, 1, 5000),
        ...textProblems('input.result', command.result, 1, 5000),
        ...textProblems('input.experience', command.experience, 1, 5000),
        ...textProblems('input.problems', command.problems, 1, 5000),
      ]);
      return [
        {
          type: IncidentEventType.ReviewFiled,
          data: {
            ...stamp,
            cause: command.cause.trim(),
            spread: command.spread.trim(),
            result: command.result.trim(),
            experience: command.experience.trim(),
            problems: command.problems.trim(),
          },
        },
      ];
    case 'RecordAccountability': {
      permit('recordAccountability', state, incidentId);
      const p: FieldProblem[] = command.findings.length
        ? []
        : [problem('input.findings', '至少一条追责结论', 'at least one finding')];
      command.findings.forEach((f, i) => {
        p.push(
          ...textProblems(`input.findings[${i}].finding`, f.finding, 1, 2000),
          ...textProblems(`input.findings[${i}].measure`, f.measure, 1, 2000),
        );
      });
      check(p);
      return [
        {
          type: IncidentEventType.AccountabilityRecorded,
          data: {
            ...stamp,
            findings: command.findings.map((f) => ({
              unitId: f.unitId,
              person: f.person?.trim() || null,
              finding: f.finding.trim(),
              measure: f.measure.trim(),
            })),
          },
        },
      ];
    }
  }
}

/** Folds one event into the state. Pure. */
export function evolveIncident(s: IncidentState, e: IncidentEvent): IncidentState {
  switch (e.type) {
    case IncidentEventType.Reported:
      return { ...s, exists: true, incidentId: e.data.incidentId, status: IncidentStatus.REGISTERED };
    case IncidentEventType.Assessed:
      return {
        ...s,
        grade: e.data.grade,
        nature: e.data.nature,
        assessments: s.assessments + 1,
        // A revision keeps later states; only a fresh incident moves to ASSESSED.
        status: s.status === IncidentStatus.REGISTERED ? IncidentStatus.ASSESSED : s.status,
      };
    case IncidentEventType.Listed:
      return { ...s, listed: true, status: IncidentStatus.HANDLING };
    case IncidentEventType.WarningIssued:
      return {
        ...s,
        warning: { level: e.data.level, active: true },
        status: s.status === IncidentStatus.ASSESSED ? IncidentStatus.WARNED : s.status,
      };
    case IncidentEventType.WarningAdjusted:
      return { ...s, warning: { level: e.data.level, active: true } };
    case IncidentEventType.WarningLifted:
      return { ...s, warning: s.warning ? { ...s.warning, active: false } : null };
    case IncidentEventType.Escalated:
      return { ...s, escalatedTo: [...new Set([...s.escalatedTo, ...e.data.to])] };
    case IncidentEventType.LinkageActivated:
      return {
        ...s,
        linkage: {
          active: true,
          leadUnitId: e.data.leadUnitId,
          coreUnitIds: e.data.coreUnitIds,
          memberUnitIds: e.data.memberUnitIds,
        },
      };
    case IncidentEventType.LinkageMembersAdded:
      return s.linkage
        ? { ...s, linkage: { ...s.linkage, memberUnitIds: [...s.linkage.memberUnitIds, ...e.data.unitIds] } }
        : s;
    case IncidentEventType.LinkageMemberReleased:
      return s.linkage
        ? {
            ...s,
            linkage: {
              ...s.linkage,
              memberUnitIds: s.linkage.memberUnitIds.filter((u) => u !== e.data.unitId),
            },
          }
        : s;
    case IncidentEventType.JointConferenceRecorded:
      return s;
    case IncidentEventType.TaskAttached:
      return { ...s, tasks: { ...s.tasks, [e.data.taskId]: { unitId: e.data.unitId, settled: false } } };
    case IncidentEventType.TaskSettled: {
      const t = s.tasks[e.data.taskId];
      return t ? { ...s, tasks: { ...s.tasks, [e.data.taskId]: { ...t, settled: true } } } : s;
    }
    case IncidentEventType.Calmed:
      return { ...s, status: IncidentStatus.CALMED };
    case IncidentEventType.Closed:
      return { ...s, status: IncidentStatus.CLOSED };
    case IncidentEventType.Reopened:
      return { ...s, status: IncidentStatus.HANDLING, reviewFiled: false };
    case IncidentEventType.ReviewFiled:
      return { ...s, reviewFiled: true };
    case IncidentEventType.AccountabilityRecorded:
      return s;
  }
}
