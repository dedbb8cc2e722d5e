import { Decider } from '@app/event-store';
import {
  decideIncident,
  evolveIncident,
  IncidentCommand,
  IncidentState,
  initialIncidentState,
} from '../domain/incident.decider';
import { IncidentEvent } from '../domain/incident.events';

export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  decide: decideIncident,
  evolve: evolveIncident,
  initialState: initialIncidentState,
};
