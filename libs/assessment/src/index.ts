export { AssessmentModule } from './assessment.module';
export * from './domain/assessment.events';
export * from './domain/assessment.errors';
export { AssessmentQueries } from './queries/assessment-queries';
export {
  ASSESSMENT_FACTS_PROJECTION,
  AssessmentFactsProjection,
  AssessmentPolicyProjection,
} from './projections/assessment.projections';
export { ASSESSMENT_ENTITIES } from './projections/assessment-entities';
export { SetAssessmentPolicyCommand } from './commands/set-assessment-policy/set-assessment-policy.command';
