import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DailyReportView } from '../../projections/daily-report-view.entity';

export interface IssueDailyReportFields {
  date: string;
  positive: string[];
  remarks: string;
  /** Required for a second issue of the same day (更正). */
  correctionReason?: string | null;
}

/** 编发舆情日报 (004 §三(二)): the day compiled and sent to the leaders; answers the report as it went out. */
export class IssueDailyReportCommand extends Command<DailyReportView> {
  constructor(
    readonly principal: Principal,
    readonly input: IssueDailyReportFields,
    readonly context: CommandContext,
  ) {
    super();
  }
}
