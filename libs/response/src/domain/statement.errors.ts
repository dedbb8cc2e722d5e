import { AppError, ErrorCode, LocalizedMessage, NotFound } from '@app/kernel';

/** Sub-codes of the response module (`extensions.reason`): wording and press releases (口径/通稿). */
export const StatementErrorReason = {
  NOT_FOUND: 'STATEMENT.NOT_FOUND',
  EXISTS: 'STATEMENT.EXISTS',
  INVALID_TRANSITION: 'STATEMENT.INVALID_TRANSITION',
} as const;

export class StatementNotFound extends NotFound {
  constructor(statementId: string) {
    super(StatementErrorReason.NOT_FOUND, { zh: '口径/通稿', en: 'Statement' }, statementId);
  }
}

export class StatementExists extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, StatementErrorReason.EXISTS, {
      zh: '该稿件已存在',
      en: 'The statement exists',
    });
  }
}

/** A step the statement's state does not allow; `state` is the current status's label. */
export class InvalidStatementTransition extends AppError {
  constructor(current: string, state: LocalizedMessage, attempted: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      StatementErrorReason.INVALID_TRANSITION,
      {
        zh: `稿件当前为「${state.zh}」，不能执行该操作`,
        en: `The statement is ${state.en.toLowerCase()}; that is not possible now`,
      },
      { currentState: current, attempted },
    );
  }
}
