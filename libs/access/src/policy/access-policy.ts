import { ErrorCode, LocalizedMessage, NotFound } from '@app/kernel';
import { AccessErrorReason, Forbidden } from './access.errors';
import { Principal } from '../domain/principal';
import { Role, UnitKind } from '../domain/unit-kind';

/**
 * Every command and query the policy decides, by name. The table-driven test covers each against every unit
 * kind and role.
 */
export const Action = {
  IncidentReport: 'incident.report',
  IncidentAssess: 'incident.assess',
  IncidentRead: 'incident.read',
  IncidentList: 'incident.list',
  IncidentWarn: 'incident.warn',
  IncidentEscalate: 'incident.escalate',
  IncidentSettle: 'incident.settle',
  IncidentReview: 'incident.review',
  /** 包保领导、专人跟踪: who answers for an incident. */
  IncidentAssign: 'incident.assign',
  /** 乡镇自行处置: a township takes up a grade-IV incident of its own villages. */
  IncidentHandleLocally: 'incident.handleLocally',
  /** 县中心接管: the centre takes an incident back from the township handling it. */
  IncidentTakeOver: 'incident.takeOver',
  /** 补充情况: a unit working an incident adds what it knows. */
  IncidentSupplement: 'incident.supplement',
  LinkageManage: 'linkage.manage',
  TaskDispatch: 'task.dispatch',
  TaskRead: 'task.read',
  TaskWork: 'task.work',
  TaskOversee: 'task.oversee',
  PoliceRefer: 'police.refer',
  LetterSend: 'letter.send',
  LetterRead: 'letter.read',
  LetterSign: 'letter.sign',
  StatementDraft: 'statement.draft',
  StatementRevise: 'statement.revise',
  StatementRead: 'statement.read',
  StatementApprove: 'statement.approve',
  StatementPublish: 'statement.publish',
  CountyRead: 'county.read',
  CountyAssignLinkage: 'county.assignLinkage',
  CountySetSecurityPolicy: 'county.setSecurityPolicy',
  CountySetCalendar: 'county.setCalendar',
  CountySetGradeScales: 'county.setGradeScales',
  CountySetSpreadCriteria: 'county.setSpreadCriteria',
  UnitRead: 'unit.read',
  UnitRegister: 'unit.register',
  UnitUpdate: 'unit.update',
  UnitSetDocumentCode: 'unit.setDocumentCode',
  UserRead: 'user.read',
  UserRegister: 'user.register',
  UserChangeRoles: 'user.changeRoles',
  UserDeactivate: 'user.deactivate',
  UserReactivate: 'user.reactivate',
  UserResetPassword: 'user.resetPassword',
  UserUnlockSignIn: 'user.unlockSignIn',
  UserResetSecondFactor: 'user.resetSecondFactor',
  SelfRead: 'self.read',
  SelfChangePassword: 'self.changePassword',
  SelfEnrollTotp: 'self.enrollTotp',
  DutyRead: 'duty.read',
  DutyManage: 'duty.manage',
  DutyLogRecord: 'duty.logRecord',
  AuditRead: 'audit.read',
  AuditVerify: 'audit.verify',
  AuditRoleGrants: 'audit.roleGrants',
  NotificationRead: 'notification.read',
  NotificationManage: 'notification.manage',
  DailyReportIssue: 'dailyReport.issue',
  DailyReportRead: 'dailyReport.read',
  SpecialReportDraft: 'specialReport.draft',
  SpecialReportIssue: 'specialReport.issue',
  SpecialReportRead: 'specialReport.read',
  SpecialReportWithdraw: 'specialReport.withdraw',
  DocumentIssue: 'document.issue',
  AccountabilityNoticeIssue: 'document.accountabilityNotice.issue',
  AssessmentNoticeIssue: 'document.assessmentNotice.issue',
  TakedownSend: 'takedown.send',
  EvidenceAttach: 'evidence.attach',
  LeadershipRead: 'leadership.read',
  LeadershipManage: 'leadership.manage',
  InstructionGive: 'instruction.give',
  InstructionImplement: 'instruction.implement',
  AssessmentRead: 'assessment.read',
  AssessmentRanking: 'assessment.ranking',
  AssessmentPolicySet: 'assessment.setPolicy',
  IntakeRead: 'intake.read',
  IntakeTriage: 'intake.triage',
  IntakeEnter: 'intake.enter',
  IntakeManageSources: 'intake.manageSources',
  IntakeManageWatchList: 'intake.manageWatchList',
  InboxRead: 'inbox.read',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** The facts about the thing acted on that the relationships are read from. */
export type Target =
  | { kind: 'none' }
  | {
      kind: 'incident';
      countyId: string | null;
      owningUnit: string;
      visibleUnits: readonly string[];
      /** The township a village reported it through (000 §三1), if any. */
      townshipUnitId?: string | null;
      /** The township handling it itself as a grade-IV incident of its villages, until the centre takes it over. */
      localUnitId?: string | null;
    }
  | { kind: 'county'; countyId: string }
  | { kind: 'unit'; unitId: string; countyId: string | null }
  | { kind: 'user'; userId: string; unitId: string; countyId: string | null }
  /** A task (工单): dispatched by one unit to another; a village's task also answers to its township. */
  | {
      kind: 'task';
      countyId: string | null;
      dispatcherUnitId: string;
      assigneeUnitId: string;
      parentAssigneeUnitId: string | null;
    }
  | { kind: 'letter'; countyId: string | null; senderUnitId: string; recipientUnitIds: readonly string[] }
  | {
      kind: 'statement';
      countyId: string | null;
      draftingUnitId: string;
      /** The county's propaganda department, which approves public wording (004 §四(二)). */
      propagandaUnitId: string | null;
      incidentVisibleUnits: readonly string[];
    }
  /** A daily report (舆情日报) issued by a county centre to the propaganda department. */
  | { kind: 'dailyReport'; countyId: string | null; unitId: string; recipientUnitIds: readonly string[] }
  /** A special report (舆情专报) of a county centre: its own until signed off, then also its recipients' leaders'. */
  | {
      kind: 'specialReport';
      countyId: string | null;
      unitId: string;
      issued: boolean;
      recipientUnitIds: readonly string[];
    }
  /**
   * Statistics and 考核 (issue 24) of one unit (`unitId`) or the whole county (null). Whether the caller is on the
   * county's roster of leaders and whether the county shares its anonymised ranking are facts the caller's
   * handler reads (leadership's roster, the county's 考核 policy).
   */
  | {
      kind: 'assessment';
      countyId: string;
      unitId: string | null;
      callerIsCountyLeader: boolean;
      rankingShared: boolean;
    };

export type Decision =
  | { allowed: true }
  | { allowed: false; code: typeof ErrorCode.FORBIDDEN | typeof ErrorCode.NOT_FOUND; reason: string };

const ALLOW: Decision = { allowed: true };
const notFound = (reason: string): Decision => ({ allowed: false, code: ErrorCode.NOT_FOUND, reason });
const forbidden = (reason: AccessErrorReason): Decision => ({
  allowed: false,
  code: ErrorCode.FORBIDDEN,
  reason,
});

const has = (p: Principal, ...roles: Role[]) => roles.some((r) => p.roles.includes(r));
const sameCounty = (p: Principal, countyId: string | null) => p.countyId !== null && p.countyId === countyId;
const isCountyCentre = (p: Principal, countyId: string | null) =>
  p.unitKind === UnitKind.COUNTY_CENTER && sameCounty(p, countyId);
/**
 * A township running the loop itself for a grade-IV incident of its own villages that it took up (000 §三; 001 §三:
 * 乡镇能处置的自行处置), until the county centre takes it over.
 */
const isLocalHandler = (p: Principal, t: Target) =>
  t.kind === 'incident' && !!t.localUnitId && t.localUnitId === p.unitId && p.unitKind === UnitKind.TOWNSHIP;
/** Auditors read everything in their county and change nothing (DOMAIN §7). */
const isCountyAuditor = (p: Principal, countyId: string | null) =>
  has(p, Role.AUDITOR) && sameCounty(p, countyId);
/**
 * Who reads a county's statistics and 考核 (issue 24): its auditors, the county centre that compiles them (not its
 * spokesperson), and the county's leaders on the roster.
 */
const isCountyAssessor = (p: Principal, t: Extract<Target, { kind: 'assessment' }>) =>
  isCountyAuditor(p, t.countyId) ||
  (isCountyCentre(p, t.countyId) && has(p, ...WORKERS, Role.ADMIN)) ||
  (t.callerIsCountyLeader && sameCounty(p, t.countyId));
/** People who work incidents (not auditors, spokespeople or administrators by that role alone). */
const WORKERS = [Role.DUTY_OFFICER, Role.HANDLER, Role.LEADER];

/** Who may see a target at all. A caller who may not learns nothing of its existence (NOT_FOUND). */
function canSee(p: Principal, t: Target): boolean {
  switch (t.kind) {
    case 'none':
      return true;
    case 'incident':
      // Its own units (owner, reporter, later linkage members and assignees), the county centre over its county,
      // and the county's auditors.
      return (
        t.visibleUnits.includes(p.unitId) || isCountyCentre(p, t.countyId) || isCountyAuditor(p, t.countyId)
      );
    case 'county':
      return sameCounty(p, t.countyId);
    case 'unit':
      return t.unitId === p.unitId || sameCounty(p, t.countyId);
    case 'user':
      return t.unitId === p.unitId || isCountyCentre(p, t.countyId) || isCountyAuditor(p, t.countyId);
    case 'task':
      return (
        [t.dispatcherUnitId, t.assigneeUnitId, t.parentAssigneeUnitId].includes(p.unitId) ||
        isCountyCentre(p, t.countyId) ||
        isCountyAuditor(p, t.countyId)
      );
    case 'letter':
      return (
        t.senderUnitId === p.unitId ||
        t.recipientUnitIds.includes(p.unitId) ||
        isCountyCentre(p, t.countyId) ||
        isCountyAuditor(p, t.countyId)
      );
    case 'statement':
      return (
        t.draftingUnitId === p.unitId ||
        t.propagandaUnitId === p.unitId ||
        t.incidentVisibleUnits.includes(p.unitId) ||
        isCountyCentre(p, t.countyId) ||
        isCountyAuditor(p, t.countyId)
      );
    case 'dailyReport':
      return (
        t.unitId === p.unitId ||
        t.recipientUnitIds.includes(p.unitId) ||
        isCountyCentre(p, t.countyId) ||
        isCountyAuditor(p, t.countyId)
      );
    case 'specialReport':
      return (
        t.unitId === p.unitId ||
        // It goes to the 主要领导 of the units it is sent to (004 §三(三)), not to every clerk there.
        (t.issued && t.recipientUnitIds.includes(p.unitId) && has(p, Role.LEADER)) ||
        isCountyCentre(p, t.countyId) ||
        isCountyAuditor(p, t.countyId)
      );
    case 'assessment':
      // Another unit's figures are not shown to a unit at all; the county's whole is decided by the action.
      return (
        sameCounty(p, t.countyId) && (t.unitId === null || t.unitId === p.unitId || isCountyAssessor(p, t))
      );
  }
}

/**
 * The one place that answers "may this user, of this unit, with these roles, do this to that?". Resolvers and
 * handlers ask here and nowhere else; row-level security in the database repeats the visibility half as a second
 * lock.
 */
export function decide(p: Principal, action: Action, target: Target = { kind: 'none' }): Decision {
  if (p.sessionScope === 'system') return ALLOW;
  const selfService =
    action === Action.SelfRead || action === Action.SelfChangePassword || action === Action.SelfEnrollTotp;
  if (p.sessionScope === 'enroll-totp' && !selfService)
    return forbidden(AccessErrorReason.AUTH_TOTP_ENROLLMENT_REQUIRED);
  // A password an administrator set is changed before anything else — before enrolling a second factor too.
  if (
    p.sessionScope === 'change-password' &&
    action !== Action.SelfRead &&
    action !== Action.SelfChangePassword
  )
    return forbidden(AccessErrorReason.AUTH_PASSWORD_CHANGE_REQUIRED);
  if (!canSee(p, target)) return notFound(`${target.kind.toUpperCase()}.NOT_FOUND`);

  switch (action) {
    case Action.SelfRead:
    case Action.SelfChangePassword:
    case Action.SelfEnrollTotp:
    case Action.IncidentRead:
    case Action.CountyRead:
    case Action.UnitRead:
    case Action.UserRead:
    case Action.TaskRead:
    case Action.LetterRead:
    case Action.StatementRead:
    case Action.DailyReportRead:
    case Action.SpecialReportRead:
    case Action.LeadershipRead:
      return ALLOW;
    case Action.IncidentList:
    case Action.IncidentSettle:
    case Action.TaskDispatch:
      // The centre runs the loop; a township runs it for the grade-IV incident of its villages it took up (list,
      // dispatch to its villages — dispatch checks which — calm, close).
      return (isCountyCentre(p, countyOf(target)) || isLocalHandler(p, target)) && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_COUNTY_CENTRE_ONLY);
    case Action.IncidentSupplement:
      // Whoever works the incident and can see it adds what it knows: the centre, its owner and reporter, the
      // township of a reporting village, linkage members and assignees (not auditors or spokespeople).
      return t(target, 'incident') && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_REPORT_NOT_PERMITTED);
    case Action.IncidentHandleLocally:
      // A township takes up what was reported through it, or what it registered itself (the decider checks when).
      return t(target, 'incident') &&
        p.unitKind === UnitKind.TOWNSHIP &&
        (target.owningUnit === p.unitId || target.townshipUnitId === p.unitId) &&
        has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_LOCAL_TOWNSHIP_ONLY);
    case Action.IncidentWarn:
    case Action.IncidentReview:
    case Action.IncidentAssign:
    case Action.IncidentTakeOver:
    case Action.LinkageManage:
    case Action.PoliceRefer:
    case Action.LetterSend:
    case Action.SpecialReportDraft:
    case Action.InstructionImplement:
      // The county centre runs the loop: lists, warns, dispatches, convenes, closes (004 §二, §五(二)).
      return isCountyCentre(p, countyOf(target)) && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_COUNTY_CENTRE_ONLY);
    case Action.IncidentEscalate:
      // The centre reports up; the owning unit may go straight to the county leaders (the decider checks the grade).
      return t(target, 'incident') &&
        (isCountyCentre(p, target.countyId) || target.owningUnit === p.unitId) &&
        has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_ESCALATE_NOT_PERMITTED);
    case Action.TaskWork:
      // 办单: sign, return, report progress, ask for time, hand in — the assigned unit.
      return t(target, 'task') && target.assigneeUnitId === p.unitId && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.TASK_ASSIGNEE_ONLY);
    case Action.TaskOversee:
      // Review (销号), rework, extensions, supervision (督办), reminders (催办): the unit that dispatched it.
      return t(target, 'task') && target.dispatcherUnitId === p.unitId && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.TASK_DISPATCHER_ONLY);
    case Action.LetterSign:
      return t(target, 'letter') && target.recipientUnitIds.includes(p.unitId) && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.LETTER_RECIPIENT_ONLY);
    case Action.StatementDraft:
      return has(p, ...WORKERS, Role.SPOKESPERSON)
        ? ALLOW
        : forbidden(AccessErrorReason.STATEMENT_DRAFT_NOT_PERMITTED);
    case Action.StatementRevise:
      // A draft is revised by the unit that wrote it, not by every unit that can read it.
      return t(target, 'statement') &&
        target.draftingUnitId === p.unitId &&
        has(p, ...WORKERS, Role.SPOKESPERSON)
        ? ALLOW
        : forbidden(AccessErrorReason.STATEMENT_DRAFTING_UNIT_ONLY);
    case Action.StatementApprove:
      // Public wording is approved by the propaganda department (DOMAIN §5).
      return t(target, 'statement') && target.propagandaUnitId === p.unitId && has(p, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.STATEMENT_APPROVAL_NOT_PERMITTED);
    case Action.StatementPublish:
      return t(target, 'statement') &&
        [target.propagandaUnitId, target.draftingUnitId].includes(p.unitId) &&
        has(p, Role.SPOKESPERSON)
        ? ALLOW
        : forbidden(AccessErrorReason.STATEMENT_SPOKESPERSON_ONLY);
    case Action.EvidenceAttach:
      // Evidence (原帖截图, 网页存档 …) is added to an incident, letter or statement by those who work it and can see
      // it; a task's files go with its work (TaskWork), auditors only read (issue 22).
      return ['incident', 'letter', 'statement'].includes(target.kind) &&
        has(p, ...WORKERS, ...(target.kind === 'statement' ? [Role.SPOKESPERSON] : []))
        ? ALLOW
        : forbidden(AccessErrorReason.EVIDENCE_ATTACH_NOT_PERMITTED);
    case Action.InboxRead:
      // 待办 is what waits for someone to act: an auditor reads everything and acts on nothing (DOMAIN §7), so has
      // none; anyone holding another role has one.
      return p.roles.some((r) => r !== Role.AUDITOR)
        ? ALLOW
        : forbidden(AccessErrorReason.INBOX_NOT_FOR_AUDITORS);
    case Action.IncidentReport:
      // Registering (登记) or reporting up (上报): anyone who works incidents, in any unit (004 §二(三)).
      return has(p, ...WORKERS) ? ALLOW : forbidden(AccessErrorReason.INCIDENT_REPORT_NOT_PERMITTED);
    case Action.TakedownSend:
      // 函告网站 (000 §三4, a township's plan; 001 §二(五)): the county centre, or a township working the incident.
      return t(target, 'incident') &&
        (isCountyCentre(p, target.countyId) ||
          (p.unitKind === UnitKind.TOWNSHIP && target.visibleUnits.includes(p.unitId))) &&
        has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.TAKEDOWN_COUNTY_CENTRE_OR_TOWNSHIP);
    case Action.IncidentAssess:
      // 研判 is the county centre's (004 §二(四)); a township handling it locally grades it within IV (the decider).
      return t(target, 'incident') &&
        (isCountyCentre(p, target.countyId) || isLocalHandler(p, target)) &&
        has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INCIDENT_ASSESS_NOT_PERMITTED);
    case Action.DutyRead:
      // A unit's roster and duty log: its own people, the county centre over its county, the county's auditors.
      return t(target, 'unit') &&
        (target.unitId === p.unitId ||
          isCountyCentre(p, target.countyId) ||
          isCountyAuditor(p, target.countyId))
        ? ALLOW
        : forbidden(AccessErrorReason.DUTY_READ_NOT_PERMITTED);
    case Action.DutyManage:
      // Who stands duty when: the unit's leaders and administrators, or the county's administrator.
      return t(target, 'unit') &&
        ((target.unitId === p.unitId && has(p, Role.LEADER, Role.ADMIN)) ||
          (isCountyCentre(p, target.countyId) && has(p, Role.ADMIN)))
        ? ALLOW
        : forbidden(AccessErrorReason.DUTY_MANAGE_NOT_PERMITTED);
    case Action.DutyLogRecord:
      // The duty log is written by the unit's duty officers and its leader on duty (000, 004).
      return t(target, 'unit') && target.unitId === p.unitId && has(p, Role.DUTY_OFFICER, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.DUTY_LOG_NOT_PERMITTED);
    case Action.AuditRead:
      // Histories, past states and deadline compliance — what accountability (追责) is built on — are read by the
      // county's auditors and the centre's leaders (DOMAIN §7; 002 §五).
      return isCountyAuditor(p, countyOf(target)) ||
        (isCountyCentre(p, countyOf(target)) && has(p, Role.LEADER))
        ? ALLOW
        : forbidden(AccessErrorReason.AUDIT_AUDITORS_ONLY);
    case Action.AuditVerify:
      // Checking the whole log is for the county's auditors and the administrator who runs the deployment.
      return isCountyAuditor(p, countyOf(target)) ||
        (isCountyCentre(p, countyOf(target)) && has(p, Role.ADMIN))
        ? ALLOW
        : forbidden(AccessErrorReason.AUDIT_VERIFY_NOT_PERMITTED);
    case Action.AuditRoleGrants:
      // Who granted whom the administrator's, auditor's or a leader's role (三员分立): the county's auditors alone —
      // not the administrators whose grants they are, nor the leaders.
      return isCountyAuditor(p, countyOf(target)) ? ALLOW : forbidden(AccessErrorReason.AUDIT_AUDITORS_ONLY);
    case Action.DailyReportIssue:
      // 舆情日报 is compiled by the county centre's duty officers, or its leader on duty (004 §三(二)).
      return t(target, 'unit') &&
        target.unitId === p.unitId &&
        isCountyCentre(p, target.countyId) &&
        has(p, Role.DUTY_OFFICER, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.DAILY_REPORT_DUTY_OFFICERS_ONLY);
    case Action.SpecialReportWithdraw:
      // 撤回 a draft: the centre that writes it, its people who work incidents (those who may draft or sign it).
      return t(target, 'specialReport') &&
        target.unitId === p.unitId &&
        isCountyCentre(p, target.countyId) &&
        has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.SPECIAL_REPORT_COUNTY_CENTRE_ONLY);
    case Action.SpecialReportIssue:
      // 舆情专报 goes to the county's leaders over the centre leader's signature (签发).
      return t(target, 'specialReport') &&
        target.unitId === p.unitId &&
        isCountyCentre(p, target.countyId) &&
        has(p, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.SPECIAL_REPORT_LEADERS_ONLY);
    case Action.UnitSetDocumentCode:
      // 机关代字 is the unit's own: its administrator names it, or the county's administrator for it.
      return t(target, 'unit') &&
        ((target.unitId === p.unitId && has(p, Role.ADMIN)) ||
          (isCountyCentre(p, target.countyId) && has(p, Role.ADMIN)))
        ? ALLOW
        : forbidden(AccessErrorReason.UNIT_DOCUMENT_CODE_NOT_PERMITTED);
    case Action.InstructionGive:
      // 领导批示 is a leader's, in the county (another county never sees it); whether the field is theirs is the
      // roster's rule, decided with the instruction.
      return has(p, Role.LEADER) ? ALLOW : forbidden(AccessErrorReason.INSTRUCTION_LEADERS_ONLY);
    case Action.DocumentIssue:
      // 发文: a unit issues its own documents (the record's issuing side — the letter's sender, the task's dispatcher
      // for a 督办, its assignee for the written feedback — is checked by the documents library); the people who
      // work its incidents, not its auditors or administrators.
      return t(target, 'unit') && target.unitId === p.unitId && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.DOCUMENT_ISSUE_NOT_PERMITTED);
    case Action.AccountabilityNoticeIssue:
      // 追责通报 of an incident: names units and people who answer for late, missing or false reports (003 §四), so
      // it goes out from the county centre over a leader's name; the incident's readers read it.
      return t(target, 'incident') && isCountyCentre(p, target.countyId) && has(p, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.ACCOUNTABILITY_NOTICE_CENTRE_LEADERS_ONLY);
    case Action.AssessmentNoticeIssue:
      // 考核通报 of a county's period: the ranking of every unit, published to them all — the county centre's word,
      // over its leader's name. Everyone of the county sees that it exists (it is addressed to them).
      return t(target, 'county') && isCountyCentre(p, target.countyId) && has(p, Role.LEADER)
        ? ALLOW
        : forbidden(AccessErrorReason.ASSESSMENT_NOTICE_CENTRE_LEADERS_ONLY);
    case Action.IntakeRead:
      // 舆情线索 waiting for triage: the county centre's people and the county's auditors (issue 23).
      return isCountyCentre(p, countyOf(target)) || isCountyAuditor(p, countyOf(target))
        ? ALLOW
        : forbidden(AccessErrorReason.INTAKE_COUNTY_CENTRE_ONLY);
    case Action.IntakeTriage:
      // Registering, attaching or archiving what the monitors found is the centre's 研判 (004 §二(一)–(二)).
      return isCountyCentre(p, countyOf(target)) && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INTAKE_COUNTY_CENTRE_ONLY);
    case Action.IntakeManageWatchList:
      // 关注清单/风险库 (004 §二(二)): kept by the centre that triages — its people who work incidents, and its
      // administrator; the county's auditors read it with the queue.
      return isCountyCentre(p, countyOf(target)) && has(p, ...WORKERS, Role.ADMIN)
        ? ALLOW
        : forbidden(AccessErrorReason.INTAKE_COUNTY_CENTRE_ONLY);
    case Action.IntakeEnter:
      // Any unit's people who work incidents enter what they found by hand, for their own unit (the 网格员 too) —
      // a unit of a county: an item belongs to one county's queue, and the city office has none of its own.
      if (t(target, 'unit') && target.countyId === null)
        return forbidden(AccessErrorReason.INTAKE_COUNTY_UNITS_ONLY);
      return t(target, 'unit') && target.unitId === p.unitId && has(p, ...WORKERS)
        ? ALLOW
        : forbidden(AccessErrorReason.INTAKE_ENTER_OWN_UNIT_ONLY);
    case Action.NotificationRead:
      // A unit's external channels (addresses of its people) and what was sent on them: its own leaders and
      // administrators, the county's administrator at the centre, and the county's auditors.
      return t(target, 'unit') &&
        ((target.unitId === p.unitId && has(p, Role.LEADER, Role.ADMIN)) ||
          (isCountyCentre(p, target.countyId) && has(p, Role.ADMIN)) ||
          isCountyAuditor(p, target.countyId))
        ? ALLOW
        : forbidden(AccessErrorReason.NOTIFICATION_READ_NOT_PERMITTED);
    case Action.NotificationManage:
      // Channels and dead letters are the county administrator's: where the county's notices leave the platform.
      return isCountyCentre(p, countyOf(target)) && has(p, Role.ADMIN)
        ? ALLOW
        : forbidden(AccessErrorReason.NOTIFICATION_MANAGE_NOT_PERMITTED);
    case Action.AssessmentRead:
      // A unit reads its own figures; the county's whole is for its auditors, the centre and the county's leaders.
      return t(target, 'assessment') && (target.unitId === p.unitId || isCountyAssessor(p, target))
        ? ALLOW
        : forbidden(AccessErrorReason.ASSESSMENT_COUNTY_READERS_ONLY);
    case Action.AssessmentRanking:
      // The anonymised ranking: the county's readers always; every unit of the county when the county shares it.
      return t(target, 'assessment') && (isCountyAssessor(p, target) || target.rankingShared)
        ? ALLOW
        : forbidden(AccessErrorReason.ASSESSMENT_RANKING_NOT_SHARED);
    case Action.AssessmentPolicySet:
    case Action.CountyAssignLinkage:
    case Action.CountySetSecurityPolicy:
    case Action.CountySetCalendar:
    case Action.CountySetGradeScales:
    case Action.CountySetSpreadCriteria:
    case Action.LeadershipManage:
    case Action.IntakeManageSources:
    case Action.UnitRegister:
    case Action.UnitUpdate:
    case Action.UserRegister:
    case Action.UserChangeRoles:
    case Action.UserDeactivate:
    case Action.UserReactivate:
    case Action.UserResetPassword:
    case Action.UserUnlockSignIn:
    case Action.UserResetSecondFactor:
      // Units, people and the linkage set are managed by the county's administrator at the county centre.
      return isCountyCentre(p, countyOf(target)) && has(p, Role.ADMIN)
        ? ALLOW
        : forbidden(AccessErrorReason.ADMIN_NOT_PERMITTED);
  }
}

