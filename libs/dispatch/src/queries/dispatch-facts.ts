import { Injectable } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE, Target } from '@app/access';
import { LetterNotFound, TaskNotFound } from '../domain/dispatch.errors';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/**
 * A task or letter as a command needs it before deciding who may act: read across units (SYSTEM_SCOPE) because
 * the access policy, not the row filter, decides — and it answers NOT_FOUND to a unit that may not see it.
 */
@Injectable()
export class DispatchFacts {
  constructor(private readonly db: ScopedDb) {}

  async taskFacts(taskId: string): Promise<TaskView> {
    const task = isUuid(taskId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(TaskView, { taskId }))
      : null;
    if (!task) throw new TaskNotFound(taskId);
    return task;
  }

  async letterFacts(letterId: string): Promise<LetterView> {
    const letter = isUuid(letterId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(LetterView, { letterId }))
      : null;
    if (!letter) throw new LetterNotFound(letterId);
    return letter;
  }
}

/** A task as the access policy sees it: both ends, and the township above a village's part. */
export const taskTarget = (t: TaskView): Target => ({
  kind: 'task',
  countyId: t.countyId,
  dispatcherUnitId: t.dispatcherUnitId,
  assigneeUnitId: t.assigneeUnitId,
  parentAssigneeUnitId: t.parentAssigneeUnitId,
});

/** A letter as the access policy sees it: its sender and recipients. */
export const letterTarget = (l: LetterView): Target => ({
  kind: 'letter',
  countyId: l.countyId,
  senderUnitId: l.senderUnitId,
  recipientUnitIds: l.recipientUnitIds,
});
