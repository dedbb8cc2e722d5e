import { Principal, SessionScope } from '../domain/principal';
import { Role, UnitKind } from '../domain/unit-kind';
import { Action, decide, Target } from './access-policy';
import { Capability, capabilitiesOf, CapabilityFacts } from './capabilities';

/**
 * A capability is listed exactly when the guarded call behind it is allowed: for every unit kind and role of the
 * access grid's scene, each capability against the policy's answer for the target the call's own guard builds
 * (written out here from the handlers and queries, not taken from capabilities.ts).
 */
const UNITS: Record<string, { unitId: string; kind: UnitKind; countyId: string | null }> = {
  CC: { unitId: 'cc-a', kind: UnitKind.COUNTY_CENTER, countyId: 'county-a' },
  PROP: { unitId: 'prop-a', kind: UnitKind.PROPAGANDA_DEPT, countyId: 'county-a' },
  LINK: { unitId: 'police-a', kind: UnitKind.LINKAGE_DEPT, countyId: 'county-a' },
  BUR: { unitId: 'bureau-a', kind: UnitKind.BUREAU, countyId: 'county-a' },
  T1: { unitId: 'town-1', kind: UnitKind.TOWNSHIP, countyId: 'county-a' },
  V1: { unitId: 'village-1', kind: UnitKind.VILLAGE, countyId: 'county-a' },
  CITY: { unitId: 'city', kind: UnitKind.CITY_OFFICE, countyId: null },
  CCB: { unitId: 'cc-b', kind: UnitKind.COUNTY_CENTER, countyId: 'county-b' },
};
const ROLES = Object.values(Role);
const FACTS: Record<string, CapabilityFacts> = {
  'county-a': { countyCentreUnitId: 'cc-a', propagandaUnitId: 'prop-a' },
  'county-b': { countyCentreUnitId: 'cc-b', propagandaUnitId: null },
};
const NO_COUNTY: CapabilityFacts = { countyCentreUnitId: null, propagandaUnitId: null };
const factsOf = (p: Principal) => (p.countyId ? FACTS[p.countyId] : NO_COUNTY);

const principal = (unit: string, roles: Role[], sessionScope: SessionScope = 'full'): Principal => ({
  userId: `u-${unit}`,
  username: `u-${unit}`,
  unitId: UNITS[unit].unitId,
  unitKind: UNITS[unit].kind,
  countyId: UNITS[unit].countyId,
  roles,
  sessionScope,
});

/** The caller's county (county A's things for the city office, which has none). */
const countyOf = (p: Principal) => p.countyId ?? 'county-a';

/** A statement the county centre drafted on its incident, as statementTarget builds it from the statement's row. */
function centreDraft(p: Principal, call: string, action: Action) {
  if (!p.countyId) return null;
  const { countyCentreUnitId, propagandaUnitId } = FACTS[p.countyId];
  return {
    call,
    action,
    target: {
      kind: 'statement' as const,
      countyId: p.countyId,
      draftingUnitId: countyCentreUnitId!,
      propagandaUnitId,
      incidentVisibleUnits: [countyCentreUnitId!],
    },
  };
}

