import { LocalizedMessage } from '@app/kernel';
import { HandlingPlanEventType, HandlingPlanPolicySetData } from './handling-plan.events';

/**
 * The county's leaders (县委书记, 县长, 宣传部部长, 分管副县长, 网信办主任 …) as people with a post and the fields
 * they are in charge of (004 §二(三)2), one roster stream per county; and each leader's instruction on an incident
 * (领导批示, 004 §三(四)) as a stream of its own, with the tasks that carry it out and the centre's reports back.
 */
export const COUNTY_LEADERS_STREAM_TYPE = 'CountyLeaders';
export const countyLeadersStreamId = (countyId: string) => `county-leaders-${countyId}`;
export const LEADER_INSTRUCTION_STREAM_TYPE = 'LeaderInstruction';
export const leaderInstructionStreamId = (instructionId: string) => `leader-instruction-${instructionId}`;

export const LeadershipEventType = {
  LeaderAppointed: 'CountyLeaderAppointed',
  LeaderRelieved: 'CountyLeaderRelieved',
  InstructionGiven: 'LeaderInstructionGiven',
  InstructionTaskLinked: 'LeaderInstructionTaskLinked',
  InstructionFeedbackReported: 'LeaderInstructionFeedbackReported',
} as const;

export interface CountyLeaderAppointedData {
  countyId: string;
  userId: string;
  unitId: string;
  name: string;
  /** 职务, e.g. 县委书记. */
  post: string;
  /** 分管领域: the incident field identifiers (WORK_SAFETY …) this leader is in charge of. */
  fields: string[];
  /** 主要领导 (县委书记, 县长): reached by every grade I–II escalation whatever its field. */
  principal: boolean;
  at: string;
}

export interface CountyLeaderRelievedData {
  countyId: string;
  userId: string;
  at: string;
}

export interface LeaderInstructionGivenData {
  instructionId: string;
  incidentId: string;
  countyId: string;
  incidentTitle: string;
  confidential: boolean;
  leaderUserId: string;
  leaderUnitId: string;
  leaderName: string;
  post: string;
  text: string;
  at: string;
}

export interface LeaderInstructionTaskLinkedData {
  instructionId: string;
  incidentId: string;
  countyId: string;
  taskId: string;
  at: string;
}

export interface LeaderInstructionFeedbackReportedData {
  instructionId: string;
  incidentId: string;
  countyId: string;
  leaderUserId: string;
  leaderUnitId: string;
  text: string;
  byName: string;
  at: string;
}

export type CountyLeadersEvent =
  | { type: typeof LeadershipEventType.LeaderAppointed; data: CountyLeaderAppointedData }
  | { type: typeof LeadershipEventType.LeaderRelieved; data: CountyLeaderRelievedData }
  | { type: typeof HandlingPlanEventType.PolicySet; data: HandlingPlanPolicySetData };

export type LeaderInstructionEvent =
  | { type: typeof LeadershipEventType.InstructionGiven; data: LeaderInstructionGivenData }
  | { type: typeof LeadershipEventType.InstructionTaskLinked; data: LeaderInstructionTaskLinkedData }
  | {
      type: typeof LeadershipEventType.InstructionFeedbackReported;
      data: LeaderInstructionFeedbackReportedData;
    };

/** A leader on the roster, as deciding and delivering read it. */
export interface CountyLeader {
  userId: string;
  unitId: string;
  name: string;
  post: string;
  fields: string[];
  principal: boolean;
}

export const INSTRUCTION_LABEL: LocalizedMessage = { zh: '领导批示', en: "Leader's instruction" };
