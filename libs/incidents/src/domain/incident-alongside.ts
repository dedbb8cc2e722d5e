import { allowedOperations, IncidentState } from './incident.decider';
import { IncidentStatus } from './incident.enums';

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
    offered: (s: IncidentState) =>
      s.status !== IncidentStatus.REGISTERED && s.status !== IncidentStatus.CLOSED,
  },
  // A referral is dispatched as a task: offered when the incident takes tasks.
  referToPolice: {
    zh: '移交公安',
    offered: (s: IncidentState) => allowedOperations(s).includes('dispatchTask'),
  },
  draftStatement: {
    zh: '起草口径/通稿',
    offered: (s: IncidentState) => s.status !== IncidentStatus.CLOSED,
  },
  // A special report may be written on an incident at any stage, a closed one too (its review, for the leaders).
  draftSpecialReport: {
    zh: '编写专报',
    offered: () => true,
  },
  // 函告网站 (000 §三4): while the incident is open, once there is something to judge false (after registration).
  sendTakedownRequest: {
    zh: '函告网站',
    offered: (s: IncidentState) =>
      s.status !== IncidentStatus.REGISTERED && s.status !== IncidentStatus.CLOSED,
  },
  // 处置方案 (004 §二(四)): drafted by the centre for the leader in charge while the incident is worked.
  draftHandlingPlan: {
    zh: '起草处置方案',
    offered: (s: IncidentState) =>
      s.status !== IncidentStatus.REGISTERED && s.status !== IncidentStatus.CLOSED,
  },
  // Evidence (原帖截图, 网页存档, 视频 …, issue 22): proof is kept at any stage, a closed incident's too (an
  // accountability finding may rest on it).
  attachEvidence: {
    zh: '添加证据',
    offered: () => true,
  },
} as const;
export type AlongsideOperation = keyof typeof ALONGSIDE_OPERATIONS;

/** The steps of other capabilities the incident's state offers now. */
export function alongsideOperations(s: IncidentState): AlongsideOperation[] {
  if (!s.exists || !s.status) return [];
  return (Object.keys(ALONGSIDE_OPERATIONS) as AlongsideOperation[]).filter((op) =>
    ALONGSIDE_OPERATIONS[op].offered(s),
  );
}
