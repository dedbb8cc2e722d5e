import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandExecutor, commandMetadata, Decider } from '@app/event-store';
import { deliverToInbox } from '@app/inbox';
import {
  beijingDay,
  beijingHour,
  Clock,
  CommandContext,
  deterministicUuid,
  LocalizedMessage,
  PeriodicTask,
} from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { DutyService } from './queries/duty.service';

export const ROSTER_GAP_REPORTED = 'DutyRosterGapReported';
export const ROSTER_GAP_STREAM_TYPE = 'DutyRosterGapReport';

/** The days ahead a county centre's 24-hour duty is checked (issue 5: "in the next 7 days"). */
export const ROSTER_LOOKAHEAD_DAYS = 7;

/**
 * 值班表空档: hours in the next week no duty officer of the county centre covers, and days of it without a 带班领导,
 * sent to its ADMIN.
 */
export interface DutyRosterGapReportedData {
  countyId: string;
  unitId: string;
  /** The Beijing date of the check: one report per centre per day. */
  day: string;
  gaps: { from: string; to: string }[];
  /** Beijing days (YYYY-MM-DD) on which no leader on duty's shift starts; absent in reports made before it was checked. */
  daysWithoutLeader?: string[];
  at: string;
}

type GapEvent = { type: typeof ROSTER_GAP_REPORTED; data: DutyRosterGapReportedData };
const reportOnce: Decider<{ report: DutyRosterGapReportedData }, GapEvent, { reported: boolean }> = {
  initialState: () => ({ reported: false }),
  evolve: () => ({ reported: true }),
  decide: (c, s) => (s.reported ? [] : [{ type: ROSTER_GAP_REPORTED, data: c.report }]),
};

export const ROSTER_WATCH_OPTIONS = Symbol('ROSTER_WATCH_OPTIONS');
export interface RosterWatchOptions {
  /** How often this process looks (ms; 0: only when `checkAll` is called). Each centre is reported once a day. */
  checkMs: number;
}

const FIRST_HOUR = 8;
const beijingTime = (d: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(d)
    .replace(/\//, '月')
    .replace(/ /, '日 ');

/** 10月14日: a Beijing day as the note names it. */
const dayLabel = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** What the administrators read: the hours without a duty officer, then the days without a leader on duty. */
function rosterNote(gaps: { from: Date; to: Date }[], leaderless: string[]): LocalizedMessage {
  const zh: string[] = [];
  const en: string[] = [];
  if (gaps.length) {
    const hours = Math.round(gaps.reduce((n, g) => n + (g.to.getTime() - g.from.getTime()), 0) / 3_600_000);
    zh.push(
      `未来 ${ROSTER_LOOKAHEAD_DAYS} 天县中心值班表有 ${gaps.length} 处空档（共约 ${hours} 小时），最早自 ${beijingTime(gaps[0].from)} 起`,
    );
    en.push(
      `${gaps.length} gap(s) (about ${hours} h) in the county centre's duty roster over the next ${ROSTER_LOOKAHEAD_DAYS} days, the first from ${gaps[0].from.toISOString()}`,
    );
  }
  if (leaderless.length) {
    zh.push(`${leaderless.map(dayLabel).join('、')}未安排带班领导`);
    en.push(`no leader on duty on ${leaderless.join(', ')}`);
  }
  return { zh: `${zh.join('；')}，请安排值班`, en: en.join('; ') };
}

/**
 * Watches each county centre's 24-hour duty (000, 004): once a day, a gap in the next seven days, or a day of them
 * without a 带班领导, is reported to the centre's administrators in their inbox (and so on their channels). The report
 * stream is one per centre and day, so any number of processes report it once.
 */
@Injectable()
export class RosterGapWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DutyRoster');
  private readonly periodic = new PeriodicTask(
    () => this.checkAll(),
    (err) => this.logger.error(`值班表检查失败 / roster check failed: ${err.message}`),
  );

  constructor(
    private readonly duty: DutyService,
    private readonly executor: CommandExecutor,
    private readonly organization: OrganizationDirectory,
    private readonly clock: Clock,
    @Inject(ROSTER_WATCH_OPTIONS) private readonly options: RosterWatchOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(this.options.checkMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /** Checks every county's centre; returns the reports made now. */
  async checkAll(): Promise<DutyRosterGapReportedData[]> {
    const counties = await this.organization.countyIds();
    const made: DutyRosterGapReportedData[] = [];
    // Administrators hear of it in office hours, not at night: from 08:00 Beijing time.
    if (beijingHour(this.clock.now()) < FIRST_HOUR) return made;
    for (const countyId of counties) {
      try {
        const report = await this.check(countyId);
        if (report) made.push(report);
      } catch (err) {
        // One county's trouble does not keep the others' administrators uninformed.
        this.logger.warn(`值班表检查失败 / roster check failed for ${countyId}: ${(err as Error).message}`);
      }
    }
    return made;
  }

  private async check(countyId: string): Promise<DutyRosterGapReportedData | null> {
    const now = this.clock.now();
    const found = await this.duty.countyCentreGaps(countyId, ROSTER_LOOKAHEAD_DAYS, now);
    if (!found || (found.gaps.length === 0 && found.daysWithoutLeader.length === 0)) return null;
    const day = beijingDay(now);
    const centre = found.centreUnitId;
    const ctx: CommandContext = {
      actor: { userId: 'platform', unitId: centre, userName: '平台（值班检查）' },
      now,
      correlationId: deterministicUuid('roster-gap', centre, day),
    };
    const report: DutyRosterGapReportedData = {
      countyId,
      unitId: centre,
      day,
      gaps: found.gaps.map((g) => ({ from: g.from.toISOString(), to: g.to.toISOString() })),
      daysWithoutLeader: found.daysWithoutLeader,
      at: now.toISOString(),
    };
    const note = rosterNote(found.gaps, found.daysWithoutLeader);
    const result = await this.executor.execute({
      streamId: `duty-gaps-${centre}-${day}`,
      streamType: ROSTER_GAP_STREAM_TYPE,
      decider: reportOnce,
      command: { report },
      owningUnit: centre,
      metadata: commandMetadata('ReportRosterGaps', ctx),
      alsoWithin: async (tx, { events }) => {
        if (events.length === 0) return;
        await deliverToInbox(tx, ctx, {
          unitId: centre,
          kind: 'DUTY_ROSTER_GAP',
          refType: 'DUTY_ROSTER',
          refId: centre,
          incidentId: null,
          incidentTitle: `县中心值班表（未来 ${ROSTER_LOOKAHEAD_DAYS} 天）`,
          confidential: false,
          audience: 'ADMINS',
          note,
        });
      },
    });
    return result.events.length > 0 ? report : null;
  }
}
