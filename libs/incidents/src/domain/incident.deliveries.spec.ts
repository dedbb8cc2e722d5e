import { deliveriesOf } from './incident.deliveries';
import { EscalationTarget, Grade } from './incident.enums';
import { IncidentEvent, IncidentEventType } from './incident.events';

const stamp = { incidentId: 'i', by: 'u', byUnit: 'township', at: '2026-06-02T00:00:00.000Z' };
const county = { centreUnitId: 'centre' };

describe('who hears of an incident step', () => {
  it('an escalation reaches the city office, and the county centre when it goes to the county leaders', () => {
    const e: IncidentEvent = {
      type: IncidentEventType.Escalated,
      data: { ...stamp, to: [EscalationTarget.CITY_OFFICE], summary: 's', cityOfficeUnitId: 'city' },
    };
    expect(deliveriesOf([e], county)).toEqual([{ unitId: 'city', kind: 'INCIDENT_ESCALATED' }]);
    const both: IncidentEvent = {
      ...e,
      data: { ...e.data, to: [EscalationTarget.COUNTY_LEADERS, EscalationTarget.CITY_OFFICE] },
    };
    expect(deliveriesOf([both], county).map((d) => d.unitId)).toEqual(['city', 'centre']);
    // No city office configured: nobody to deliver to, rather than a delivery to nowhere.
    expect(deliveriesOf([{ ...e, data: { ...e.data, cityOfficeUnitId: null } }], county)).toEqual([]);
  });

  it('the linkage tells its lead, the three and the N that they are in it, and a released member that it is out', () => {
    const activated: IncidentEvent = {
      type: IncidentEventType.LinkageActivated,
      data: {
        ...stamp,
        leadUnitId: 'propaganda',
        coreUnitIds: ['cyber', 'police', 'security'],
        memberUnitIds: ['township'],
        byDecision: false,
        reason: '',
      },
    };
    expect(deliveriesOf([activated], county)).toEqual(
      ['propaganda', 'cyber', 'police', 'security', 'township'].map((unitId) => ({
        unitId,
        kind: 'LINKAGE_JOINED',
      })),
    );
    const released: IncidentEvent = {
      type: IncidentEventType.LinkageMemberReleased,
      data: { ...stamp, unitId: 'township', reason: '已处置完毕' },
    };
    expect(deliveriesOf([released], county)).toEqual([{ unitId: 'township', kind: 'LINKAGE_RELEASED' }]);
  });

  it('a village’s report reaches its township’s office as well as the county centre', () => {
    const reported = {
      type: IncidentEventType.Reported,
      data: { incidentId: 'i', reportingUnitId: 'village', townshipUnitId: 'township' },
    } as IncidentEvent;
    expect(deliveriesOf([reported], county)).toEqual(
      ['centre', 'township'].map((unitId) => ({ unitId, kind: 'INCIDENT_REPORTED' })),
    );
    const fromTownship = {
      ...reported,
      data: { incidentId: 'i', reportingUnitId: 'township' },
    } as IncidentEvent;
    expect(deliveriesOf([fromTownship], county)).toEqual([{ unitId: 'centre', kind: 'INCIDENT_REPORTED' }]);
  });

  it('steps that stay with the county centre reach nobody else', () => {
    const listed = { type: IncidentEventType.Listed, data: { ...stamp, requirements: 'r' } } as IncidentEvent;
    expect(deliveriesOf([listed], county)).toEqual([]);
  });
});

describe('whom a warning reaches', () => {
  const content = {
    level: Grade.III,
    object: 'o',
    startAt: stamp.at,
    scope: 's',
    matters: 'm',
    measures: 'x',
  };
  const working = { visibleUnits: ['centre', 'donghu'], warningScopeUnitIds: ['xishan'] };

  it('issued: the units in its scope and those already working the incident, each once', () => {
    const issued: IncidentEvent = {
      type: IncidentEventType.WarningIssued,
      data: { ...stamp, ...content, scopeUnitIds: ['xishan', 'donghu'], issuingUnitId: 'centre' },
    };
    expect(deliveriesOf([issued], county, { ...working, warningScopeUnitIds: [] })).toEqual(
      ['xishan', 'donghu', 'centre'].map((unitId) => ({ unitId, kind: 'WARNING_ISSUED' })),
    );
  });

  it('adjusted or lifted: also those its scope named before', () => {
    const adjusted: IncidentEvent = {
      type: IncidentEventType.WarningAdjusted,
      data: { ...stamp, ...content, scopeUnitIds: ['nanping'], previousLevel: Grade.IV, reason: 'r' },
    };
    expect(deliveriesOf([adjusted], county, working).map((d) => d.unitId)).toEqual([
      'nanping',
      'xishan',
      'centre',
      'donghu',
    ]);
    const lifted: IncidentEvent = { type: IncidentEventType.WarningLifted, data: { ...stamp, reason: 'r' } };
    expect(deliveriesOf([lifted], county, working)).toEqual(
      ['xishan', 'centre', 'donghu'].map((unitId) => ({ unitId, kind: 'WARNING_LIFTED' })),
    );
  });

  it('a warning recorded before scopes named units reaches the working units only', () => {
    const old: IncidentEvent = {
      type: IncidentEventType.WarningIssued,
      data: { ...stamp, ...content, issuingUnitId: 'centre' },
    };
    expect(deliveriesOf([old], county, working).map((d) => d.unitId)).toEqual(['centre', 'donghu']);
  });
});
