import { AppError, ErrorCode } from '@app/kernel';

/** Sub-codes of the calendar (`extensions.reason`). */
export const CalendarErrorReason = {
  BAD_DURATION: 'CALENDAR.BAD_DURATION',
} as const;

/** Working time asked for that is negative or longer than a year. */
export class BadWorkingDuration extends AppError {
  constructor(minutes: number) {
    super(
      ErrorCode.VALIDATION_FAILED,
      CalendarErrorReason.BAD_DURATION,
      { zh: '工作时长须为 0 到一年之间', en: 'working time must be between none and a year' },
      { minutes },
    );
  }
}
