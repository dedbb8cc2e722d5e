import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { DutyEventType } from './domain/duty.events';
import { AssignDutyShiftHandler } from './commands/assign-duty-shift/assign-duty-shift.handler';
import { CancelDutyShiftHandler } from './commands/cancel-duty-shift/cancel-duty-shift.handler';
import { RecordDutyLogHandler } from './commands/record-duty-log/record-duty-log.handler';
import { DutyService } from './queries/duty.service';
import {
  ROSTER_GAP_REPORTED,
  ROSTER_WATCH_OPTIONS,
  RosterGapWatch,
  RosterWatchOptions,
} from './roster-gap-watch';
import { DutyResolver } from './graphql/duty.resolver';
import { DutyLogView, DutyShiftView } from './projections/duty-views.entity';
import { dutyLogViewProjection, dutyShiftViewProjection } from './projections/duty.projections';

/** Duty (值班): rosters and duty logs per unit. Takes the identity module for the people it puts on duty. */
@Module({})
export class DutyModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  static forRoot(identity: DynamicModule, watch: RosterWatchOptions = { checkMs: 0 }): DynamicModule {
    return {
      module: DutyModule,
      imports: [
        CqrsModule,
        identity,
        OrganizationModule,
        IncidentsModule,
        TypeOrmModule.forFeature([DutyShiftView, DutyLogView]),
      ],
      providers: [
        ScopedDb,
        DutyService,
        AssignDutyShiftHandler,
        CancelDutyShiftHandler,
        RecordDutyLogHandler,
        DutyResolver,
        RosterGapWatch,
        { provide: ROSTER_WATCH_OPTIONS, useValue: watch },
      ],
      exports: [DutyService, RosterGapWatch],
    };
  }

  onModuleInit(): void {
    for (const type of [...Object.values(DutyEventType), ROSTER_GAP_REPORTED]) this.schemas.define(type, 1);
    this.projections.add(dutyShiftViewProjection());
    this.projections.add(dutyLogViewProjection());
  }
}
