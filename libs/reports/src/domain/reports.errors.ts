import { AppError, ErrorCode, NotFound } from '@app/kernel';
import { serialLabel, SpecialReportIssuedData } from './special-report.events';

/** Sub-codes of the reports module (`extensions.reason`): the daily report (舆情日报) and special reports (专报). */
export const ReportsErrorReason = {
  DAILY_REPORT_NOT_FOUND: 'DAILY_REPORT.NOT_FOUND',
  DAILY_REPORT_ALREADY_ISSUED: 'DAILY_REPORT.ALREADY_ISSUED',
  SPECIAL_REPORT_NOT_FOUND: 'SPECIAL_REPORT.NOT_FOUND',
  SPECIAL_REPORT_ALREADY_ISSUED: 'SPECIAL_REPORT.ALREADY_ISSUED',
  SPECIAL_REPORT_WITHDRAWN: 'SPECIAL_REPORT.WITHDRAWN',
  SPECIAL_REPORT_NO_DRAFT: 'SPECIAL_REPORT.NO_DRAFT',
} as const;

export class DailyReportNotFound extends NotFound {
  constructor(reportId: string) {
    super(ReportsErrorReason.DAILY_REPORT_NOT_FOUND, { zh: '舆情日报', en: 'Daily report' }, reportId);
  }
}

/** A second issue with nothing wrong but the missing correction reason: most likely a double submission. */
export const dailyReportAlreadyIssued = (date: string, revision: number) =>
  new AppError(ErrorCode.INVALID_TRANSITION, ReportsErrorReason.DAILY_REPORT_ALREADY_ISSUED, {
    zh: `${date} 的舆情日报已编发（第 ${revision} 版）；如需更正，请填写更正说明后重新编发`,
    en: `The daily report for ${date} was issued (revision ${revision}); to correct it, give a reason`,
  });

export class SpecialReportNotFound extends NotFound {
  constructor(reportId: string) {
    super(ReportsErrorReason.SPECIAL_REPORT_NOT_FOUND, { zh: '舆情专报', en: 'Special report' }, reportId);
  }
}

export const specialReportAlreadyIssued = (i: SpecialReportIssuedData) => {
  const label = serialLabel(i.year, i.number);
  return new AppError(ErrorCode.INVALID_TRANSITION, ReportsErrorReason.SPECIAL_REPORT_ALREADY_ISSUED, {
    zh: `该专报已签发（${label.zh}），不能再修改或签发；如有新情况，请另编一期专报`,
    en: `This special report was signed off (${label.en}); write a new one for what has changed`,
  });
};

export const specialReportWithdrawn = () =>
  new AppError(ErrorCode.INVALID_TRANSITION, ReportsErrorReason.SPECIAL_REPORT_WITHDRAWN, {
    zh: '该专报稿件已撤回，不能再修改、签发或撤回；如仍需报送，请另编一期专报',
    en: 'This draft was withdrawn: it is not revised, signed off or withdrawn again; write a new one if needed',
  });

export const specialReportNoDraft = () =>
  new AppError(ErrorCode.INVALID_TRANSITION, ReportsErrorReason.SPECIAL_REPORT_NO_DRAFT, {
    zh: '专报尚无稿件，请先保存稿件',
    en: 'Nothing has been drafted yet',
  });
