import { alongsideOperations } from './incident-alongside';
import { initialIncidentState, IncidentState } from './incident.decider';
import { IncidentStatus } from './incident.enums';

const state = (status: IncidentStatus, over: Partial<IncidentState> = {}): IncidentState => ({
  ...initialIncidentState(),
  exists: true,
  incidentId: 'i1',
  status,
  ...over,
});

describe('alongsideOperations: the letter, referral and statement steps an incident offers by its state', () => {
  it('offers nothing for an incident that does not exist', () => {
    expect(alongsideOperations(initialIncidentState())).toEqual([]);
  });

  it('offers a statement but no letter before the assessment, and no referral before tasks may be dispatched', () => {
    expect(alongsideOperations(state(IncidentStatus.REGISTERED))).toEqual([
      'draftStatement',
      'draftSpecialReport',
      'attachEvidence',
    ]);
    expect(alongsideOperations(state(IncidentStatus.ASSESSED))).toEqual([
      'sendRiskLetter',
      'draftStatement',
      'draftSpecialReport',
      'sendTakedownRequest',
      'draftHandlingPlan',
      'attachEvidence',
    ]);
  });

  it('offers the referral where the incident takes tasks', () => {
    expect(alongsideOperations(state(IncidentStatus.HANDLING, { listed: true }))).toEqual([
      'sendRiskLetter',
      'referToPolice',
      'draftStatement',
      'draftSpecialReport',
      'sendTakedownRequest',
      'draftHandlingPlan',
      'attachEvidence',
    ]);
  });

  it('offers only a special report and evidence once the incident is closed', () => {
    expect(alongsideOperations(state(IncidentStatus.CLOSED))).toEqual([
      'draftSpecialReport',
      'attachEvidence',
    ]);
  });
});
