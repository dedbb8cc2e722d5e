import { DecisionContext, Decider, problem, ValidationFailed } from '@app/kernel';
import { InboxChangeKind } from '@app/inbox/domain';

/**
 * Arrivals a person reads rather than acts on (issue 19: 快报, 专报, 日报, warnings, linkage notices, reports up …):
 * they wait in the 待办 until the person marks them read (已阅), so nothing reaches anyone only while they happen to
 * be looking. Arrivals about a task, a letter, a statement or an instruction to carry out are not here: the thing
 * itself waits in the 待办 until its step is taken.
 */
export const ARRIVALS_TO_READ: ReadonlySet<InboxChangeKind> = new Set<InboxChangeKind>([
  InboxChangeKind.INCIDENT_REPORTED,
  InboxChangeKind.INCIDENT_ESCALATED,
  InboxChangeKind.INCIDENT_RESPONSIBILITY,
  InboxChangeKind.INCIDENT_TAKEN_UP_LOCALLY,
  InboxChangeKind.INCIDENT_TAKEN_OVER,
  InboxChangeKind.INCIDENT_SUPPLEMENTED,
  InboxChangeKind.REASSESSMENT_SUGGESTED,
  InboxChangeKind.MESSAGE_REPLY_NEARLY_DUE,
  InboxChangeKind.MESSAGE_REPLY_OVERDUE,
  InboxChangeKind.LINKAGE_JOINED,
  InboxChangeKind.LINKAGE_RELEASED,
  InboxChangeKind.WARNING_ISSUED,
  InboxChangeKind.WARNING_ADJUSTED,
  InboxChangeKind.WARNING_LIFTED,
  InboxChangeKind.FLASH_REPORT,
  InboxChangeKind.DAILY_REPORT,
  InboxChangeKind.DAILY_REPORT_MISSING,
  InboxChangeKind.SPECIAL_REPORT,
  InboxChangeKind.DOCUMENT_ISSUED,
  InboxChangeKind.INSTRUCTION_FEEDBACK,
  InboxChangeKind.TASK_ESCALATED,
  InboxChangeKind.LETTER_ESCALATED,
  InboxChangeKind.DUTY_ROSTER_GAP,
]);

export const DESK_READS_STREAM_TYPE = 'DeskReads';
export const deskReadsStreamId = (userId: string) => `desk-reads-${userId}`;
export const ARRIVALS_READ = 'ArrivalsRead';

export interface ArrivalsReadData {
  userId: string;
  unitId: string;
  /** The arrivals' own event ids. */
  arrivalIds: string[];
  at: string;
}

export type MarkArrivalsRead = {
  type: 'MarkArrivalsRead';
  /** The arrivals the handler found in the caller's reach and not yet read by them. */
  arrivalIds: string[];
  context: DecisionContext;
};
export type ArrivalsReadEvent = { type: typeof ARRIVALS_READ; data: ArrivalsReadData };

/** The most one step marks (a 全部已阅 on a long list goes in pages). */
export const MAX_MARKED = 200;

/** 已阅: the person read these arrivals. Pure; the handler checked they are theirs to read. */
export function decideMarkArrivalsRead(c: MarkArrivalsRead): ArrivalsReadEvent[] {
  if (c.arrivalIds.length > MAX_MARKED)
    throw new ValidationFailed([
      problem('input.ids', `一次最多标记 ${MAX_MARKED} 条`, `at most ${MAX_MARKED} at once`),
    ]);
  if (!c.arrivalIds.length) return [];
  return [
    {
      type: ARRIVALS_READ,
      data: {
        userId: c.context.actorUserId,
        unitId: c.context.actorUnitId,
        arrivalIds: c.arrivalIds,
        at: c.context.now.toISOString(),
      },
    },
  ];
}

/** A person's reads keep no state the rules need: each step is checked against the read model by the handler. */
export const arrivalReadsDecider: Decider<MarkArrivalsRead, ArrivalsReadEvent, Record<string, never>> = {
  decide: (c) => decideMarkArrivalsRead(c),
  evolve: (s) => s,
  initialState: () => ({}),
};
