import { Grade, TaskRole } from '@app/incidents/domain';
import { LetterEvent, LetterEventType } from './letter.decider';
import { TaskCommand } from './task.decider';
import { DeadlineRule, TaskKind } from './task.enums';

/**
 * Test data shared by dispatch's decider and projection specs (not built: tsconfig.build.json leaves out
 * *.fixtures.ts). One grade III task of the land-dispute seed, and one risk letter to two units.
 */
export const t0 = new Date('2026-03-02T02:00:00.000Z');
export const at = (hours: number) => new Date(t0.getTime() + hours * 3600_000);

/** A task command without the ids and context a spec adds per step. */
export type Body<T> = T extends unknown ? Omit<T, 'taskId' | 'context'> : never;

export const dispatch: Extract<Body<TaskCommand>, { type: 'DispatchTask' }> = {
  type: 'DispatchTask',
  task: {
    incidentId: 'i1',
    countyId: 'county-a',
    dispatcherUnitId: 'centre',
    assigneeUnitId: 'town',
    role: TaskRole.LEAD,
    kind: TaskKind.STANDARD,
    requirements: '核实补偿款发放情况并书面反馈',
    dueAt: at(12),
    hardDueAt: at(24),
    deadlineRule: DeadlineRule.WRITTEN_FEEDBACK,
    policy: {
      feedbackHours: 12,
      hardCapHours: 24,
      defaultHours: 24,
      sameDayForInquiries: true,
      countySet: false,
      onWorkingTime: false,
    },
    parentTaskId: null,
    parentAssigneeUnitId: null,
    incidentTitle: '征地补偿争议',
    grade: 'III',
    confidential: false,
  },
};

export const handIn: Extract<Body<TaskCommand>, { type: 'HandInTask' }> = {
  type: 'HandInTask',
  factsFound: '补偿款已拨付但未发放到户',
  measures: '督促发放',
  result: '已发放',
  evidence: [],
};

/** The centre's letter about the archive fees to the township and the police, sent at `sentAt`. */
export const letterSent = (sentAt: Date, receiptDueAt: Date): LetterEvent => ({
  type: LetterEventType.Sent,
  data: {
    letterId: 'letter-1',
    incidentId: 'incident-1',
    countyId: 'qingshui',
    senderUnitId: 'centre',
    recipientUnitIds: ['donghu', 'police'],
    title: '查档收费舆情风险提示',
    risk: '误解',
    level: Grade.IV,
    scope: '全县',
    watchPoints: '评论区',
    requestedMeasures: '及时说明',
    receiptDueAt: receiptDueAt.toISOString(),
    confidential: false,
    by: 'zhouming',
    at: sentAt.toISOString(),
  },
});
