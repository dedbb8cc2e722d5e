import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { DispatchModule } from '@app/dispatch';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { IntakeModule } from '@app/intake';
import { OrganizationModule } from '@app/organization';
import { FLASH_REPORT_RAISED, FlashReportRaisedData } from './flash-report';
import { TIMER_LAPSED } from './timer-lapse';
import { TimerScheduleProjection } from './timer-schedule.projection';
import { DEFAULT_TIMER_OPTIONS, TIMER_OPTIONS, TimerOptions, TimerService } from './timer.service';

/** Deadlines that act on their own (issue 5): reminders, overdue supervision, escalation, 催签, 舆情快报. */
@Module({})
export class TimersModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  static forRoot(options: Partial<TimerOptions> = {}): DynamicModule {
    return {
      module: TimersModule,
      imports: [DispatchModule, IncidentsModule, OrganizationModule, IntakeModule],
      providers: [
        ScopedDb,
        { provide: TIMER_OPTIONS, useValue: { ...DEFAULT_TIMER_OPTIONS, ...options } },
        TimerService,
      ],
      exports: [TimerService],
    };
  }

  onModuleInit(): void {
    this.schemas.define(FLASH_REPORT_RAISED, 1);
    this.schemas.define(TIMER_LAPSED, 1);
    this.projections.add(new TimerScheduleProjection());
    this.timeline.register([FLASH_REPORT_RAISED], (e) => {
      const d = e.data as unknown as FlashReportRaisedData;
      return d.reason === 'MAJOR'
        ? {
            zh: `舆情快报（${d.grade} 级）：提请县中心领导签发报送`,
            en: `flash report (grade ${d.grade}): put to the centre's leaders to sign off`,
          }
        : {
            zh: '舆情快报：未按时研判，提请县中心领导签发报送',
            en: "flash report: not assessed in time, put to the centre's leaders to sign off",
          };
    });
  }
}
