import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { DispatchModule } from '@app/dispatch';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { ResponseModule } from '@app/response';
import { MarkArrivalsReadHandler } from './commands/mark-arrivals-read/mark-arrivals-read.handler';
import { ARRIVALS_READ } from './domain/arrivals';
import { DeskArrivalRead, DeskArrivalView } from './projections/desk-arrival.entities';
import { DeskArrivalsProjection } from './projections/desk-arrivals.projection';
import { ArrivalsToRead } from './queries/arrivals-to-read';
import { DeskResolver } from './graphql/desk.resolver';
import { DeskItems } from './queries/desk-items';

/**
 * A person's 待办 across the platform (issue 20 §3): it reads every library that owns something to act on, and no
 * library reads it. `leadership` is the app's one LeadershipModule (a dynamic module built with identity).
 */
@Module({})
export class DeskModule implements OnModuleInit {
  static forRoot(leadership: DynamicModule): DynamicModule {
    return {
      module: DeskModule,
      imports: [
        CqrsModule,
        DispatchModule,
        ResponseModule,
        leadership,
        TypeOrmModule.forFeature([DeskArrivalView, DeskArrivalRead]),
      ],
      providers: [ScopedDb, DeskItems, DeskResolver, ArrivalsToRead, MarkArrivalsReadHandler],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    this.schemas.define(ARRIVALS_READ, 1);
    this.projections.add(new DeskArrivalsProjection());
  }
}
