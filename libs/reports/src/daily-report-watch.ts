import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, Decider } from '@app/event-store';
import { deliverToInbox, InboxAudience } from '@app/inbox';
import { beijingDay, beijingHour, Clock, CommandContext, deterministicUuid, PeriodicTask } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';

import { DailyReportView } from './projections/daily-report-view.entity';

export const DAILY_REPORT_MISSING = 'DailyReportMissing';
export const DAILY_REPORT_MISSING_STREAM_TYPE = 'DailyReportMissing';

/** Yesterday's 舆情日报 was not issued by the time the centre's leaders are told (once per centre and day). */
export interface DailyReportMissingData {
  countyId: string;
  unitId: string;
  /** The day whose report is missing (YYYY-MM-DD, Beijing). */
  date: string;
  at: string;
}

type MissingEvent = { type: typeof DAILY_REPORT_MISSING; data: DailyReportMissingData };
const tellOnce: Decider<{ missing: DailyReportMissingData }, MissingEvent, { told: boolean }> = {
  initialState: () => ({ told: false }),
  evolve: () => ({ told: true }),
  decide: (c, s) => (s.told ? [] : [{ type: DAILY_REPORT_MISSING, data: c.missing }]),
};

export const DAILY_REPORT_WATCH_OPTIONS = Symbol('DAILY_REPORT_WATCH_OPTIONS');
export interface DailyReportWatchOptions {
  /** How often this process looks (ms; 0: only when `checkAll` is called). */
  checkMs: number;
}

/**
 * From 10:00 Beijing time (the morning's compiling is done by then), yesterday's report is looked for; the seeds ask
 * for it every day (004 §三(二)), so its absence is put before the centre's leaders.
 */
export const DAILY_REPORT_DUE_HOUR = 10;

/**
 * Watches that each county centre issued yesterday's 舆情日报: if not, its leaders hear of it in their inbox (and so
 * on their channels), with a link to that day's draft. One stream per centre and day, so any number of processes
 * tell it once.
 */
@Injectable()
export class DailyReportWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DailyReport');
  private readonly periodic = new PeriodicTask(
    () => this.checkAll(),
    (err) => this.logger.error(`日报检查失败 / daily report check failed: ${err.message}`),
  );

  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
    private readonly clock: Clock,
    @Inject(DAILY_REPORT_WATCH_OPTIONS) private readonly options: DailyReportWatchOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(this.options.checkMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /** Checks every county's centre; returns what was told now. */
  async checkAll(): Promise<DailyReportMissingData[]> {
    const now = this.clock.now();
    const told: DailyReportMissingData[] = [];
    if (beijingHour(now) < DAILY_REPORT_DUE_HOUR) return told;
    const yesterday = beijingDay(new Date(now.getTime() - 86_400_000));
    for (const countyId of await this.organization.countyIds()) {
      try {
        const missing = await this.check(countyId, yesterday, now);
        if (missing) told.push(missing);
      } catch (err) {
        // One county's trouble does not keep the others' leaders uninformed.
        this.logger.warn(
          `日报检查失败 / daily report check failed for ${countyId}: ${(err as Error).message}`,
        );
      }
    }
    return told;
  }

  private async check(countyId: string, date: string, now: Date): Promise<DailyReportMissingData | null> {
    const centre = await this.organization.countyCentreUnitId(countyId);
    if (!centre) return null;
    const issued = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.countBy(DailyReportView, { unitId: centre, day: date }),
    );
    if (issued > 0) return null;
    const ctx: CommandContext = {
      actor: { userId: 'platform', unitId: centre, userName: '平台（日报检查）' },
      now,
      correlationId: deterministicUuid('daily-report-missing', centre, date),
    };
    const missing: DailyReportMissingData = { countyId, unitId: centre, date, at: now.toISOString() };
    const label = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日舆情日报`;
    const result = await this.executor.execute({
      streamId: `daily-report-missing-${centre}-${date}`,
      streamType: DAILY_REPORT_MISSING_STREAM_TYPE,
      decider: tellOnce,
      command: { missing },
      owningUnit: centre,
      metadata: commandMetadata('ReportDailyReportMissing', ctx),
      alsoWithin: async (tx, { events }) => {
        if (events.length === 0) return;
        await deliverToInbox(tx, ctx, {
          unitId: centre,
          kind: 'DAILY_REPORT_MISSING',
          refType: 'DAILY_REPORT',
          // The day, not a report: the link opens that day's draft.
          refId: date,
          incidentId: null,
          incidentTitle: label,
          confidential: false,
          audience: InboxAudience.LEADERS,
          note: {
            zh: `截至 ${DAILY_REPORT_DUE_HOUR}:00，${label}尚未编发报送宣传部，请督促值班人员编发`,
            en: `By ${DAILY_REPORT_DUE_HOUR}:00 the daily report for ${date} had not been issued`,
          },
        });
      },
    });
    return result.events.length > 0 ? missing : null;
  }
}