/** The guarded call behind each capability, with the target its guard builds from the thing's own facts. */
const GUARDED: Record<Capability, (p: Principal) => { call: string; action: Action; target: Target } | null> =
  {
    // reportIncident: authorize(p, IncidentReport).
    [Capability.REPORT_INCIDENT]: () => ({
      call: 'reportIncident',
      action: Action.IncidentReport,
      target: { kind: 'none' },
    }),
    // incident(id) of the county, reported and worked by a unit other than the caller's.
    [Capability.READ_COUNTY_INCIDENTS]: (p) => {
      const other = p.unitId === 'town-1' ? 'town-2' : 'town-1';
      return {
        call: 'incident',
        action: Action.IncidentRead,
        target: {
          kind: 'incident',
          countyId: p.countyId ?? 'county-a',
          owningUnit: other,
          visibleUnits: [other],
        },
      };
    },
    // issueDailyReport: the caller's own unit.
    [Capability.ISSUE_DAILY_REPORT]: (p) => ({
      call: 'issueDailyReport',
      action: Action.DailyReportIssue,
      target: { kind: 'unit', unitId: p.unitId, countyId: p.countyId },
    }),
    // dailyReport(id): the county centre's report, sent to the county's propaganda department.
    [Capability.READ_DAILY_REPORTS]: (p) =>
      p.countyId
        ? {
            call: 'dailyReport',
            action: Action.DailyReportRead,
            target: {
              kind: 'dailyReport',
              countyId: p.countyId,
              unitId: FACTS[p.countyId].countyCentreUnitId!,
              recipientUnitIds: FACTS[p.countyId].propagandaUnitId
                ? [FACTS[p.countyId].propagandaUnitId!]
                : [],
            },
          }
        : null,
    // draftSpecialReport on an incident a township reported in the caller's county.
    [Capability.DRAFT_SPECIAL_REPORT]: (p) => ({
      call: 'draftSpecialReport',
      action: Action.SpecialReportDraft,
      target: { kind: 'incident', countyId: countyOf(p), owningUnit: 'town-1', visibleUnits: ['town-1'] },
    }),
    // specialReport(id): signed off by the centre and copied to the caller's unit (the city office: a 快报 of a
    // county's centre sent up to it).
    [Capability.READ_SPECIAL_REPORTS]: (p) => ({
      call: 'specialReport',
      action: Action.SpecialReportRead,
      target: {
        kind: 'specialReport',
        countyId: p.countyId,
        unitId: p.countyId ? FACTS[p.countyId].countyCentreUnitId! : 'centre-a',
        issued: true,
        recipientUnitIds: ['prop-a', p.unitId],
      },
    }),
    // specialReport(id) of a draft the centre has not signed off.
    [Capability.READ_SPECIAL_REPORT_DRAFTS]: (p) => ({
      call: 'specialReport (draft)',
      action: Action.SpecialReportRead,
      target: {
        kind: 'specialReport',
        countyId: countyOf(p),
        unitId: p.countyId ? FACTS[p.countyId].countyCentreUnitId! : 'cc-a',
        issued: false,
        recipientUnitIds: ['prop-a'],
      },
    }),
    // incidentHistory(id) of an incident of the caller's county.
    [Capability.READ_AUDIT]: (p) => ({
      call: 'incidentHistory',
      action: Action.AuditRead,
      target: { kind: 'incident', countyId: countyOf(p), owningUnit: 'town-1', visibleUnits: ['town-1'] },
    }),
    // registerUnit in the caller's county.
    [Capability.ADMINISTER_ORGANIZATION]: (p) => ({
      call: 'registerUnit',
      action: Action.UnitRegister,
      target: { kind: 'county', countyId: p.countyId ?? '' },
    }),
    // setSecurityPolicy of the caller's county.
    [Capability.ADMINISTER_SETTINGS]: (p) => ({
      call: 'setSecurityPolicy',
      action: Action.CountySetSecurityPolicy,
      target: { kind: 'county', countyId: p.countyId ?? '' },
    }),
    // dutyGaps: the duty of the caller's county centre.
    [Capability.READ_COUNTY_DUTY]: (p) =>
      p.countyId
        ? {
            call: 'dutyGaps',
            action: Action.DutyRead,
            target: { kind: 'unit', unitId: FACTS[p.countyId].countyCentreUnitId!, countyId: p.countyId },
          }
        : null,
    // inbox: DeskResolver asks InboxRead of the caller.
    [Capability.WORK_INBOX]: () => ({ call: 'inbox', action: Action.InboxRead, target: { kind: 'none' } }),
    // intakeQueue: the caller's county.
    [Capability.READ_INTAKE_QUEUE]: (p) =>
      p.countyId
        ? { call: 'intakeQueue', action: Action.IntakeRead, target: { kind: 'county', countyId: p.countyId } }
        : null,
    // configureIntakeSource / rotateIntakeSourceKey / setIntakeColumnMapping: a source of the caller's county.
    [Capability.MANAGE_INTAKE_SOURCES]: (p) => ({
      call: 'configureIntakeSource',
      action: Action.IntakeManageSources,
      target: { kind: 'county', countyId: countyOf(p) },
    }),
    // importIntakeFile: the source's county, which must be the caller's (another county's is NOT_FOUND).
    [Capability.IMPORT_INTAKE_FILES]: (p) =>
      p.countyId
        ? {
            call: 'importIntakeFile',
            action: Action.IntakeTriage,
            target: { kind: 'county', countyId: p.countyId },
          }
        : null,
    // enterIntakeItem: the caller's own unit.
    [Capability.ENTER_INTAKE_ITEMS]: (p) => ({
      call: 'enterIntakeItem',
      action: Action.IntakeEnter,
      target: { kind: 'unit', unitId: p.unitId, countyId: p.countyId },
    }),
    // approveStatement / publishStatement / reviseStatement of wording the county centre drafted on its incident.
    [Capability.APPROVE_STATEMENTS]: (p) => centreDraft(p, 'approveStatement', Action.StatementApprove),
    [Capability.PUBLISH_STATEMENTS]: (p) => centreDraft(p, 'publishStatement', Action.StatementPublish),
    [Capability.DRAFT_COUNTY_STATEMENTS]: (p) => centreDraft(p, 'reviseStatement', Action.StatementRevise),
  };

