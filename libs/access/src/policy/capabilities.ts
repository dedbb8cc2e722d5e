import { Principal } from '../domain/principal';
import { Action, decide, Target } from './access-policy';

/**
 * What a session may do at page level (ADR 0017: the console offers what the API lists). Each capability is one
 * guarded command or query, asked of the one policy with the target its guard builds — so the menu, the route and
 * the button can never disagree with the API's answer (capabilities.spec.ts checks it over the whole grid).
 */
export enum Capability {
  /** 登记/上报舆情: reportIncident. */
  REPORT_INCIDENT = 'REPORT_INCIDENT',
  /** Every incident of the county, not only those the unit takes part in (the centre, the auditors): incident(id). */
  READ_COUNTY_INCIDENTS = 'READ_COUNTY_INCIDENTS',
  /** 编发舆情日报: issueDailyReport, for the caller's own unit. */
  ISSUE_DAILY_REPORT = 'ISSUE_DAILY_REPORT',
  /** 阅读舆情日报: dailyReport(id) of the county centre's report to the propaganda department. */
  READ_DAILY_REPORTS = 'READ_DAILY_REPORTS',
  /** 起草舆情专报: draftSpecialReport on an incident of the county. */
  DRAFT_SPECIAL_REPORT = 'DRAFT_SPECIAL_REPORT',
  /** 阅读舆情专报: specialReport(id) once signed off and sent to the caller's unit (or the centre's own). */
  READ_SPECIAL_REPORTS = 'READ_SPECIAL_REPORTS',
  /** 专报草稿: specialReport(id) of a draft not yet signed off (the centre, the auditors). */
  READ_SPECIAL_REPORT_DRAFTS = 'READ_SPECIAL_REPORT_DRAFTS',
  /** 审计: incidentHistory, incidentAsOf, deadlineCompliance. */
  READ_AUDIT = 'READ_AUDIT',
  /** 组织与人员: registerUnit, registerUser and the rest of the county's administration. */
  ADMINISTER_ORGANIZATION = 'ADMINISTER_ORGANIZATION',
  /** 系统设置: setSecurityPolicy, setDeadlinePolicy, the holiday calendar. */
  ADMINISTER_SETTINGS = 'ADMINISTER_SETTINGS',
  /** The county centre's duty and its holes (dutyGaps), and every unit's roster in the county. */
  READ_COUNTY_DUTY = 'READ_COUNTY_DUTY',
}

/** The county's units a capability's target names (organization's facts, passed in: the policy reads no tables). */
export interface CapabilityFacts {
  countyCentreUnitId: string | null;
  propagandaUnitId: string | null;
}

/** A unit id no real unit has: the target "another unit's incident", which only the county-wide may see. */
const ANOTHER_UNIT = '(another unit)';

/**
 * The guarded call behind each capability: its action and the target its guard would build for this caller. Null
 * where the county lacks the unit the target names (no centre: nobody issues its report).
 */
export const CAPABILITY_GUARDS: Record<
  Capability,
  (p: Principal, f: CapabilityFacts) => { action: Action; target: Target } | null
> = {
  [Capability.REPORT_INCIDENT]: () => ({ action: Action.IncidentReport, target: { kind: 'none' } }),
  [Capability.READ_COUNTY_INCIDENTS]: (p) => ({
    action: Action.IncidentRead,
    target: {
      kind: 'incident',
      countyId: p.countyId,
      owningUnit: ANOTHER_UNIT,
      visibleUnits: [ANOTHER_UNIT],
    },
  }),
  [Capability.ISSUE_DAILY_REPORT]: (p) => ({
    action: Action.DailyReportIssue,
    target: { kind: 'unit', unitId: p.unitId, countyId: p.countyId },
  }),
  [Capability.READ_DAILY_REPORTS]: (p, f) =>
    f.countyCentreUnitId
      ? {
          action: Action.DailyReportRead,
          target: {
            kind: 'dailyReport',
            countyId: p.countyId,
            unitId: f.countyCentreUnitId,
            recipientUnitIds: f.propagandaUnitId ? [f.propagandaUnitId] : [],
          },
        }
      : null,
  [Capability.DRAFT_SPECIAL_REPORT]: (p) => ({
    action: Action.SpecialReportDraft,
    target: {
      kind: 'incident',
      countyId: p.countyId,
      owningUnit: ANOTHER_UNIT,
      visibleUnits: [ANOTHER_UNIT],
    },
  }),
  [Capability.READ_SPECIAL_REPORTS]: (p, f) =>
    f.countyCentreUnitId
      ? {
          action: Action.SpecialReportRead,
          target: {
            kind: 'specialReport',
            countyId: p.countyId,
            unitId: f.countyCentreUnitId,
            issued: true,
            recipientUnitIds: [p.unitId],
          },
        }
      : null,
  [Capability.READ_SPECIAL_REPORT_DRAFTS]: (p, f) =>
    f.countyCentreUnitId
      ? {
          action: Action.SpecialReportRead,
          target: {
            kind: 'specialReport',
            countyId: p.countyId,
            unitId: f.countyCentreUnitId,
            issued: false,
            recipientUnitIds: [],
          },
        }
      : null,
  [Capability.READ_AUDIT]: (p) => ({
    action: Action.AuditRead,
    target: {
      kind: 'incident',
      countyId: p.countyId,
      owningUnit: ANOTHER_UNIT,
      visibleUnits: [ANOTHER_UNIT],
    },
  }),
  [Capability.ADMINISTER_ORGANIZATION]: (p) =>
    p.countyId ? { action: Action.UnitRegister, target: { kind: 'county', countyId: p.countyId } } : null,
  [Capability.ADMINISTER_SETTINGS]: (p) =>
    p.countyId
      ? { action: Action.CountySetSecurityPolicy, target: { kind: 'county', countyId: p.countyId } }
      : null,
  [Capability.READ_COUNTY_DUTY]: (p, f) =>
    f.countyCentreUnitId
      ? {
          action: Action.DutyRead,
          target: { kind: 'unit', unitId: f.countyCentreUnitId, countyId: p.countyId },
        }
      : null,
};

/** The capabilities of this session, in the enum's order: the policy's answer for each guarded call. */
export function capabilitiesOf(p: Principal, facts: CapabilityFacts): Capability[] {
  return Object.values(Capability).filter((c) => {
    const guard = CAPABILITY_GUARDS[c](p, facts);
    return guard !== null && decide(p, guard.action, guard.target).allowed;
  });
}
