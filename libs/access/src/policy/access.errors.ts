import { AppError, ErrorCode, LocalizedMessage } from '@app/kernel';

/**
 * Sub-codes of access (`extensions.reason`): the access policy's FORBIDDEN reasons, one per rule, and the
 * request's own refusals (no session, a session ended, a bad idempotency key). Messages are Chinese first.
 */
export const AccessErrorReason = {
  /** 追责通报 goes out over the county centre leader's name */
  ACCOUNTABILITY_NOTICE_CENTRE_LEADERS_ONLY: 'DOCUMENT.ACCOUNTABILITY_NOTICE_CENTRE_LEADERS_ONLY',
  ADMIN_NOT_PERMITTED: 'ADMIN.NOT_PERMITTED',
  /** 考核通报 goes out from the county centre over its leader's name */
  ASSESSMENT_NOTICE_CENTRE_LEADERS_ONLY: 'DOCUMENT.ASSESSMENT_NOTICE_CENTRE_LEADERS_ONLY',
  /** an auditor acts on nothing, so nothing waits in a 待办 for them */
  INBOX_NOT_FOR_AUDITORS: 'INBOX.NOT_FOR_AUDITORS',
  /** the county's statistics and 考核 are for its auditors, the centre and the county's leaders */
  ASSESSMENT_COUNTY_READERS_ONLY: 'ASSESSMENT.COUNTY_READERS_ONLY',
  /** the county does not share its anonymised ranking with units */
  ASSESSMENT_RANKING_NOT_SHARED: 'ASSESSMENT.RANKING_NOT_SHARED',
  AUDIT_AUDITORS_ONLY: 'AUDIT.AUDITORS_ONLY',
  AUDIT_VERIFY_NOT_PERMITTED: 'AUDIT.VERIFY_NOT_PERMITTED',
  AUTH_TOTP_ENROLLMENT_REQUIRED: 'AUTH.TOTP_ENROLLMENT_REQUIRED',
  /** a session opened with a password an administrator set, which is changed before anything else */
  AUTH_PASSWORD_CHANGE_REQUIRED: 'AUTH.PASSWORD_CHANGE_REQUIRED',
  DAILY_REPORT_DUTY_OFFICERS_ONLY: 'DAILY_REPORT.DUTY_OFFICERS_ONLY',
  DOCUMENT_ISSUE_NOT_PERMITTED: 'DOCUMENT.ISSUE_NOT_PERMITTED',
  DUTY_LOG_NOT_PERMITTED: 'DUTY.LOG_NOT_PERMITTED',
  DUTY_MANAGE_NOT_PERMITTED: 'DUTY.MANAGE_NOT_PERMITTED',
  DUTY_READ_NOT_PERMITTED: 'DUTY.READ_NOT_PERMITTED',
  EVIDENCE_ATTACH_NOT_PERMITTED: 'EVIDENCE.ATTACH_NOT_PERMITTED',
  INCIDENT_ASSESS_NOT_PERMITTED: 'INCIDENT.ASSESS_NOT_PERMITTED',
  INCIDENT_COUNTY_CENTRE_ONLY: 'INCIDENT.COUNTY_CENTRE_ONLY',
  INCIDENT_LOCAL_TOWNSHIP_ONLY: 'INCIDENT.LOCAL_TOWNSHIP_ONLY',
  INCIDENT_ESCALATE_NOT_PERMITTED: 'INCIDENT.ESCALATE_NOT_PERMITTED',
  INCIDENT_REPORT_NOT_PERMITTED: 'INCIDENT.REPORT_NOT_PERMITTED',
  INSTRUCTION_LEADERS_ONLY: 'INSTRUCTION.LEADERS_ONLY',
  INTAKE_COUNTY_CENTRE_ONLY: 'INTAKE.COUNTY_CENTRE_ONLY',
  INTAKE_ENTER_OWN_UNIT_ONLY: 'INTAKE.ENTER_OWN_UNIT_ONLY',
  INTAKE_COUNTY_UNITS_ONLY: 'INTAKE.COUNTY_UNITS_ONLY',
  LETTER_RECIPIENT_ONLY: 'LETTER.RECIPIENT_ONLY',
  NOTIFICATION_MANAGE_NOT_PERMITTED: 'NOTIFICATION.MANAGE_NOT_PERMITTED',
  NOTIFICATION_READ_NOT_PERMITTED: 'NOTIFICATION.READ_NOT_PERMITTED',
  SPECIAL_REPORT_COUNTY_CENTRE_ONLY: 'SPECIAL_REPORT.COUNTY_CENTRE_ONLY',
  SPECIAL_REPORT_LEADERS_ONLY: 'SPECIAL_REPORT.LEADERS_ONLY',
  STATEMENT_APPROVAL_NOT_PERMITTED: 'STATEMENT.APPROVAL_NOT_PERMITTED',
  STATEMENT_DRAFTING_UNIT_ONLY: 'STATEMENT.DRAFTING_UNIT_ONLY',
  STATEMENT_DRAFT_NOT_PERMITTED: 'STATEMENT.DRAFT_NOT_PERMITTED',
  STATEMENT_SPOKESPERSON_ONLY: 'STATEMENT.SPOKESPERSON_ONLY',
  TAKEDOWN_COUNTY_CENTRE_OR_TOWNSHIP: 'TAKEDOWN.COUNTY_CENTRE_OR_TOWNSHIP',
  TASK_ASSIGNEE_ONLY: 'TASK.ASSIGNEE_ONLY',
  TASK_DISPATCHER_ONLY: 'TASK.DISPATCHER_ONLY',
  UNIT_DOCUMENT_CODE_NOT_PERMITTED: 'UNIT.DOCUMENT_CODE_NOT_PERMITTED',
  /** no session: the caller has not signed in */
  AUTH_UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  /** a bearer token that no longer names a session */
  AUTH_SESSION_INVALID: 'AUTH.SESSION_INVALID',
  /** an Idempotency-Key header that is not a safe id */
  INPUT_IDEMPOTENCY_KEY: 'INPUT.IDEMPOTENCY_KEY',
} as const;
export type AccessErrorReason = (typeof AccessErrorReason)[keyof typeof AccessErrorReason];

