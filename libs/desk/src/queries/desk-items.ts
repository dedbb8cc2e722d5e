import { Injectable } from '@nestjs/common';
import { dataScopeOf, Principal } from '@app/access';
import { DispatchReader, LetterView, TaskView } from '@app/dispatch';
import {
  HandlingPlanQueries,
  HandlingPlanType,
  LeadershipQueries,
  LeaderInstructionType,
} from '@app/leadership';
import { StatementsAwaiting, StatementView } from '@app/response';
import { INBOX_CHANGE_LABELS, InboxChangeKind } from '@app/inbox';
import { DeskItem, DeskItemKind, orderDesk } from '../domain/desk-item';
import { DeskArrivalView } from '../projections/desk-arrival.entities';
import { ArrivalsToRead } from './arrivals-to-read';

export type DeskRef =
  | { kind: DeskItemKind.TASK; task: TaskView }
  | { kind: DeskItemKind.LETTER; letter: LetterView }
  | { kind: DeskItemKind.STATEMENT; statement: StatementView }
  | { kind: DeskItemKind.HANDLING_PLAN; plan: HandlingPlanType }
  | { kind: DeskItemKind.INSTRUCTION; instruction: LeaderInstructionType }
  | { kind: DeskItemKind.ARRIVAL; arrival: DeskArrivalView };

/**
 * One 待办 for every kind of thing a person acts on (issue 20 §3), asked of the library that owns each kind: the
 * unit's tasks and letters (dispatch), statements waiting for this person's approval, publication or revision
 * (response, by the access policy), plans to decide or revise and instructions to report back on (leadership),
 * and what arrived for them to read (快报, 专报, warnings …) until they mark it read.
 * The bell counts this same list, so the two cannot disagree.
 */
@Injectable()
export class DeskItems {
  constructor(
    private readonly dispatch: DispatchReader,
    private readonly statements: StatementsAwaiting,
    private readonly plans: HandlingPlanQueries,
    private readonly instructions: LeadershipQueries,
    private readonly arrivals: ArrivalsToRead,
  ) {}

  async of(p: Principal, now: Date): Promise<DeskItem<DeskRef>[]> {
    const [unitWork, statements, plans, instructions, arrivals] = await Promise.all([
      this.dispatch.inbox(dataScopeOf(p), p.unitId, now),
      this.statements.of(p),
      this.plans.waitingFor(p),
      this.instructions.awaitingFeedback(p),
      this.arrivals.of(p),
    ]);
    return orderDesk<DeskItem<DeskRef>>([
      ...unitWork.map((e) =>
        e.task
          ? {
              kind: DeskItemKind.TASK,
              refId: e.task.taskId,
              dueAt: e.dueAt,
              overdue: e.overdue,
              since: e.task.updatedAt,
              action: e.action,
              ref: { kind: DeskItemKind.TASK as const, task: e.task },
            }
          : {
              kind: DeskItemKind.LETTER,
              refId: e.letter!.letterId,
              dueAt: e.dueAt,
              overdue: e.overdue,
              since: e.letter!.sentAt,
              action: e.action,
              ref: { kind: DeskItemKind.LETTER as const, letter: e.letter! },
            },
      ),
      ...statements.map((s) => ({
        kind: DeskItemKind.STATEMENT,
        refId: s.statement.statementId,
        dueAt: null,
        overdue: false,
        since: s.since,
        action: s.action,
        ref: { kind: DeskItemKind.STATEMENT as const, statement: s.statement },
      })),
      ...plans.map((w) => ({
        kind: DeskItemKind.HANDLING_PLAN,
        refId: w.plan.id,
        dueAt: null,
        overdue: false,
        since: w.since,
        action: w.action,
        ref: { kind: DeskItemKind.HANDLING_PLAN as const, plan: w.plan },
      })),
      ...instructions.map((w) => ({
        kind: DeskItemKind.INSTRUCTION,
        refId: w.instruction.id,
        dueAt: null,
        overdue: false,
        since: w.since,
        action: '落实批示并反馈',
        ref: { kind: DeskItemKind.INSTRUCTION as const, instruction: w.instruction },
      })),
      ...arrivals.map((a) => ({
        kind: DeskItemKind.ARRIVAL,
        refId: a.eventId,
        dueAt: null,
        overdue: false,
        since: a.arrivedAt,
        action: `阅知：${INBOX_CHANGE_LABELS[a.kind as InboxChangeKind].zh}`,
        ref: { kind: DeskItemKind.ARRIVAL as const, arrival: a },
      })),
    ]);
  }
}
