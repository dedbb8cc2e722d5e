import type { IncidentAction } from '../gql/graphql';

/** What the steps bar reads of an incident (the page's `IncidentStepsFields`). */
export interface StepsFacts {
  reportedAt: string;
  assessment: { assessedAt: string } | null;
  warnings: readonly { at: string }[];
  letters: readonly { sentAt: string }[];
  listedAt?: string | null;
  tasks: readonly { status: string }[];
  calmedAt?: string | null;
  closedAt?: string | null;
  review: { at: string } | null;
  allowedActions: readonly IncidentAction[];
  unavailableActions: readonly { action: IncidentAction; reason: string }[];
}

export type StepState = 'done' | 'next' | 'skipped' | 'waiting';

export interface IncidentStep {
  key: string;
  title: string;
  state: StepState;
  /** When it was done, or what it waits for. */
  note: string | null;
  at: string | null;
  /** The step's action on the incident's header, if it has one: the hint says whether it is open, and if not, why. */
  action: IncidentAction | null;
}

const SETTLED = new Set(['ACCEPTED', 'CANCELLED', 'RETURNED']);

/**
 * 登记 → 研判 → 预警 → 一函 → 列单/派单 → 审核 → 平息 → 办结 → 复盘 (000 §三, 002, 004; issue 20 §5). A step is done when
 * the record shows it; the first step not done is next, except that 预警 and 一函 — not every incident needs them —
 * are skipped once a later step is done. The next step names its action so the page can say what holds it back.
 */
export function incidentSteps(f: StepsFacts): IncidentStep[] {
  const tasks = f.tasks.filter((t) => t.status !== 'CANCELLED');
  const waitingReview = tasks.filter((t) => t.status === 'HANDED_IN').length;
  const closedAt = f.closedAt ?? null;
  const raw: {
    key: string;
    title: string;
    done: boolean;
    at: string | null;
    optional?: boolean;
    action: IncidentAction | null;
    note?: string;
  }[] = [
    { key: 'register', title: '登记', done: true, at: f.reportedAt, action: null },
    {
      key: 'assess',
      title: '研判',
      done: !!f.assessment,
      at: f.assessment?.assessedAt ?? null,
      action: 'assessIncident',
    },
    {
      key: 'warn',
      title: '预警',
      done: f.warnings.length > 0,
      at: f.warnings[0]?.at ?? null,
      optional: true,
      action: 'issueWarning',
    },
    {
      key: 'letter',
      title: '一函',
      done: f.letters.length > 0,
      at: f.letters[0]?.sentAt ?? null,
      optional: true,
      action: 'sendRiskLetter',
    },
    {
      key: 'dispatch',
      title: '列单/派单',
      done: !!f.listedAt && f.tasks.length > 0,
      at: f.listedAt ?? null,
      action: f.listedAt ? 'dispatchTask' : 'listIncident',
      note: f.listedAt && f.tasks.length === 0 ? '已列单，尚未派单' : undefined,
    },
    {
      key: 'review',
      title: '审核',
      // Every task struck off, returned or cancelled (or none left to review once closed).
      done: (f.tasks.length > 0 && tasks.every((t) => SETTLED.has(t.status))) || !!closedAt,
      at: null,
      action: null,
      note: waitingReview
        ? `${waitingReview} 张工单待审核`
        : tasks.length
          ? `${tasks.filter((t) => !SETTLED.has(t.status)).length} 张工单在办`
          : undefined,
    },
    {
      key: 'calm',
      title: '平息',
      done: !!f.calmedAt || !!closedAt,
      at: f.calmedAt ?? null,
      action: 'markIncidentCalmed',
    },
    { key: 'close', title: '办结', done: !!closedAt, at: closedAt, action: 'closeIncident' },
    { key: 'retro', title: '复盘', done: !!f.review, at: f.review?.at ?? null, action: 'fileIncidentReview' },
  ];
  const lastDone = raw.reduce((last, s, i) => (s.done ? i : last), 0);
  let nextFound = false;
  return raw.map((s, i) => {
    let state: StepState;
    if (s.done) state = 'done';
    else if (s.optional && i < lastDone) state = 'skipped';
    else if (!nextFound && !(s.optional && raw.slice(i + 1).some((later) => later.done))) {
      state = 'next';
      nextFound = true;
    } else state = 'waiting';
    return {
      key: s.key,
      title: s.title,
      state,
      at: s.at,
      action: s.action,
      note: state === 'skipped' ? '未进行' : (s.note ?? null),
    };
  });
}

/** Whether the next step's action is open to the caller now, and if not, why (from the API). */
export function stepHint(
  step: IncidentStep,
  f: Pick<StepsFacts, 'allowedActions' | 'unavailableActions'>,
): { open: boolean; reason: string | null } | null {
  if (!step.action) return null;
  if (f.allowedActions.includes(step.action)) return { open: true, reason: null };
  const blocked = f.unavailableActions.find((u) => u.action === step.action);
  return blocked ? { open: false, reason: blocked.reason } : null;
}