function t<K extends Target['kind']>(target: Target, kind: K): target is Extract<Target, { kind: K }> {
  return target.kind === kind;
}

function countyOf(target: Target): string | null {
  switch (target.kind) {
    case 'none':
      return null;
    case 'incident':
    case 'county':
    case 'unit':
    case 'user':
    case 'task':
    case 'letter':
    case 'statement':
    case 'dailyReport':
    case 'specialReport':
    case 'assessment':
      return target.countyId;
  }
}

const WHAT: Record<Target['kind'], LocalizedMessage> = {
  none: { zh: '对象', en: 'Item' },
  incident: { zh: '舆情事件', en: 'Incident' },
  county: { zh: '县', en: 'County' },
  unit: { zh: '单位', en: 'Unit' },
  user: { zh: '用户', en: 'User' },
  task: { zh: '工单', en: 'Task' },
  letter: { zh: '风险提示函', en: 'Risk letter' },
  statement: { zh: '口径/通稿', en: 'Statement' },
  dailyReport: { zh: '舆情日报', en: 'Daily report' },
  specialReport: { zh: '舆情专报', en: 'Special report' },
  assessment: { zh: '统计与考核', en: 'Statistics and assessment' },
};

export { Forbidden } from './access.errors';

/** Throws FORBIDDEN or NOT_FOUND unless the policy allows. */
export function authorize(p: Principal, action: Action, target: Target = { kind: 'none' }, id = ''): void {
  const d = decide(p, action, target);
  if (d.allowed) return;
  if (d.code === ErrorCode.NOT_FOUND) throw new NotFound(d.reason, WHAT[target.kind], id);
  throw new Forbidden(d.reason, action);
}
