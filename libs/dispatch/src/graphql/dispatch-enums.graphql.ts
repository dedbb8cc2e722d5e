import { registerLabelledEnum } from '@app/graphql';
import { LocalizedMessage } from '@app/kernel';
import { TASK_OPERATIONS } from '../domain/task.decider';
import {
  DEADLINE_RULE_LABELS,
  DeadlineRule,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
  TaskKind,
  TaskStatus,
} from '../domain/task.enums';

/** What a task allows its viewer to do next (`Task.allowedActions`). */
export enum TaskAction {
  signTask = 'signTask',
  returnTask = 'returnTask',
  reportTaskProgress = 'reportTaskProgress',
  requestTaskExtension = 'requestTaskExtension',
  decideTaskExtension = 'decideTaskExtension',
  handInTask = 'handInTask',
  reviewTask = 'reviewTask',
  redispatchTask = 'redispatchTask',
  superviseTask = 'superviseTask',
  remindTask = 'remindTask',
  cancelTask = 'cancelTask',
  nameTaskResponsible = 'nameTaskResponsible',
}

/** What a risk letter allows its viewer to do next (`RiskLetter.allowedActions`). */
export enum LetterAction {
  signRiskLetter = 'signRiskLetter',
  /** Attach a file to the letter (attachFile, recordKind LETTER): whoever works it on either side. */
  attachFile = 'attachFile',
}

registerLabelledEnum(TaskStatus, 'TaskStatus', '工单状态 / Task status', TASK_STATUS_LABELS);
registerLabelledEnum(TaskKind, 'TaskKind', '工单类型 / Task kind', TASK_KIND_LABELS);
registerLabelledEnum(DeadlineRule, 'DeadlineRule', '时限依据 / Deadline rule', DEADLINE_RULE_LABELS);
registerLabelledEnum(
  TaskAction,
  'TaskAction',
  '工单可执行的操作 / What the task allows next',
  Object.fromEntries(Object.entries(TASK_OPERATIONS).map(([k, v]) => [k, { zh: v.zh, en: k }])) as Record<
    TaskAction,
    LocalizedMessage
  >,
);
registerLabelledEnum(LetterAction, 'LetterAction', '提示函可执行的操作 / What the letter allows next', {
  signRiskLetter: { zh: '签收', en: 'signRiskLetter' },
  attachFile: { zh: '添加附件', en: 'attachFile' },
});
