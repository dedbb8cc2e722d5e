import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, ScopedDb } from '@app/access';
import { groupBy } from '@app/graphql';
import { TaskStatus } from '../domain/task.enums';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';

export interface InboxEntry {
  type: 'TASK' | 'LETTER';
  dueAt: Date;
  overdue: boolean;
  action: string;
  task: TaskView | null;
  letter: LetterView | null;
}

const WORK_STATUSES = [TaskStatus.DISPATCHED, TaskStatus.SIGNED, TaskStatus.IN_PROGRESS, TaskStatus.REWORK];

/** Reads tasks and letters in the caller's row-security scope. */
@Injectable()
export class DispatchReader {
  constructor(private readonly db: ScopedDb) {}

  task(scope: DataScope, taskId: string): Promise<TaskView | null> {
    return this.db.run(scope, (m) => m.findOneBy(TaskView, { taskId }));
  }

  letter(scope: DataScope, letterId: string): Promise<LetterView | null> {
    return this.db.run(scope, (m) => m.findOneBy(LetterView, { letterId }));
  }

  async tasksByIncident(scope: DataScope, incidentIds: readonly string[]): Promise<Map<string, TaskView[]>> {
    const rows = await this.db.run(scope, (m) =>
      m.find(TaskView, {
        where: { incidentId: In([...incidentIds]) },
        order: { dispatchedAt: 'ASC', dispatchSeq: 'ASC' },
      }),
    );
    return groupBy(rows, (r) => r.incidentId);
  }

  async lettersByIncident(
    scope: DataScope,
    incidentIds: readonly string[],
  ): Promise<Map<string, LetterView[]>> {
    const rows = await this.db.run(scope, (m) =>
      m.find(LetterView, { where: { incidentId: In([...incidentIds]) }, order: { sentAt: 'ASC' } }),
    );
    return groupBy(rows, (r) => r.incidentId ?? '');
  }

  /**
   * What the unit has to act on: tasks to sign, work, hand in or redo; tasks it dispatched that wait for its review
   * or decision; letters to sign for. Overdue first, then soonest due.
   */
  async inbox(scope: DataScope, unitId: string, now: Date): Promise<InboxEntry[]> {
    return this.db.run(scope, async (m) => {
      const assigned = await m
        .createQueryBuilder(TaskView, 't')
        .where('t.assignee_unit_id = :unitId AND t.status IN (:...statuses)', {
          unitId,
          statuses: WORK_STATUSES,
        })
        .getMany();
      const toOversee = await m
        .createQueryBuilder(TaskView, 't')
        .where(
          `t.dispatcher_unit_id = :unitId AND (t.status IN (:...statuses) OR (t.pending_extension IS NOT NULL AND t.status NOT IN (:...closed)))`,
          {
            unitId,
            statuses: [TaskStatus.HANDED_IN, TaskStatus.RETURNED],
            closed: [TaskStatus.ACCEPTED, TaskStatus.CANCELLED],
          },
        )
        .getMany();
      const letters = await m
        .createQueryBuilder(LetterView, 'l')
        .where(`:unitId = ANY(l.recipient_unit_ids)`, { unitId })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM jsonb_array_elements(l.receipts) r WHERE r->>'unitId' = :unitId AND r->>'signedAt' IS NOT NULL)`,
          { unitId },
        )
        .getMany();
      const entries: InboxEntry[] = [
        ...assigned.map((t) => ({
          type: 'TASK' as const,
          dueAt: t.dueAt,
          overdue: t.dueAt.getTime() < now.getTime(),
          action:
            (t.status as TaskStatus) === TaskStatus.DISPATCHED
              ? '签收或退回'
              : (t.status as TaskStatus) === TaskStatus.REWORK
                ? '按审核意见重办并交单'
                : '办理并交单',
          task: t,
          letter: null,
        })),
        ...toOversee.map((t) => ({
          type: 'TASK' as const,
          dueAt: t.dueAt,
          overdue: false,
          action:
            (t.status as TaskStatus) === TaskStatus.HANDED_IN
              ? '审核交单'
              : (t.status as TaskStatus) === TaskStatus.RETURNED
                ? '处理退回'
                : '审批延期',
          task: t,
          letter: null,
        })),
        ...letters.map((l) => ({
          type: 'LETTER' as const,
          dueAt: l.receiptDueAt,
          overdue: l.receiptDueAt.getTime() < now.getTime(),
          action: '签收风险提示函',
          task: null,
          letter: l,
        })),
      ];
      return entries.sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime(),
      );
    });
  }
}
