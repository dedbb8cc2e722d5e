import { Principal } from '../domain/principal';
import { Role, UnitKind } from '../domain/unit-kind';
import { Action, decide, Target } from './access-policy';

/**
 * Every command and query against every unit kind and role. One block per action: rows are callers' units, columns
 * roles, cells A (allowed), F (FORBIDDEN: may see, may not do), N (NOT_FOUND: may not even see it).
 *
 * The scene: county A with its centre (CC), propaganda department (PROP), police as a linkage department (LINK),
 * a bureau (BUR), township T1 which owns the incident and a user, township T2, village V1 under T1; the city office
 * (CITY, no county) and county B's centre (CCB).
 */
const UNITS: Record<string, { unitId: string; kind: UnitKind; countyId: string | null }> = {
  CC: { unitId: 'cc-a', kind: UnitKind.COUNTY_CENTER, countyId: 'county-a' },
  PROP: { unitId: 'prop-a', kind: UnitKind.PROPAGANDA_DEPT, countyId: 'county-a' },
  LINK: { unitId: 'police-a', kind: UnitKind.LINKAGE_DEPT, countyId: 'county-a' },
  BUR: { unitId: 'bureau-a', kind: UnitKind.BUREAU, countyId: 'county-a' },
  T1: { unitId: 'town-1', kind: UnitKind.TOWNSHIP, countyId: 'county-a' },
  T2: { unitId: 'town-2', kind: UnitKind.TOWNSHIP, countyId: 'county-a' },
  V1: { unitId: 'village-1', kind: UnitKind.VILLAGE, countyId: 'county-a' },
  CITY: { unitId: 'city', kind: UnitKind.CITY_OFFICE, countyId: null },
  CCB: { unitId: 'cc-b', kind: UnitKind.COUNTY_CENTER, countyId: 'county-b' },
};
const ROLES = [Role.DUTY_OFFICER, Role.HANDLER, Role.LEADER, Role.SPOKESPERSON, Role.AUDITOR, Role.ADMIN];

const incidentOfT1: Target = {
  kind: 'incident',
  countyId: 'county-a',
  owningUnit: 'town-1',
  visibleUnits: ['town-1'],
};
/** Reported by village-1 through its township town-1 (000 §三1), and the same once town-1 took it up itself. */
const incidentOfV1: Target = {
  kind: 'incident',
  countyId: 'county-a',
  owningUnit: 'village-1',
  visibleUnits: ['village-1', 'town-1'],
  townshipUnitId: 'town-1',
};
const incidentHandledByT1: Target = { ...incidentOfV1, localUnitId: 'town-1' };
const countyA: Target = { kind: 'county', countyId: 'county-a' };
const unitT2: Target = { kind: 'unit', unitId: 'town-2', countyId: 'county-a' };
const unitT1: Target = { kind: 'unit', unitId: 'town-1', countyId: 'county-a' };
const userOfT1: Target = { kind: 'user', userId: 'u-t1', unitId: 'town-1', countyId: 'county-a' };

const taskForT1: Target = {
  kind: 'task',
  countyId: 'county-a',
  dispatcherUnitId: 'cc-a',
  assigneeUnitId: 'town-1',
  parentAssigneeUnitId: null,
};
const villageTask: Target = {
  kind: 'task',
  countyId: 'county-a',
  dispatcherUnitId: 'town-1',
  assigneeUnitId: 'village-1',
  parentAssigneeUnitId: 'town-1',
};
const letterToT1AndBur: Target = {
  kind: 'letter',
  countyId: 'county-a',
  senderUnitId: 'cc-a',
  recipientUnitIds: ['town-1', 'bureau-a'],
};
const statementByCC: Target = {
  kind: 'statement',
  countyId: 'county-a',
  draftingUnitId: 'cc-a',
  propagandaUnitId: 'prop-a',
  incidentVisibleUnits: ['town-1'],
};

