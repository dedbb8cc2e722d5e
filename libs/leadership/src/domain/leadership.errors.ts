import { AppError, ErrorCode, FieldProblem, NotFound, ValidationFailed } from '@app/kernel';

/** Sub-codes of the leadership module (`extensions.reason`): the county's leaders and their instructions. */
export const LeadershipErrorReason = {
  LEADER_NOT_IN_COUNTY: 'LEADERSHIP.LEADER_NOT_IN_COUNTY',
  NOT_A_LEADER: 'LEADERSHIP.NOT_A_LEADER',
  NOT_IN_CHARGE: 'LEADERSHIP.NOT_IN_CHARGE',
  LEADER_NOT_APPOINTED: 'LEADERSHIP.LEADER_NOT_APPOINTED',
  INSTRUCTION_NOT_FOUND: 'INSTRUCTION.NOT_FOUND',
  TASK_OF_ANOTHER_INCIDENT: 'INSTRUCTION.TASK_OF_ANOTHER_INCIDENT',
  TASK_ALREADY_LINKED: 'INSTRUCTION.TASK_ALREADY_LINKED',
  HANDLING_PLAN_NOT_FOUND: 'HANDLING_PLAN.NOT_FOUND',
  HANDLING_PLAN_NOT_PENDING: 'HANDLING_PLAN.NOT_PENDING',
  HANDLING_PLAN_APPROVAL_REQUIRED: 'HANDLING_PLAN.APPROVAL_REQUIRED',
} as const;

export const problem = (field: string, zh: string, en: string): FieldProblem => ({
  field,
  message: { zh, en },
});

export function failIf(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

/** The person named is not one of this county's people (or has no LEADER role). */
export const leaderNotInCounty = (userId: string) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    LeadershipErrorReason.LEADER_NOT_IN_COUNTY,
    {
      zh: '只能任命本县在岗的领导岗位人员（须有"分管/主要领导"角色）',
      en: "Only a LEADER of this county's units can be appointed",
    },
    { userId },
  );

/** The person acting is not on the county's roster of leaders. */
export const notALeader = () =>
  new AppError(ErrorCode.FORBIDDEN, LeadershipErrorReason.NOT_A_LEADER, {
    zh: '您不在本县领导名单中，不能作出领导批示',
    en: "You are not on the county's roster of leaders",
  });

/** A leader of another field, not a principal leader: the instruction is for the leader in charge (004 §二(四)). */
export const notInCharge = (field: string | null) =>
  new AppError(
    ErrorCode.FORBIDDEN,
    LeadershipErrorReason.NOT_IN_CHARGE,
    {
      zh: '该事件不属于您的分管领域，应由分管领导或主要领导批示',
      en: 'This incident is outside your fields; the leader in charge or a principal leader instructs on it',
    },
    { field },
  );

export const leaderNotAppointed = (userId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    LeadershipErrorReason.LEADER_NOT_APPOINTED,
    { zh: '此人不在本县领导名单中', en: "This person is not on the county's roster of leaders" },
    { userId },
  );

export class InstructionNotFound extends NotFound {
  constructor(instructionId: string) {
    super(
      LeadershipErrorReason.INSTRUCTION_NOT_FOUND,
      { zh: '领导批示', en: "Leader's instruction" },
      instructionId,
    );
  }
}

export const taskOfAnotherIncident = (taskId: string) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    LeadershipErrorReason.TASK_OF_ANOTHER_INCIDENT,
    { zh: '该工单不属于此批示所在的事件', en: 'The task belongs to another incident' },
    { taskId },
  );

export const taskAlreadyLinked = (taskId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    LeadershipErrorReason.TASK_ALREADY_LINKED,
    { zh: '该工单已关联到此批示', en: 'The task is already linked to this instruction' },
    { taskId },
  );

export const handlingPlanNotFound = (planId: string) =>
  new NotFound(
    LeadershipErrorReason.HANDLING_PLAN_NOT_FOUND,
    { zh: '处置方案', en: 'Handling plan' },
    planId,
  );

export const handlingPlanNotPending = (planId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    LeadershipErrorReason.HANDLING_PLAN_NOT_PENDING,
    {
      zh: '该处置方案已批准（不再修改），或不在待审批状态',
      en: 'The plan is approved (and final), or is not waiting for a decision',
    },
    { planId },
  );

/** 004 §二(四): the county's policy says dispatch at this grade waits for the leader's consent to the plan. */
export const handlingPlanApprovalRequired = (grade: string, fromGrade: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    LeadershipErrorReason.HANDLING_PLAN_APPROVAL_REQUIRED,
    {
      zh: `本县规定${fromGrade}级及以上事件的处置方案须经分管领导同意后方可派单；该事件为${grade}级，尚无已批准的处置方案`,
      en: `County policy: from grade ${fromGrade} dispatch waits for an approved handling plan; this grade ${grade} incident has none`,
    },
    { grade, fromGrade },
  );
