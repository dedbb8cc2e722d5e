import { AppError, ErrorCode, NotFound } from '@app/kernel';
import { IncidentStatus, STATUS_LABELS } from './incident.enums';

/** Sub-codes of the incidents module (`extensions.reason`). */
export const IncidentErrorReason = {
  NOT_FOUND: 'INCIDENT.NOT_FOUND',
  ALREADY_REPORTED: 'INCIDENT.ALREADY_REPORTED',
  INVALID_TRANSITION: 'INCIDENT.INVALID_TRANSITION',
} as const;

export class IncidentNotFound extends NotFound {
  constructor(incidentId: string) {
    super(IncidentErrorReason.NOT_FOUND, { zh: '舆情事件', en: 'Incident' }, incidentId);
  }
}

export interface AllowedStep {
  /** The operation's name in the API, e.g. `assessIncident`. */
  operation: string;
  label: { zh: string; en: string };
}

/** A step that the incident's current state does not allow; names the state, why, and what may come next. */
export class InvalidIncidentTransition extends AppError {
  constructor(
    attempted: AllowedStep,
    current: IncidentStatus,
    allowed: AllowedStep[],
    why: { zh: string; en: string } | null = null,
  ) {
    const state = STATUS_LABELS[current];
    super(
      ErrorCode.INVALID_TRANSITION,
      IncidentErrorReason.INVALID_TRANSITION,
      {
        zh: `事件当前为「${state.zh}」${why ? `（${why.zh}）` : ''}，不能${attempted.label.zh}。可执行：${allowed.map((a) => a.label.zh).join('、') || '无'}`,
        en: `The incident is ${state.en.toLowerCase()}${why ? ` (${why.en})` : ''}; it cannot be ${attempted.label.en}. Allowed next: ${allowed.map((a) => a.operation).join(', ') || 'none'}`,
      },
      { currentState: current, attempted: attempted.operation, allowedNext: allowed.map((a) => a.operation) },
    );
  }
}

export class IncidentAlreadyReported extends AppError {
  constructor(incidentId: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      IncidentErrorReason.ALREADY_REPORTED,
      { zh: `事件 ${incidentId} 已登记，不能重复登记`, en: `Incident ${incidentId} is already registered` },
      { id: incidentId },
    );
  }
}