const unitCC: Target = { kind: 'unit', unitId: 'cc-a', countyId: 'county-a' };
const assessmentOf = (unitId: string | null, o: { leader?: boolean; shared?: boolean } = {}): Target => ({
  kind: 'assessment',
  countyId: 'county-a',
  unitId,
  callerIsCountyLeader: o.leader ?? false,
  rankingShared: o.shared ?? false,
});
const dailyReportToProp: Target = {
  kind: 'dailyReport',
  countyId: 'county-a',
  unitId: 'cc-a',
  recipientUnitIds: ['prop-a'],
};

const specialDraftOfCC: Target = {
  kind: 'specialReport',
  countyId: 'county-a',
  unitId: 'cc-a',
  issued: false,
  recipientUnitIds: ['prop-a', 'town-1'],
};
const specialIssuedByCC: Target = { ...specialDraftOfCC, issued: true };

/** Only the county centre's people who work incidents; others who may see it are FORBIDDEN. */
const CENTRE_WORK = `CC A A A F F F\nPROP N N N N F N\nLINK N N N N F N\nBUR N N N N F N\nT1 F F F F F F\nT2 N N N N F N\nV1 N N N N F N\nCITY N N N N N N\nCCB N N N N N N`;
const ALL_A = `CC A A A A A A\nPROP A A A A A A\nLINK A A A A A A\nBUR A A A A A A\nT1 A A A A A A\nT2 A A A A A A\nV1 A A A A A A\nCITY A A A A A A\nCCB A A A A A A`;
const ADMIN_OF_COUNTY = `CC F F F F F A\nPROP F F F F F F\nLINK F F F F F F\nBUR F F F F F F\nT1 F F F F F F\nT2 F F F F F F\nV1 F F F F F F\nCITY N N N N N N\nCCB N N N N N N`;
const ADMIN_OF_USER = `CC F F F F F A\nPROP N N N N F N\nLINK N N N N F N\nBUR N N N N F N\nT1 F F F F F F\nT2 N N N N F N\nV1 N N N N F N\nCITY N N N N N N\nCCB N N N N N N`;
const COUNTY_VISIBLE = `CC A A A A A A\nPROP A A A A A A\nLINK A A A A A A\nBUR A A A A A A\nT1 A A A A A A\nT2 A A A A A A\nV1 A A A A A A\nCITY N N N N N N\nCCB N N N N N N`;

