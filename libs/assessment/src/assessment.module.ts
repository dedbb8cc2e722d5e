import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { OrganizationModule } from '@app/organization';
import { SetAssessmentPolicyHandler } from './commands/set-assessment-policy/set-assessment-policy.handler';
import { AssessmentEventType } from './domain/assessment.events';
import { AssessmentResolver } from './graphql/assessment.resolver';
import { AssessmentFilesController } from './http/assessment-files.controller';
import { ASSESSMENT_ENTITIES } from './projections/assessment-entities';
import {
  AssessmentFactsProjection,
  AssessmentIncidentsProjection,
  AssessmentPolicyProjection,
} from './projections/assessment.projections';
import { AssessmentQueries } from './queries/assessment-queries';

/**
 * 统计与考核 (issue 24): per-unit, per-day facts folded from the log, the county's 考核 rules as versioned policy,
 * figures, scores and ranks per period. Reads leadership's roster (county leaders see the county).
 */
@Module({})
export class AssessmentModule implements OnModuleInit {
  static forRoot(identity: DynamicModule): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [CqrsModule, identity, OrganizationModule, TypeOrmModule.forFeature(ASSESSMENT_ENTITIES)],
      controllers: [AssessmentFilesController],
      providers: [ScopedDb, AssessmentQueries, AssessmentResolver, SetAssessmentPolicyHandler],
      // Documents reads a county's statistics for its 考核通报.
      exports: [AssessmentQueries],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(AssessmentEventType)) this.schemas.define(type, 1);
    this.projections.add(new AssessmentFactsProjection());
    this.projections.add(new AssessmentPolicyProjection());
    this.projections.add(new AssessmentIncidentsProjection());
  }
}
