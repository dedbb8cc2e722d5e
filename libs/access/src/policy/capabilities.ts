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
  /** 待办: inbox — what waits for the caller to act (not an auditor's: they act on nothing). */
  WORK_INBOX = 'WORK_INBOX',
  /** 舆情线索: intakeQueue of the caller's county (the centre, the county's auditors). */
  READ_INTAKE_QUEUE = 'READ_INTAKE_QUEUE',
  /** 线索来源: configureIntakeSource, rotateIntakeSourceKey, setIntakeColumnMapping (the county's administrator). */
  MANAGE_INTAKE_SOURCES = 'MANAGE_INTAKE_SOURCES',
  /** 导入线索: previewIntakeImport / importIntakeFile of a source of the caller's county (the centre's 研判). */
  IMPORT_INTAKE_FILES = 'IMPORT_INTAKE_FILES',
  /** 录入线索: enterIntakeItem for the caller's own unit (any unit of a county, the village 网格员 too). */
  ENTER_INTAKE_ITEMS = 'ENTER_INTAKE_ITEMS',
  /** 审核口径: approveStatement of a statement the county centre drafted (the propaganda department's leaders). */
  APPROVE_STATEMENTS = 'APPROVE_STATEMENTS',
  /** 发布口径: publishStatement of a statement the county centre drafted (the spokespeople). */
  PUBLISH_STATEMENTS = 'PUBLISH_STATEMENTS',
  /** 起草口径/通稿 for the county: reviseStatement of a statement the county centre drafted (the centre's people). */
  DRAFT_COUNTY_STATEMENTS = 'DRAFT_COUNTY_STATEMENTS',
}

/** The county's units a capability's target names (organization's facts, passed in: the policy reads no tables). */
export interface CapabilityFacts {
  countyCentreUnitId: string | null;
  propagandaUnitId: string | null;
}

/** A unit id no real unit has: the target "another unit's incident", which only the county-wide may see. */
const ANOTHER_UNIT = '(another unit)';

/** A statement the county centre drafted, for the propaganda department to approve: the statement desk's target. */
const centreStatement = (p: Principal, f: CapabilityFacts): Target | null =>
  f.countyCentreUnitId
    ? {
        kind: 'statement',
        countyId: p.countyId,
        draftingUnitId: f.countyCentreUnitId,
        propagandaUnitId: f.propagandaUnitId,
        incidentVisibleUnits: [f.countyCentreUnitId],
      }
    : null;

const onCentreStatement =
  (action: Action) =>
  (p: Principal, f: CapabilityFacts): { action: Action; target: Target } | null => {
    const target = centreStatement(p, f);
    return target ? { action, target } : null;
  };

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
  // The city office has no centre of its own: it reads the 快报 a county's centre sends up to it.
  [Capability.READ_SPECIAL_REPORTS]: (p, f) =>
    f.countyCentreUnitId || p.countyId === null
      ? {
          action: Action.SpecialReportRead,
          target: {
            kind: 'specialReport',
            countyId: p.countyId,
            unitId: f.countyCentreUnitId ?? ANOTHER_UNIT,
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
  [Capability.WORK_INBOX]: () => ({ action: Action.InboxRead, target: { kind: 'none' } }),
  [Capability.READ_INTAKE_QUEUE]: (p) =>
    p.countyId ? { action: Action.IntakeRead, target: { kind: 'county', countyId: p.countyId } } : null,
  [Capability.MANAGE_INTAKE_SOURCES]: (p) =>
    p.countyId
      ? { action: Action.IntakeManageSources, target: { kind: 'county', countyId: p.countyId } }
      : null,
  [Capability.IMPORT_INTAKE_FILES]: (p) =>
    p.countyId ? { action: Action.IntakeTriage, target: { kind: 'county', countyId: p.countyId } } : null,
  [Capability.ENTER_INTAKE_ITEMS]: (p) => ({
    action: Action.IntakeEnter,
    target: { kind: 'unit', unitId: p.unitId, countyId: p.countyId },
  }),
  [Capability.APPROVE_STATEMENTS]: onCentreStatement(Action.StatementApprove),
  [Capability.PUBLISH_STATEMENTS]: onCentreStatement(Action.StatementPublish),
  [Capability.DRAFT_COUNTY_STATEMENTS]: onCentreStatement(Action.StatementRevise),
};

/** The capabilities of this session, in the enum's order: the policy's answer for each guarded call. */
export function capabilitiesOf(p: Principal, facts: CapabilityFacts): Capability[] {
  return Object.values(Capability).filter((c) => {
    const guard = CAPABILITY_GUARDS[c](p, facts);
    return guard !== null && decide(p, guard.action, guard.target).allowed;
  });
}