describe('capabilities: listed exactly when the guarded call is allowed', () => {
  const cases = Object.keys(UNITS).flatMap((unit) => ROLES.map((role) => [unit, role] as const));
  it.each(cases)('%s %s', (unit, role) => {
    const p = principal(unit, [role]);
    const listed = capabilitiesOf(p, factsOf(p));
    for (const c of Object.values(Capability)) {
      const guard = GUARDED[c](p);
      const allowed = guard !== null && decide(p, guard.action, guard.target).allowed;
      expect({ capability: c, call: guard?.call, listed: listed.includes(c) }).toEqual({
        capability: c,
        call: guard?.call,
        listed: allowed,
      });
    }
  });

  it('reads as the console used to decide it, for the demo county’s people', () => {
    const of = (unit: string, ...roles: Role[]) =>
      capabilitiesOf(principal(unit, roles), factsOf(principal(unit, roles)));
    expect(of('CC', Role.DUTY_OFFICER)).toEqual([
      Capability.REPORT_INCIDENT,
      Capability.READ_COUNTY_INCIDENTS,
      Capability.ISSUE_DAILY_REPORT,
      Capability.READ_DAILY_REPORTS,
      Capability.DRAFT_SPECIAL_REPORT,
      Capability.READ_SPECIAL_REPORTS,
      Capability.READ_SPECIAL_REPORT_DRAFTS,
      Capability.READ_COUNTY_DUTY,
      Capability.WORK_INBOX,
      Capability.READ_INTAKE_QUEUE,
      Capability.IMPORT_INTAKE_FILES,
      Capability.ENTER_INTAKE_ITEMS,
      Capability.DRAFT_COUNTY_STATEMENTS,
    ]);
    expect(of('CC', Role.AUDITOR)).toEqual([
      Capability.READ_COUNTY_INCIDENTS,
      Capability.READ_DAILY_REPORTS,
      Capability.READ_SPECIAL_REPORTS,
      Capability.READ_SPECIAL_REPORT_DRAFTS,
      Capability.READ_AUDIT,
      Capability.READ_COUNTY_DUTY,
      // No 待办 (an auditor acts on nothing), but the 舆情线索 queue to read.
      Capability.READ_INTAKE_QUEUE,
    ]);
    expect(of('CC', Role.ADMIN)).toEqual([
      Capability.READ_COUNTY_INCIDENTS,
      Capability.READ_DAILY_REPORTS,
      Capability.READ_SPECIAL_REPORTS,
      Capability.READ_SPECIAL_REPORT_DRAFTS,
      Capability.ADMINISTER_ORGANIZATION,
      Capability.ADMINISTER_SETTINGS,
      Capability.READ_COUNTY_DUTY,
      Capability.WORK_INBOX,
      Capability.READ_INTAKE_QUEUE,
      Capability.MANAGE_INTAKE_SOURCES,
    ]);
    expect(of('CC', Role.LEADER)).toContain(Capability.READ_AUDIT);
    expect(of('PROP', Role.LEADER)).toEqual([
      Capability.REPORT_INCIDENT,
      Capability.READ_DAILY_REPORTS,
      Capability.READ_SPECIAL_REPORTS,
      Capability.WORK_INBOX,
      Capability.ENTER_INTAKE_ITEMS,
      Capability.APPROVE_STATEMENTS,
    ]);
    expect(of('PROP', Role.SPOKESPERSON)).toEqual([
      Capability.READ_DAILY_REPORTS,
      Capability.WORK_INBOX,
      Capability.PUBLISH_STATEMENTS,
    ]);
    expect(of('T1', Role.HANDLER)).toEqual([
      Capability.REPORT_INCIDENT,
      Capability.WORK_INBOX,
      Capability.ENTER_INTAKE_ITEMS,
    ]);
    // The village 网格员 enters what they find by hand, for the village.
    expect(of('V1', Role.HANDLER)).toContain(Capability.ENTER_INTAKE_ITEMS);
    // An administrator of a township runs no county settings; county B's centre sees none of county A's.
    expect(of('T1', Role.ADMIN)).toEqual([Capability.WORK_INBOX]);
  });

  it('lists nothing while the session must first enrol a second factor or change its password', () => {
    for (const scope of ['enroll-totp', 'change-password'] as const) {
      const p = principal('CC', [Role.DUTY_OFFICER, Role.LEADER], scope);
      expect(capabilitiesOf(p, factsOf(p))).toEqual([]);
    }
  });
});
