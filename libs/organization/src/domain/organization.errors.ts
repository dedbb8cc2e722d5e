import { UNIT_KIND_LABELS, UnitKind } from '@app/access/domain';
import { AppError, ErrorCode, FieldProblem, LocalizedMessage, NotFound, ValidationFailed } from '@app/kernel';

/** Sub-codes of the organization module (`extensions.reason`): units, counties. */
export const OrganizationErrorReason = {
  ALREADY_EXISTS: 'ORGANIZATION.ALREADY_EXISTS',
  UNIT_NOT_FOUND: 'UNIT.NOT_FOUND',
  UNIT_ALREADY_INACTIVE: 'UNIT.ALREADY_INACTIVE',
  UNIT_CANNOT_DEACTIVATE: 'UNIT.CANNOT_DEACTIVATE',
  UNIT_STILL_IN_USE: 'UNIT.STILL_IN_USE',
  UNIT_ALREADY_ACTIVE: 'UNIT.ALREADY_ACTIVE',
  UNIT_PARENT_INACTIVE: 'UNIT.PARENT_INACTIVE',
  COUNTY_NOT_FOUND: 'COUNTY.NOT_FOUND',
  /** A FORBIDDEN sub-reason: only a province-level administrator establishes a county. */
  COUNTY_ESTABLISH_NOT_PERMITTED: 'COUNTY.ESTABLISH_NOT_PERMITTED',
} as const;

export const problem = (field: string, zh: string, en: string): FieldProblem => ({
  field,
  message: { zh, en },
});

export function failIf(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

export class AlreadyExists extends AppError {
  constructor(what: { zh: string; en: string }, id: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      OrganizationErrorReason.ALREADY_EXISTS,
      { zh: `${what.zh}已存在（${id}）`, en: `${what.en} already exists (${id})` },
      { id },
    );
  }
}

export class UnitNotFound extends NotFound {
  constructor(unitId: string) {
    super(OrganizationErrorReason.UNIT_NOT_FOUND, { zh: '单位', en: 'Unit' }, unitId);
  }
}

export class CountyNotFound extends NotFound {
  constructor(countyId: string) {
    super(OrganizationErrorReason.COUNTY_NOT_FOUND, { zh: '县', en: 'County' }, countyId);
  }
}

const refusal = (reason: string, message: LocalizedMessage, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.INVALID_TRANSITION, reason, message, details);

export const unitAlreadyInactive = (name: string) =>
  refusal(OrganizationErrorReason.UNIT_ALREADY_INACTIVE, {
    zh: `「${name}」已停用`,
    en: `${name} is already out of service`,
  });

/** The county centre and the city office carry the loop: they are never stood down. */
export const unitCannotDeactivate = (kind: UnitKind) =>
  refusal(OrganizationErrorReason.UNIT_CANNOT_DEACTIVATE, {
    zh: `「${UNIT_KIND_LABELS[kind].zh}」不能停用`,
    en: `a ${UNIT_KIND_LABELS[kind].en} cannot be taken out of service`,
  });

/** `held`: what still hangs on the unit, in both languages, each part already counted. */
export const unitStillInUse = (name: string, held: { zh: string[]; en: string[] }, ties: object) =>
  refusal(
    OrganizationErrorReason.UNIT_STILL_IN_USE,
    {
      zh: `「${name}」尚有 ${held.zh.join('、')}，请先处理后再停用`,
      en: `${name} still has ${held.en.join(', ')}; settle them first`,
    },
    { ties },
  );

export const unitAlreadyActive = (name: string) =>
  refusal(OrganizationErrorReason.UNIT_ALREADY_ACTIVE, {
    zh: `「${name}」在用，无需恢复`,
    en: `${name} is in service`,
  });

export const unitParentInactive = (name: string) =>
  refusal(OrganizationErrorReason.UNIT_PARENT_INACTIVE, {
    zh: `「${name}」的上级单位已停用，请先恢复上级单位`,
    en: `the parent of ${name} is out of service; restore it first`,
  });
