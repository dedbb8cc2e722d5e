import { Action } from '@app/access';
import { TaskOperation } from '../domain/task.decider';

/** The policy action behind each task operation: the assignee works it, the dispatcher oversees it. */
export const ACTION_OF_TASK_OPERATION: Record<TaskOperation, Action> = {
  signTask: Action.TaskWork,
  returnTask: Action.TaskWork,
  reportTaskProgress: Action.TaskWork,
  requestTaskExtension: Action.TaskWork,
  handInTask: Action.TaskWork,
  redispatchTask: Action.TaskWork,
  nameTaskResponsible: Action.TaskWork,
  decideTaskExtension: Action.TaskOversee,
  reviewTask: Action.TaskOversee,
  superviseTask: Action.TaskOversee,
  remindTask: Action.TaskOversee,
  cancelTask: Action.TaskOversee,
};
