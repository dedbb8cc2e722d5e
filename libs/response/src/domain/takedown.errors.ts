import { AppError, ErrorCode, NotFound } from '@app/kernel';

/** Sub-codes of 函告网站 (`extensions.reason`): a takedown request to an outside platform. */
export const TakedownErrorReason = {
  NOT_FOUND: 'TAKEDOWN.NOT_FOUND',
  EXISTS: 'TAKEDOWN.EXISTS',
  INCIDENT_CLOSED: 'TAKEDOWN.INCIDENT_CLOSED',
  SENDER_ONLY: 'TAKEDOWN.SENDER_ONLY',
  ALREADY_ANSWERED: 'TAKEDOWN.ALREADY_ANSWERED',
} as const;

export class TakedownNotFound extends NotFound {
  constructor(requestId: string) {
    super(TakedownErrorReason.NOT_FOUND, { zh: '函告网站记录', en: 'Takedown request' }, requestId);
  }
}

export class TakedownExists extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, TakedownErrorReason.EXISTS, {
      zh: '该函告已存在',
      en: 'The takedown request exists',
    });
  }
}

export class TakedownOnClosedIncident extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, TakedownErrorReason.INCIDENT_CLOSED, {
      zh: '事件已办结，不能再函告网站',
      en: 'The incident is closed: no further takedown requests',
    });
  }
}

export class TakedownSenderOnly extends AppError {
  constructor() {
    super(ErrorCode.FORBIDDEN, TakedownErrorReason.SENDER_ONLY, {
      zh: '只有发函单位可以登记平台答复',
      en: 'Only the unit that sent the request records the answer',
    });
  }
}

export class TakedownAlreadyAnswered extends AppError {
  constructor(answer: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      TakedownErrorReason.ALREADY_ANSWERED,
      { zh: '平台已有明确答复，不能再次登记', en: 'The platform has already given its answer' },
      { answer },
    );
  }
}
