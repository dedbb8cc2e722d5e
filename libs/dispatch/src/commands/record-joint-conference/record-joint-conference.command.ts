import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { TaskRole } from '@app/incidents';
import { CommandContext } from '@app/kernel';

/** A follow-up the conference decided: a task for one unit. */
export interface FollowUpInput {
  unitId: string;
  role: TaskRole;
  requirements: string;
  dueAt?: Date;
}

/** 联席会议: its record and the follow-up tasks it decided, dispatched together. */
export class RecordJointConferenceCommand extends Command<{ conferenceId: string; taskIds: string[] }> {
  constructor(
    readonly principal: Principal,
    readonly input: {
      incidentId: string;
      heldAt: Date;
      participants: string[];
      participantUnitIds: string[];
      decisions: string[];
      followUps: FollowUpInput[];
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