const TABLE: { action: Action; target: Target; grid: string }[] = [
  {
    action: Action.IncidentReport,
    target: { kind: 'none' },
    grid: `
      CC   A A A F F F
      PROP A A A F F F
      LINK A A A F F F
      BUR  A A A F F F
      T1   A A A F F F
      T2   A A A F F F
      V1   A A A F F F
      CITY A A A F F F
      CCB  A A A F F F`,
  },
  {
    action: Action.IncidentRead,
    target: incidentOfT1,
    grid: `
      CC   A A A A A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   A A A A A A
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.IncidentAssess,
    target: incidentOfT1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.CountyRead, target: countyA, grid: COUNTY_VISIBLE },
  {
    action: Action.AuditRead,
    target: incidentOfT1,
    grid: `
      CC   F F A F A F
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   F F F F A F
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.AuditRead,
    target: unitT2,
    grid: `
      CC   F F A F A F
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.DutyRead,
    target: unitT2,
    grid: `
      CC   A A A A A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   A A A A A A
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.DutyManage,
    target: unitT2,
    grid: `
      CC   F F F F F A
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F A F F A
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 机关代字 of 西山镇 (T2): its own administrator, or the county's.
    action: Action.UnitSetDocumentCode,
    target: unitT2,
    grid: `
      CC   F F F F F A
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F A
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 发文 in 西山镇's name (T2): its own people who work incidents.
    action: Action.DocumentIssue,
    target: unitT2,
    grid: `
      CC   F F F F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   A A A F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Evidence on 东湖镇's (T1) incident: those who work incidents where it is seen — the owning township and the
    // centre; auditors see it and add nothing (issue 22).
    action: Action.EvidenceAttach,
    target: incidentOfT1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // A scan on a statement: its drafting unit (the centre), the propaganda department and the incident's units,
    // spokespeople too.
    action: Action.EvidenceAttach,
    target: statementByCC,
    grid: `
      CC   A A A A F F
      PROP A A A A F F
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A A F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Attaching is not a task's way in: its files go with the task's own work (TaskWork).
    action: Action.EvidenceAttach,
    target: taskForT1,
    grid: `
      CC   F F F F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.DutyLogRecord,
    target: unitT2,
    grid: `
      CC   F F F F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   A F A F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.AuditVerify,
    target: countyA,
    grid: `
      CC   F F F F A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Grants of privileged roles in the county: its auditors only (三员分立).
    action: Action.AuditRoleGrants,
    target: countyA,
    grid: `
      CC   F F F F A F
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.NotificationRead,
    target: unitT2,
    grid: `
      CC   F F F F A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F A F A A
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.NotificationManage,
    target: unitT2,
    grid: `
      CC   F F F F F A
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Issued at the centre by its duty officers or leader; a township's own duty staff compile none.
    action: Action.DailyReportIssue,
    target: unitCC,
    grid: `
      CC   A F A F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Read by the centre, the propaganda department it went to and the county's auditors; no other unit.
    action: Action.DailyReportRead,
    target: dailyReportToProp,
    grid: `
      CC   A A A A A A
      PROP A A A A A A
      LINK N N N N A N
      BUR  N N N N A N
      T1   N N N N A N
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  // 舆情专报: written by the centre's people who work incidents, on an incident they see.
  { action: Action.SpecialReportDraft, target: incidentOfT1, grid: CENTRE_WORK },
  {
    // Signed off by the centre's leader only; nobody else sees a draft.
    action: Action.SpecialReportIssue,
    target: specialDraftOfCC,
    grid: `
      CC   F F A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   N N N N F N
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Withdrawn by the centre's people who work incidents; auditors read it and change nothing.
    action: Action.SpecialReportWithdraw,
    target: specialDraftOfCC,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   N N N N F N
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // A draft is the centre's (and open to the county's auditors); its recipients see nothing of it yet.
    action: Action.SpecialReportRead,
    target: specialDraftOfCC,
    grid: `
      CC   A A A A A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   N N N N A N
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Signed off, it is read by the leaders of the units it went to as well; not by their clerks, not by others.
    action: Action.SpecialReportRead,
    target: specialIssuedByCC,
    grid: `
      CC   A A A A A A
      PROP N N A N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   N N A N A N
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.CountyAssignLinkage, target: countyA, grid: ADMIN_OF_COUNTY },
  // The county's roster of leaders: read in the county, kept by its administrator.
  { action: Action.LeadershipRead, target: countyA, grid: COUNTY_VISIBLE },
  { action: Action.LeadershipManage, target: countyA, grid: ADMIN_OF_COUNTY },
  {
    // 领导批示: a leader of the county (the roster then decides the field); another county learns nothing.
    action: Action.InstructionGive,
    target: countyA,
    grid: `
      CC   F F A F F F
      PROP F F A F F F
      LINK F F A F F F
      BUR  F F A F F F
      T1   F F A F F F
      T2   F F A F F F
      V1   F F A F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 落实批示 and reporting back: the centre's people who work incidents.
    action: Action.InstructionImplement,
    target: countyA,
    grid: `
      CC   A A A F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 舆情线索 waiting for triage: the centre (every role) and the county's auditors; other counties learn nothing.
    action: Action.IntakeRead,
    target: countyA,
    grid: `
      CC   A A A A A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Registering, attaching, archiving an item: the centre's people who work incidents.
    action: Action.IntakeTriage,
    target: countyA,
    grid: `
      CC   A A A F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // An item entered by hand for T1: T1's people who work incidents (the village's 网格员 enters for the village).
    action: Action.IntakeEnter,
    target: unitT1,
    grid: `
      CC   F F F F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   A A A F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // The city office enters nothing by hand: an item belongs to one county's queue, and it has none.
    action: Action.IntakeEnter,
    target: { kind: 'unit', unitId: 'city', countyId: null },
    grid: `
      CC   N N N N N N
      PROP N N N N N N
      LINK N N N N N N
      BUR  N N N N N N
      T1   N N N N N N
      T2   N N N N N N
      V1   N N N N N N
      CITY F F F F F F
      CCB  N N N N N N`,
  },
  { action: Action.IntakeManageSources, target: countyA, grid: ADMIN_OF_COUNTY },
  {
    // The watch list / risk library: the centre's people who work incidents and its administrator.
    action: Action.IntakeManageWatchList,
    target: countyA,
    grid: `
      CC   A A A F F A
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.CountySetSecurityPolicy, target: countyA, grid: ADMIN_OF_COUNTY },
  {
    // 统计与考核 of the county as a whole: its auditors and the centre (not its spokesperson); a unit is refused.
    action: Action.AssessmentRead,
    target: assessmentOf(null),
    grid: `
      CC   A A A F A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // One township's figures: its own people and the county's readers; another unit learns nothing of them.
    action: Action.AssessmentRead,
    target: assessmentOf('town-1'),
    grid: `
      CC   A A A N A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   A A A A A A
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // A county leader on the roster (sitting in a bureau, the county office) reads the county.
    action: Action.AssessmentRead,
    target: assessmentOf(null, { leader: true }),
    grid: `
      CC   A A A A A A
      PROP A A A A A A
      LINK A A A A A A
      BUR  A A A A A A
      T1   A A A A A A
      T2   A A A A A A
      V1   A A A A A A
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // The anonymised ranking, not shared: the county's readers only.
    action: Action.AssessmentRanking,
    target: assessmentOf(null),
    grid: `
      CC   A A A F A A
      PROP F F F F A F
      LINK F F F F A F
      BUR  F F F F A F
      T1   F F F F A F
      T2   F F F F A F
      V1   F F F F A F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Shared by the county: every unit of the county; another county still learns nothing.
    action: Action.AssessmentRanking,
    target: assessmentOf(null, { shared: true }),
    grid: `
      CC   A A A A A A
      PROP A A A A A A
      LINK A A A A A A
      BUR  A A A A A A
      T1   A A A A A A
      T2   A A A A A A
      V1   A A A A A A
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.AssessmentPolicySet, target: countyA, grid: ADMIN_OF_COUNTY },
  { action: Action.CountySetCalendar, target: countyA, grid: ADMIN_OF_COUNTY },
  { action: Action.CountySetGradeScales, target: countyA, grid: ADMIN_OF_COUNTY },
  { action: Action.CountySetSpreadCriteria, target: countyA, grid: ADMIN_OF_COUNTY },
  { action: Action.UnitRead, target: unitT2, grid: COUNTY_VISIBLE },
  { action: Action.UnitRegister, target: countyA, grid: ADMIN_OF_COUNTY },
  { action: Action.UnitUpdate, target: unitT2, grid: ADMIN_OF_COUNTY },
  { action: Action.UserRegister, target: unitT1, grid: ADMIN_OF_COUNTY },
  {
    action: Action.UserRead,
    target: userOfT1,
    grid: `
      CC   A A A A A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   A A A A A A
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.UserChangeRoles, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.UserDeactivate, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.UserReactivate, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.UserResetPassword, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.UserUnlockSignIn, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.UserResetSecondFactor, target: userOfT1, grid: ADMIN_OF_USER },
  { action: Action.IncidentList, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.IncidentWarn, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.IncidentSettle, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.IncidentReview, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.IncidentAssign, target: incidentOfT1, grid: CENTRE_WORK },
  {
    // 乡镇自行处置: the township the village reported through, not the village, another township or the centre.
    action: Action.IncidentHandleLocally,
    target: incidentOfV1,
    grid: `
      CC   F F F F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 补充情况: everyone working the incident who can see it — the village that reported it, its township, the centre.
    action: Action.IncidentSupplement,
    target: incidentOfV1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   A A A F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // Taking it back is the centre's alone.
    action: Action.IncidentTakeOver,
    target: incidentHandledByT1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 追责通报: the county centre's leaders only; the incident's own township may see it, not issue it.
    action: Action.AccountabilityNoticeIssue,
    target: incidentOfT1,
    grid: `
      CC   F F A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    // 考核通报: the county centre's leaders issue it; everyone of the county may see it, no one else.
    action: Action.AssessmentNoticeIssue,
    target: countyA,
    grid: `
      CC   F F A F F F
      PROP F F F F F F
      LINK F F F F F F
      BUR  F F F F F F
      T1   F F F F F F
      T2   F F F F F F
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.LinkageManage, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.TaskDispatch, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.PoliceRefer, target: incidentOfT1, grid: CENTRE_WORK },
  { action: Action.LetterSend, target: incidentOfT1, grid: CENTRE_WORK },
  {
    // 函告网站: the centre, or a township working the incident (T1 owns it; T2 cannot see it).
    action: Action.TakedownSend,
    target: incidentOfT1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.IncidentEscalate,
    target: incidentOfT1,
    grid: `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.TaskRead,
    target: villageTask,
    grid: `
      CC   A A A A A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  N N N N A N
      T1   A A A A A A
      T2   N N N N A N
      V1   A A A A A A
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.TaskWork,
    target: taskForT1,
    grid: `
      CC   F F F F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.TaskOversee,
    target: villageTask,
    grid: `
      CC   F F F F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.LetterRead,
    target: letterToT1AndBur,
    grid: `
      CC   A A A A A A
      PROP N N N N A N
      LINK N N N N A N
      BUR  A A A A A A
      T1   A A A A A A
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.LetterSign,
    target: letterToT1AndBur,
    grid: `
      CC   F F F F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  A A A F F F
      T1   A A A F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.StatementDraft,
    target: incidentOfT1,
    grid: `
      CC   A A A A F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A A F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.StatementRead,
    target: statementByCC,
    grid: `
      CC   A A A A A A
      PROP A A A A A A
      LINK N N N N A N
      BUR  N N N N A N
      T1   A A A A A A
      T2   N N N N A N
      V1   N N N N A N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.StatementRevise,
    target: statementByCC,
    grid: `
      CC   A A A A F F
      PROP F F F F F F
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.StatementApprove,
    target: statementByCC,
    grid: `
      CC   F F F F F F
      PROP F F A F F F
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  {
    action: Action.StatementPublish,
    target: statementByCC,
    grid: `
      CC   F F F A F F
      PROP F F F A F F
      LINK N N N N F N
      BUR  N N N N F N
      T1   F F F F F F
      T2   N N N N F N
      V1   N N N N F N
      CITY N N N N N N
      CCB  N N N N N N`,
  },
  { action: Action.SelfRead, target: { kind: 'none' }, grid: ALL_A },
  {
    // 待办: everyone who acts; an auditor only reads (DOMAIN §7).
    action: Action.InboxRead,
    target: { kind: 'none' },
    grid: `
      CC   A A A A F A
      PROP A A A A F A
      LINK A A A A F A
      BUR  A A A A F A
      T1   A A A A F A
      T2   A A A A F A
      V1   A A A A F A
      CITY A A A A F A
      CCB  A A A A F A`,
  },
  { action: Action.SelfChangePassword, target: { kind: 'none' }, grid: ALL_A },
  { action: Action.SelfEnrollTotp, target: { kind: 'none' }, grid: ALL_A },
];

function principal(unit: string, role: Role, sessionScope: Principal['sessionScope'] = 'full'): Principal {
  const u = UNITS[unit];
  return {
    userId: `${unit}-${role}`,
    username: `${unit}-${role}`,
    unitId: u.unitId,
    unitKind: u.kind,
    countyId: u.countyId,
    roles: [role],
    sessionScope,
  };
}

const symbol = (d: ReturnType<typeof decide>) => (d.allowed ? 'A' : d.code === 'FORBIDDEN' ? 'F' : 'N');

describe('access policy: every action × unit kind × role', () => {
  it('the table covers every action', () => {
    expect(new Set(TABLE.map((r) => r.action))).toEqual(new Set(Object.values(Action)));
  });

  for (const { action, target, grid } of TABLE) {
    it(`${action} on ${target.kind}`, () => {
      const expected = grid
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/));
      const actual = expected.map(([unit]) => [
        unit,
        ...ROLES.map((role) => symbol(decide(principal(unit, role), action, target))),
      ]);
      expect(actual.map((r) => r.join(' '))).toEqual(expected.map((r) => r.join(' ')));
    });
  }

  it('a session that must first enrol a second factor may do nothing else', () => {
    for (const { action, target } of TABLE) {
      const d = decide(principal('CC', Role.ADMIN, 'enroll-totp'), action, target);
      const self = action.startsWith('self.');
      expect({ action, ok: d.allowed }).toEqual({ action, ok: self });
      if (!d.allowed) expect(d.reason).toBe('AUTH.TOTP_ENROLLMENT_REQUIRED');
    }
  });

  it('a session whose password an administrator set may read itself and change the password, nothing else', () => {
    for (const { action, target } of TABLE) {
      const d = decide(principal('CC', Role.ADMIN, 'change-password'), action, target);
      const allowed = action === Action.SelfRead || action === Action.SelfChangePassword;
      expect({ action, ok: d.allowed }).toEqual({ action, ok: allowed });
      if (!d.allowed) expect(d.reason).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    }
  });

  it('the platform itself (seeding) may do everything', () => {
    for (const { action, target } of TABLE)
      expect(decide(principal('T2', Role.HANDLER, 'system'), action, target).allowed).toBe(true);
  });

  it('a unit named on an incident (e.g. by linkage) sees it', () => {
    const withPolice: Target = { ...incidentOfT1, visibleUnits: ['town-1', 'police-a'] };
    expect(decide(principal('LINK', Role.HANDLER), Action.IncidentRead, withPolice).allowed).toBe(true);
    expect(symbol(decide(principal('LINK', Role.HANDLER), Action.IncidentAssess, withPolice))).toBe('F');
  });
});

