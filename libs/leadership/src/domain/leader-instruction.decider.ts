import { Decider, DecisionContext } from '@app/kernel';
import { mayInstruct } from './leaders-in-charge';
import {
  failIf,
  InstructionNotFound,
  notALeader,
  notInCharge,
  problem,
  taskAlreadyLinked,
  taskOfAnotherIncident,
} from './leadership.errors';
import { CountyLeader, LeaderInstructionEvent, LeadershipEventType } from './leadership.events';

/** The incident an instruction is about, as its read model says now. */
export interface InstructedIncident {
  incidentId: string;
  countyId: string;
  title: string;
  confidential: boolean;
  field: string | null;
}

export type LeaderInstructionCommand =
  | {
      type: 'GiveInstruction';
      instructionId: string;
      incident: InstructedIncident;
      /** The acting person's place on the county's roster; null when they are not on it. */
      leader: CountyLeader | null;
      text: string;
      context: DecisionContext;
    }
  | {
      type: 'LinkInstructionTask';
      instructionId: string;
      task: { taskId: string; incidentId: string };
      context: DecisionContext;
    }
  | {
      type: 'ReportInstructionFeedback';
      instructionId: string;
      text: string;
      byName: string;
      context: DecisionContext;
    };

export interface LeaderInstructionState {
  given: {
    incidentId: string;
    countyId: string;
    leaderUserId: string;
    leaderUnitId: string;
  } | null;
  taskIds: string[];
}

const textProblems = (text: string, field: string) => {
  const n = [...text.trim()].length;
  return n < 2 || n > 2000 ? [problem(field, '内容须为 2–2000 个字', 'must be 2–2000 characters')] : [];
};

export function decideLeaderInstruction(
  c: LeaderInstructionCommand,
  s: LeaderInstructionState,
): LeaderInstructionEvent[] {
  const at = c.context.now.toISOString();
  if (c.type === 'GiveInstruction') {
    if (s.given) return []; // the same request again (its id comes from the idempotency key)
    if (!c.leader) throw notALeader();
    // 处置方案经主管领导同意 (004 §二(四)): a leader instructs on what is theirs to lead, a principal on anything.
    if (!mayInstruct(c.leader, c.incident.field)) throw notInCharge(c.incident.field);
    failIf(textProblems(c.text, 'input.text'));
    return [
      {
        type: LeadershipEventType.InstructionGiven,
        data: {
          instructionId: c.instructionId,
          incidentId: c.incident.incidentId,
          countyId: c.incident.countyId,
          incidentTitle: c.incident.title,
          confidential: c.incident.confidential,
          leaderUserId: c.leader.userId,
          leaderUnitId: c.leader.unitId,
          leaderName: c.leader.name,
          post: c.leader.post,
          text: c.text.trim(),
          at,
        },
      },
    ];
  }
  const given = s.given;
  if (!given) throw new InstructionNotFound(c.instructionId);
  switch (c.type) {
    case 'LinkInstructionTask':
      if (c.task.incidentId !== given.incidentId) throw taskOfAnotherIncident(c.task.taskId);
      if (s.taskIds.includes(c.task.taskId)) throw taskAlreadyLinked(c.task.taskId);
      return [
        {
          type: LeadershipEventType.InstructionTaskLinked,
          data: {
            instructionId: c.instructionId,
            incidentId: given.incidentId,
            countyId: given.countyId,
            taskId: c.task.taskId,
            at,
          },
        },
      ];
    case 'ReportInstructionFeedback':
      failIf(textProblems(c.text, 'input.text'));
      return [
        {
          type: LeadershipEventType.InstructionFeedbackReported,
          data: {
            instructionId: c.instructionId,
            incidentId: given.incidentId,
            countyId: given.countyId,
            leaderUserId: given.leaderUserId,
            leaderUnitId: given.leaderUnitId,
            text: c.text.trim(),
            byName: c.byName,
            at,
          },
        },
      ];
  }
}

export function evolveLeaderInstruction(
  s: LeaderInstructionState,
  e: LeaderInstructionEvent,
): LeaderInstructionState {
  switch (e.type) {
    case LeadershipEventType.InstructionGiven:
      return {
        ...s,
        given: {
          incidentId: e.data.incidentId,
          countyId: e.data.countyId,
          leaderUserId: e.data.leaderUserId,
          leaderUnitId: e.data.leaderUnitId,
        },
      };
    case LeadershipEventType.InstructionTaskLinked:
      return { ...s, taskIds: [...s.taskIds, e.data.taskId] };
    case LeadershipEventType.InstructionFeedbackReported:
      return s;
  }
}

export const leaderInstructionDecider: Decider<
  LeaderInstructionCommand,
  LeaderInstructionEvent,
  LeaderInstructionState
> = {
  decide: decideLeaderInstruction,
  evolve: evolveLeaderInstruction,
  initialState: () => ({ given: null, taskIds: [] }),
};
