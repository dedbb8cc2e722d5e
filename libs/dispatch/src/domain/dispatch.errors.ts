import { AppError, ErrorCode, NotFound } from '@app/kernel';

/** Sub-codes of the dispatch module (`extensions.reason`): tasks (工单) and risk letters (风险提示函). */
export const DispatchErrorReason = {
  TASK_NOT_FOUND: 'TASK.NOT_FOUND',
  TASK_ALREADY_DISPATCHED: 'TASK.ALREADY_DISPATCHED',
  TASK_INVALID_TRANSITION: 'TASK.INVALID_TRANSITION',
  LETTER_NOT_FOUND: 'LETTER.NOT_FOUND',
  LETTER_ALREADY_SENT: 'LETTER.ALREADY_SENT',
  LETTER_ALREADY_SIGNED: 'LETTER.ALREADY_SIGNED',
  TASK_RESPONSIBLE_NOT_OF_UNIT: 'TASK.RESPONSIBLE_NOT_OF_UNIT',
  TASK_RESPONSIBLE_UNCHANGED: 'TASK.RESPONSIBLE_UNCHANGED',
} as const;

/** 责任人 is a person working in the unit the task was dispatched to, and still active there. */
export class ResponsibleNotOfUnit extends AppError {
  constructor() {
    super(ErrorCode.VALIDATION_FAILED, DispatchErrorReason.TASK_RESPONSIBLE_NOT_OF_UNIT, {
      zh: '责任人须为承办单位在岗人员，请从本单位人员中选择',
      en: 'The person responsible must be an active member of the unit the task went to',
    });
  }
}

export class ResponsibleUnchanged extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, DispatchErrorReason.TASK_RESPONSIBLE_UNCHANGED, {
      zh: '此人已是该工单的责任人',
      en: 'This person is already responsible for the task',
    });
  }
}

export class TaskNotFound extends NotFound {
  constructor(taskId: string) {
    super(DispatchErrorReason.TASK_NOT_FOUND, { zh: '工单', en: 'Task' }, taskId);
  }
}

export class TaskAlreadyDispatched extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, DispatchErrorReason.TASK_ALREADY_DISPATCHED, {
      zh: '工单已派出',
      en: 'The task was already dispatched',
    });
  }
}

export class LetterNotFound extends NotFound {
  constructor(letterId: string) {
    super(DispatchErrorReason.LETTER_NOT_FOUND, { zh: '风险提示函', en: 'Risk letter' }, letterId);
  }
}

export class LetterAlreadySent extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, DispatchErrorReason.LETTER_ALREADY_SENT, {
      zh: '提示函已发出',
      en: 'The letter was sent already',
    });
  }
}

export class LetterAlreadySigned extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, DispatchErrorReason.LETTER_ALREADY_SIGNED, {
      zh: '本单位已签收该提示函',
      en: 'Your unit has signed for this letter already',
    });
  }
}
