import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface DraftHandlingPlanInput {
  /** Absent: a new plan; present: a revision of a plan waiting or sent back. */
  planId?: string | null;
  incidentId: string;
  measures: string;
  unitIds: string[];
  timing: string;
}

/** 处置方案: the county centre drafts (or revises) the plan for an incident, for the leader in charge. Returns its id. */
export class DraftHandlingPlanCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: DraftHandlingPlanInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
