import { IncidentState, Operation, OPERATIONS, Reason, whyNot } from './incident.decider';
import { IncidentStatus } from './incident.enums';

const NOT_ASSESSED: Reason = { zh: '事件尚未研判', en: 'the incident is not assessed yet' };
const CLOSED: Reason = { zh: '事件已办结', en: 'the incident is closed' };

/** Open from the assessment until the incident is closed. */
const assessedAndOpen = (s: IncidentState): Reason | null =>
  s.status === IncidentStatus.REGISTERED ? NOT_ASSESSED : s.status === IncidentStatus.CLOSED ? CLOSED : null;

/**
 * Steps taken on an incident that other capabilities record in their own streams — a risk letter (一函), a referral to
 * the police, a statement (口径/通稿), a special report (舆情专报) — with the incident's states in which a client offers them. Offered beside the
 * incident's own operations in `Incident.allowedActions`, so that the console asks the API instead of keeping its own
 * copy of the rule; who may take them is still the access policy's answer.
 */
export const ALONGSIDE_OPERATIONS = {
  // A risk letter follows the assessment (it names the risk and its level) and ends with the incident.
  sendRiskLetter: {
    zh: '发风险提示函',
    why: assessedAndOpen,
  },
  // A referral is dispatched as a task: offered when the incident takes tasks.
  referToPolice: {
    zh: '移交公安',
    why: (s: IncidentState) => whyNot('dispatchTask', s),
  },
  draftStatement: {
    zh: '起草口径/通稿',
    why: (s: IncidentState) => (s.status === IncidentStatus.CLOSED ? CLOSED : null),
  },
  // A special report may be written on an incident at any stage, a closed one too (its review, for the leaders).
  draftSpecialReport: {
    zh: '编写专报',
    why: () => null,
  },
  // 函告网站 (000 §三4): while the incident is open, once there is something to judge false (after registration).
  sendTakedownRequest: {
    zh: '函告网站',
    why: assessedAndOpen,
  },
  // 处置方案 (004 §二(四)): drafted by the centre for the leader in charge while the incident is worked.
  draftHandlingPlan: {
    zh: '起草处置方案',
    why: assessedAndOpen,
  },
  // Evidence (原帖截图, 网页存档, 视频 …, issue 22): proof is kept at any stage, a closed incident's too (an
  // accountability finding may rest on it).
  attachEvidence: {
    zh: '添加证据',
    why: () => null,
  },
} as const;
export type AlongsideOperation = keyof typeof ALONGSIDE_OPERATIONS;

/** Why the incident's state does not offer a step of another capability now, or null when it does. */
export function whyNotAlongside(op: AlongsideOperation, s: IncidentState): Reason | null {
  if (!s.exists || !s.status) return { zh: '事件不存在', en: 'the incident does not exist' };
  return ALONGSIDE_OPERATIONS[op].why(s);
}

/** The steps of other capabilities the incident's state offers now. */
export function alongsideOperations(s: IncidentState): AlongsideOperation[] {
  if (!s.exists || !s.status) return [];
  return (Object.keys(ALONGSIDE_OPERATIONS) as AlongsideOperation[]).filter(
    (op) => whyNotAlongside(op, s) === null,
  );
}

/**
 * Every step — the incident's own and the others' — that is not open now, with why: a client shows each disabled
 * with its reason (issue 20 §5) instead of hiding it. The complement of `allowedOperations` and `alongsideOperations`.
 */
export function unavailableSteps(s: IncidentState): UnavailableStep[] {
  const steps: UnavailableStep[] = [];
  for (const operation of Object.keys(OPERATIONS) as Operation[]) {
    const reason = whyNot(operation, s);
    if (reason) steps.push({ operation, reason });
  }
  for (const operation of Object.keys(ALONGSIDE_OPERATIONS) as AlongsideOperation[]) {
    const reason = whyNotAlongside(operation, s);
    if (reason) steps.push({ operation, reason });
  }
  return steps;
}

export interface UnavailableStep {
  operation: Operation | AlongsideOperation;
  reason: Reason;
}
