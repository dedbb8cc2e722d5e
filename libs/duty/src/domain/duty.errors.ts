import { NotFound } from '@app/kernel';

/** Sub-codes of the duty module (`extensions.reason`): the roster (值班表) and the duty log. */
export const DutyErrorReason = {
  SHIFT_NOT_FOUND: 'DUTY.SHIFT_NOT_FOUND',
  CENTRE_NOT_FOUND: 'DUTY.CENTRE_NOT_FOUND',
} as const;

export class ShiftNotFound extends NotFound {
  constructor(shiftId: string) {
    super(DutyErrorReason.SHIFT_NOT_FOUND, { zh: '班次', en: 'Shift' }, shiftId);
  }
}

/** The caller's county has no county centre to keep a roster for (or the caller has no county). */
export class CountyCentreNotFound extends NotFound {
  constructor(countyId: string) {
    super(DutyErrorReason.CENTRE_NOT_FOUND, { zh: '县中心', en: 'County centre' }, countyId);
  }
}
