import { Command } from '@nestjs/cqrs';
import { Action, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DispatchInput } from '../task-planner';

/** 派单: a task for one unit of the county, attached to a listed incident; answers the new task's id. */
export class DispatchTaskCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: DispatchInput,
    readonly context: CommandContext,
    /** The policy action it is done under: 派单 itself, or 移交公安 dispatching for it. */
    readonly action: Action = Action.TaskDispatch,
  ) {
    super();
  }
}
