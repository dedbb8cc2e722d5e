export { AssessmentModule } from './assessment.module';
export * from './domain/assessment.events';
export * from './domain/assessment.errors';
export { AssessmentQueries } from './queries/assessment-queries';
export {
  ASSESSMENT_FACTS_PROJECTION,
  ASSESSMENT_INCIDENTS_PROJECTION,
  AssessmentFactsProjection,
  AssessmentIncidentsProjection,
  AssessmentPolicyProjection,
} from './projections/assessment.projections';
export { ASSESSMENT_ENTITIES } from './projections/assessment-entities';
export { SetAssessmentPolicyCommand } from './commands/set-assessment-policy/set-assessment-policy.command';