/** Sessions that may do one thing only, and what they must do first. */
const SESSION_REFUSALS: Partial<Record<string, LocalizedMessage>> = {
  [AccessErrorReason.AUTH_TOTP_ENROLLMENT_REQUIRED]: {
    zh: '本县要求您先绑定动态口令（双因素认证），请先完成绑定',
    en: 'County policy requires you to enrol a one-time-password app first',
  },
  [AccessErrorReason.AUTH_PASSWORD_CHANGE_REQUIRED]: {
    zh: '您的密码由管理员设置，请先修改密码再继续使用',
    en: 'An administrator set your password: change it before anything else',
  },
};

export class Forbidden extends AppError {
  /** `action` is absent when the session itself is refused, whatever it asks (a second factor to enrol first). */
  constructor(reason: string, action?: string) {
    super(
      ErrorCode.FORBIDDEN,
      reason,
      SESSION_REFUSALS[reason] ?? {
        zh: '您的单位或角色无权执行此操作',
        en: 'Your unit or role may not do this',
      },
      action ? { action } : {},
    );
  }
}

export class BadIdempotencyKey extends AppError {
  constructor() {
    super(
      ErrorCode.VALIDATION_FAILED,
      AccessErrorReason.INPUT_IDEMPOTENCY_KEY,
      {
        zh: 'Idempotency-Key 须为 1–100 个字母、数字或 _ . : -',
        en: 'Idempotency-Key must be 1–100 letters, digits or _ . : -',
      },
      { fields: [{ field: 'Idempotency-Key', message: '格式无效', messageEn: 'invalid format' }] },
    );
  }
}

export class Unauthenticated extends AppError {
  constructor(
    reason: AccessErrorReason = AccessErrorReason.AUTH_UNAUTHENTICATED,
    message: LocalizedMessage = { zh: '请先登录', en: 'Please sign in first' },
  ) {
    super(ErrorCode.UNAUTHENTICATED, reason, message);
  }
}

/** A bearer token that no longer names a live session (signed out, expired, revoked). */
export class SessionInvalid extends Unauthenticated {
  constructor() {
    super(AccessErrorReason.AUTH_SESSION_INVALID, {
      zh: '登录已失效，请重新登录',
      en: 'Your session has ended; sign in again',
    });
  }
}
