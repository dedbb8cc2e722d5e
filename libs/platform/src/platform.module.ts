import { DynamicModule, Module } from '@nestjs/common';
import { AssessmentModule } from '@app/assessment';
import { AuditModule } from '@app/audit';
import { DashboardModule } from '@app/dashboard';
import { DemoModule } from '@app/demo';
import { DeskModule } from '@app/desk';
import { DocumentsModule } from '@app/documents';
import { DispatchModule } from '@app/dispatch';
import { DutyModule } from '@app/duty';
import { EvidenceModule, EvidenceSettings } from '@app/evidence';
import { LiveTopicsModule } from '@app/graphql';
import { InboxModule } from '@app/inbox';
import { IntakeModule } from '@app/intake';
import { IncidentsModule } from '@app/incidents';
import { JobQueueOptions, JobsModule } from '@app/jobs';
import { LeadershipModule } from '@app/leadership';
import { NotificationsModule, NotifyOptions } from '@app/notifications';
import { OrganizationModule } from '@app/organization';
import { ReportsModule } from '@app/reports';
import { ResponseModule } from '@app/response';
import { TimerOptions, TimersModule } from '@app/timers';

/**
 * How this process runs the platform's periodic work (intervals in ms; 0: never on its own). The API sets them from
 * its configuration; command-line tools set them all to 0. Left out, each module's own default applies.
 */
export interface PlatformOptions {
  /** The identity module of this process (the API's carries its JWT secret and sign-in settings). */
  identity: DynamicModule;
  jobs?: Partial<JobQueueOptions>;
  timers?: Partial<TimerOptions>;
  /** Duty rosters and the 舆情日报 checked for gaps. */
  rosterCheckMs?: number;
  notify?: Partial<NotifyOptions>;
  /**
   * Evidence storage (default: from the environment), how often to collect orphaned uploads and to make previews
   * (default never).
   */
  evidence?: { settings?: EvidenceSettings; sweepMs?: number; previewMs?: number };
}

/**
 * Every capability of the platform, in one list that the API and the command-line tools both import: the modules
 * register their event schemas, projections and timeline descriptions when they start, so both kinds of process
 * hold the same ones — `rebuild --all` cannot miss a read model the API keeps, nor rebuild one without a
 * description the live one had (issue 17: the CLI had its own list, four read models short). A new capability is
 * added here, once.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { identity } = options;
    const leadership = LeadershipModule.forRoot(identity);
    const reports = ReportsModule.forRoot({ checkMs: options.rosterCheckMs ?? 0 });
    const assessment = AssessmentModule.forRoot(identity);
    const capabilities = [
      JobsModule.forRoot(options.jobs ?? {}),
      LiveTopicsModule,
      InboxModule,
      OrganizationModule,
      identity,
      IncidentsModule,
      DispatchModule,
      ResponseModule,
      AuditModule,
      DashboardModule,
      reports,
      DocumentsModule.forRoot(identity, reports, assessment, { linkBase: options.notify?.linkBase ?? null }),
      EvidenceModule.forRoot(identity, options.evidence),
      DutyModule.forRoot(identity, { checkMs: options.rosterCheckMs ?? 0 }),
      TimersModule.forRoot(options.timers ?? {}),
      NotificationsModule.forRoot(options.notify ?? {}),
      leadership,
      DeskModule.forRoot(leadership),
      assessment,
      IntakeModule,
      DemoModule.forRoot(identity),
    ];
    return { module: PlatformModule, imports: capabilities, exports: capabilities };
  }
}
