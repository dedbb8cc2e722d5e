import {
  Decider,
  FieldProblem,
  NamedDecisionContext,
  problem,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { DutyEventType, DutyLogKind, DutyLogRecordedData } from './duty.events';

export interface RecordDutyLog {
  type: 'RecordDutyLog';
  /** Who writes the line and when: the kernel's one decision context, stamped on the entry here. */
  context: NamedDecisionContext;
  entry: Omit<DutyLogRecordedData, 'userId' | 'userName' | 'at'>;
}

type DutyLogEvent = { type: typeof DutyEventType.LogRecorded; data: DutyLogRecordedData };

/** A duty log only grows: each line is checked on its own. */
export const dutyLogDecider: Decider<RecordDutyLog, DutyLogEvent, Record<string, never>> = {
  initialState: () => ({}),
  evolve: (s) => s,
  decide: ({ entry, context }) => {
    const problems: FieldProblem[] = [...textProblems('input.text', entry.text, 1, 2000)];
    if (!Object.values(DutyLogKind).includes(entry.kind))
      problems.push(
        problem(
          'input.kind',
          '类别须为监测发现、处置情况或交接班',
          'must be OBSERVATION, ACTION or HANDOVER',
        ),
      );
    if (problems.length) throw new ValidationFailed(problems);
    const by = { userId: context.actorUserId, userName: context.actorName, at: context.now.toISOString() };
    return [{ type: DutyEventType.LogRecorded, data: { ...entry, ...by, text: entry.text.trim() } }];
  },
};
