import { Grade, IncidentStatus, STATUS_LABELS } from './incident.enums';
import { IncidentNotFound, InvalidIncidentTransition } from './incident.errors';
import { IncidentState } from './incident.state';

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
  nameIncidentResponsibility: { zh: '指定包保领导和专人', en: 'given a guarantor leader and a tracker' },
  handleLocally: { zh: '乡镇自行处置', en: 'taken up by its township' },
  takeOverIncident: { zh: '县中心接管', en: 'taken over by the county centre' },
  supplementIncident: { zh: '补充情况', en: 'supplemented' },
  recordSpreadReading: { zh: '记录传播数据', en: 'given a spread reading' },
} as const;
export type Operation = keyof typeof OPERATIONS;

/** What each state allows (DOMAIN §2 lifecycle, §3 loop order); finer guards come in `refusal`. */
const BY_STATUS: Record<IncidentStatus, Operation[]> = {
  // Who answers for it can be named from the start and changed until it is closed.
  REGISTERED: [
    'assessIncident',
    'nameIncidentResponsibility',
    'handleLocally',
    'takeOverIncident',
    'supplementIncident',
    'recordSpreadReading',
  ],
  ASSESSED: [
    'assessIncident',
    'issueWarning',
    'listIncident',
    'escalateIncident',
    'activateLinkage',
    'nameIncidentResponsibility',
    'takeOverIncident',
    'supplementIncident',
    'recordSpreadReading',
  ],
  WARNED: [
    'assessIncident',
    'nameIncidentResponsibility',
    'takeOverIncident',
    'supplementIncident',
    'recordSpreadReading',
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
    'nameIncidentResponsibility',
    'takeOverIncident',
    'supplementIncident',
    'recordSpreadReading',
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
    'nameIncidentResponsibility',
    'takeOverIncident',
    'supplementIncident',
    'recordSpreadReading',
  ],
  // Figures read after 办结 are kept too: a flare-up shows on the curve before anyone reopens it.
  CLOSED: ['reopenIncident', 'fileIncidentReview', 'recordAccountability', 'recordSpreadReading'],
};

const openTasks = (s: IncidentState) => Object.entries(s.tasks).filter(([, t]) => !t.settled);

/** Why a step is not open now, in the words of the person who would take it. */
export interface Reason {
  zh: string;
  en: string;
}

/** Why an operation the state allows is still refused now, or null. */
function guard(op: Operation, s: IncidentState): Reason | null {
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
    case 'handleLocally':
      if (s.localUnitId) return { zh: '乡镇已在自行处置', en: 'its township handles it already' };
      return s.takenOver ? { zh: '县中心已接管', en: 'the county centre took it over' } : null;
    case 'takeOverIncident':
      return s.localUnitId ? null : { zh: '事件未由乡镇自行处置', en: 'no township handles it' };
    case 'assessIncident':
    case 'listIncident':
    case 'escalateIncident':
    case 'markIncidentCalmed':
    case 'reopenIncident':
    case 'recordAccountability':
    case 'nameIncidentResponsibility':
    case 'supplementIncident':
    case 'recordSpreadReading':
      return null;
  }
}

/** The lifecycle's order (DOMAIN §2), WARNED standing between the assessment and the listing. */
const STAGE: IncidentStatus[] = [
  IncidentStatus.REGISTERED,
  IncidentStatus.ASSESSED,
  IncidentStatus.WARNED,
  IncidentStatus.HANDLING,
  IncidentStatus.CALMED,
  IncidentStatus.CLOSED,
];

/** What has to happen first for an operation that opens at a later stage than the incident has reached. */
function stepFirst(first: IncidentStatus, now: IncidentStatus): Reason {
  if (first === IncidentStatus.ASSESSED)
    return { zh: '事件尚未研判', en: 'the incident is not assessed yet' };
  if (first === IncidentStatus.HANDLING)
    return now === IncidentStatus.REGISTERED
      ? { zh: '事件尚未研判、列单', en: 'the incident is not assessed and listed yet' }
      : { zh: '事件尚未列单', en: 'the incident is not listed yet' };
  if (first === IncidentStatus.CALMED)
    return { zh: '事件尚未平息，请先标记平息', en: 'the incident has not calmed down: mark it calmed first' };
  return { zh: '事件尚未办结', en: 'the incident is not closed yet' };
}

/**
 * Why the incident does not take an operation now, or null when it does: the guard's reason where the state takes
 * the step, else the step that must come first, else the stage it has passed (a closed incident: reopen it first).
 * The console shows it beside a disabled button (issue 20 §5), so a person sees what to do rather than a gap.
 */
export function whyNot(op: Operation, s: IncidentState): Reason | null {
  if (!s.exists || !s.status) return { zh: '事件不存在', en: 'the incident does not exist' };
  const status = s.status;
  if (BY_STATUS[status].includes(op)) return guard(op, s);
  if (status === IncidentStatus.CLOSED)
    return { zh: '事件已办结，需先重新打开', en: 'the incident is closed: reopen it first' };
  const first = STAGE.find((st) => BY_STATUS[st].includes(op));
  if (first && STAGE.indexOf(first) > STAGE.indexOf(status)) return stepFirst(first, status);
  if (op === 'listIncident' && s.listed) return { zh: '事件已列单', en: 'the incident is listed already' };
  if (op === 'markIncidentCalmed' && status === IncidentStatus.CALMED)
    return { zh: '事件已标记平息', en: 'the incident is marked calmed already' };
  return (
    guard(op, s) ?? {
      zh: `事件${STATUS_LABELS[status].zh}，不再${OPERATIONS[op].zh}`,
      en: `the incident is ${STATUS_LABELS[status].en.toLowerCase()}: it is no longer ${OPERATIONS[op].en}`,
    }
  );
}

/** The operations the incident allows now: for error messages and for clients to offer only what will work. */
export function allowedOperations(s: IncidentState): Operation[] {
  if (!s.exists || !s.status) return [];
  return BY_STATUS[s.status].filter((op) => guard(op, s) === null);
}

/** Refuses an operation the incident does not allow now: NOT_FOUND before it exists, else INVALID_TRANSITION. */
export function permit(op: Operation, s: IncidentState, incidentId: string): void {
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

/** Grades from the least to the most serious (IV 一般 … I 特别重大). */
const GRADE_ORDER: Grade[] = [Grade.IV, Grade.III, Grade.II, Grade.I];
export const gradeAtLeast = (g: Grade | null, threshold: Grade) =>
  g !== null && GRADE_ORDER.indexOf(g) >= GRADE_ORDER.indexOf(threshold);
