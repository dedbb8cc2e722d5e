import { ValidationFailed } from '@app/kernel';
import { Grade, IncidentStatus } from './incident.enums';
import { IncidentAlreadyReported, IncidentNotFound, InvalidIncidentTransition } from './incident.errors';
import { IncidentEvent, IncidentEventType } from './incident.events';
import {
  AssessIncidentInput,
  ReportIncidentInput,
  validateAssessment,
  validateReport,
} from './incident.validation';

/** Who decides and when: arrives with the command, so the decider never reads a clock. */
export interface DecisionContext {
  now: Date;
  actorUserId: string;
  actorUnitId: string;
  actorCountyId: string | null;
}

export type IncidentCommand =
  | { type: 'ReportIncident'; incidentId: string; input: ReportIncidentInput; context: DecisionContext }
  | { type: 'AssessIncident'; incidentId: string; input: AssessIncidentInput; context: DecisionContext };

export interface IncidentState {
  exists: boolean;
  incidentId: string | null;
  status: IncidentStatus | null;
  grade: Grade | null;
  assessments: number;
}

export const initialIncidentState = (): IncidentState => ({
  exists: false,
  incidentId: null,
  status: null,
  grade: null,
  assessments: 0,
});

const STEPS = {
  assessIncident: { operation: 'assessIncident', label: { zh: '研判', en: 'assessed' } },
  reopenIncident: { operation: 'reopenIncident', label: { zh: '重新打开', en: 'reopened' } },
};

/** Decides which events a command produces, or refuses it. Pure: state and command in, events out. */
export function decideIncident(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  switch (command.type) {
    case 'ReportIncident': {
      if (state.exists) throw new IncidentAlreadyReported(command.incidentId);
      const problems = validateReport(command.input, command.context.now);
      if (problems.length) throw new ValidationFailed(problems);
      const i = command.input;
      return [
        {
          type: IncidentEventType.Reported,
          data: {
            incidentId: command.incidentId,
            channel: i.channel,
            platform: i.platform,
            urls: i.urls,
            title: i.title.trim(),
            excerpt: i.excerpt.trim(),
            discoveredAt: i.discoveredAt.toISOString(),
            spread: i.spread,
            confidential: i.confidential,
            reportingUnitId: command.context.actorUnitId,
            countyId: command.context.actorCountyId,
            reportedBy: command.context.actorUserId,
            reportedAt: command.context.now.toISOString(),
          },
        },
      ];
    }
    case 'AssessIncident': {
      if (!state.exists) throw new IncidentNotFound(command.incidentId);
      if (state.status === IncidentStatus.CLOSED) {
        throw new InvalidIncidentTransition(STEPS.assessIncident, state.status, [STEPS.reopenIncident]);
      }
      const problems = validateAssessment(command.input);
      if (problems.length) throw new ValidationFailed(problems);
      const i = command.input;
      return [
        {
          type: IncidentEventType.Assessed,
          data: {
            incidentId: command.incidentId,
            nature: i.nature,
            veracity: i.veracity,
            field: i.field,
            grade: i.grade,
            indicators: i.indicators.map((s) => s.trim()),
            reasoning: i.reasoning.trim(),
            previousGrade: state.grade,
            revision: state.assessments + 1,
            assessedBy: command.context.actorUserId,
            assessedAt: command.context.now.toISOString(),
          },
        },
      ];
    }
  }
}

/** Folds one event into the state. Pure. */
export function evolveIncident(state: IncidentState, event: IncidentEvent): IncidentState {
  switch (event.type) {
    case IncidentEventType.Reported:
      return { ...state, exists: true, incidentId: event.data.incidentId, status: IncidentStatus.REGISTERED };
    case IncidentEventType.Assessed:
      return {
        ...state,
        grade: event.data.grade,
        assessments: state.assessments + 1,
        // A revision keeps later states; only a fresh incident moves to ASSESSED.
        status: state.status === IncidentStatus.REGISTERED ? IncidentStatus.ASSESSED : state.status,
      };
  }
}
