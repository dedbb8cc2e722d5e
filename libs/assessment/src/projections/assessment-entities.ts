import { AssessmentIncidentBreakdown, AssessmentIncidentProfile } from './assessment-incident.entities';
import { AssessmentUnitDay } from './assessment-unit-day.entity';
import {
  AssessmentIncidentMemo,
  AssessmentLetterMemo,
  AssessmentPolicyView,
  AssessmentTaskMemo,
} from './assessment-memo.entities';

/** Every table of the library, for TypeORM (the module, and tools that build a DataSource by hand). */
export const ASSESSMENT_ENTITIES = [
  AssessmentUnitDay,
  AssessmentTaskMemo,
  AssessmentLetterMemo,
  AssessmentIncidentMemo,
  AssessmentPolicyView,
  AssessmentIncidentProfile,
  AssessmentIncidentBreakdown,
];