describe('a township handling a grade-IV incident of its villages itself (000 §三; 001 §三)', () => {
  const UNIT_ROWS = ['CC', 'PROP', 'LINK', 'BUR', 'T1', 'T2', 'V1', 'CITY', 'CCB'];
  const gridOf = (action: Action, target: Target) =>
    UNIT_ROWS.map((unit) =>
      [unit, ...ROLES.map((role) => symbol(decide(principal(unit, role), action, target)))].join(' '),
    ).join('\n');
  const normalise = (grid: string) =>
    grid
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).join(' '))
      .join('\n');
  const LOCAL = `
      CC   A A A F F F
      PROP N N N N F N
      LINK N N N N F N
      BUR  N N N N F N
      T1   A A A F F F
      T2   N N N N F N
      V1   F F F F F F
      CITY N N N N N N
      CCB  N N N N N N`;
  const CENTRE_ONLY = LOCAL.replace('T1   A A A F F F', 'T1   F F F F F F');
  it.each([Action.IncidentAssess, Action.IncidentList, Action.IncidentSettle, Action.TaskDispatch])(
    '%s: the township while it handles it, and the centre always',
    (action) => {
      expect(gridOf(action, incidentHandledByT1)).toBe(normalise(LOCAL));
      expect(gridOf(action, incidentOfV1)).toBe(normalise(CENTRE_ONLY));
    },
  );
  it('does not let it warn, escalate to the leaders on the centre’s behalf, or convene the linkage', () => {
    for (const action of [Action.IncidentWarn, Action.LinkageManage, Action.IncidentReview])
      expect(gridOf(action, incidentHandledByT1)).toBe(normalise(CENTRE_ONLY));
  });
});
