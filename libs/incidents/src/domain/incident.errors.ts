import { AppError, ErrorCode, NotFound } from '@app/kernel';
import { IncidentStatus, STATUS_LABELS } from './incident.enums';

/** Sub-codes of the incidents module (`extensions.reason`). */
export const IncidentErrorReason = {
  NOT_FOUND: 'INCIDENT.NOT_FOUND',
  ALREADY_REPORTED: 'INCIDENT.ALREADY_REPORTED',
  INVALID_TRANSITION: 'INCIDENT.INVALID_TRANSITION',
  GUARANTOR_NOT_COUNTY_LEADER: 'INCIDENT.GUARANTOR_NOT_COUNTY_LEADER',
  TRACKER_NOT_OF_UNIT: 'INCIDENT.TRACKER_NOT_OF_UNIT',
  RESPONSIBILITY_UNCHANGED: 'INCIDENT.RESPONSIBILITY_UNCHANGED',
  ACCOUNTABLE_NOT_OF_UNIT: 'INCIDENT.ACCOUNTABLE_NOT_OF_UNIT',
  TOWNSHIP_GRADE_LIMIT: 'INCIDENT.TOWNSHIP_GRADE_LIMIT',
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

/** 包保领导 is one of the county's leaders on its roster (县委书记, 县长, 分管副县长 …). */
export class GuarantorNotCountyLeader extends AppError {
  constructor() {
    super(ErrorCode.VALIDATION_FAILED, IncidentErrorReason.GUARANTOR_NOT_COUNTY_LEADER, {
      zh: '包保领导须为本县领导名单上的领导，请先由管理员在“县领导名单”中任命',
      en: "The guarantor leader must be on the county's roster of leaders",
    });
  }
}

/** 专人 is a person at work in the unit that owns the incident. */
export class TrackerNotOfUnit extends AppError {
  constructor() {
    super(ErrorCode.VALIDATION_FAILED, IncidentErrorReason.TRACKER_NOT_OF_UNIT, {
      zh: '跟踪专人须为事件主办单位的在岗人员，请从本单位人员中选择',
      en: 'The tracker must be an active member of the unit that owns the incident',
    });
  }
}

export class ResponsibilityUnchanged extends AppError {
  constructor() {
    super(ErrorCode.INVALID_TRANSITION, IncidentErrorReason.RESPONSIBILITY_UNCHANGED, {
      zh: '所选人员已是该事件的包保领导和跟踪专人，无需重复指定',
      en: 'These people already answer for the incident',
    });
  }
}

/** A person held to account is named from the unit the finding is about. */
export class AccountableNotOfUnit extends AppError {
  constructor(index: number) {
    super(
      ErrorCode.VALIDATION_FAILED,
      IncidentErrorReason.ACCOUNTABLE_NOT_OF_UNIT,
      {
        zh: `第 ${index + 1} 条追责结论所列人员不是该单位的在岗人员`,
        en: `The person in finding ${index + 1} is not an active member of that unit`,
      },
      { index },
    );
  }
}

/** A township handling an incident itself grades it 一般 (IV) at most; a graver one is the county centre's. */
export class TownshipGradeLimit extends AppError {
  constructor(grade: string) {
    super(
      ErrorCode.VALIDATION_FAILED,
      IncidentErrorReason.TOWNSHIP_GRADE_LIMIT,
      {
        zh: `乡镇自行处置限于一般（IV级）舆情；研判为 ${grade} 级的，请上报县网络舆情应急监控中心处置`,
        en: `A township handles grade IV incidents itself; a grade ${grade} incident goes to the county centre`,
      },
      { grade },
    );
  }
}
