/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccountabilityFindingInput = {
  finding: string;
  measure: string;
  /** 责任人姓名（平台外人员）/ Person, by name */
  person?: string | null | undefined;
  unitId: string | number;
  /** 责任人（该单位在岗人员，优先于姓名）/ Person in the platform, of that unit */
  userId?: string | number | null | undefined;
};

/** 启动"1+3+N"联动 / Activate the linkage */
export type ActivateLinkageInput = {
  /** 低于阈值等级时经决定启动 / Below the threshold, by decision */
  byDecision?: boolean;
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** N：涉事部门和属地（可在建议基础上编辑）/ The N (edited from the proposal) */
  memberUnitIds: Array<string | number>;
  /** 启动理由：经决定启动（byDecision）时必填且不能为空（INPUT.REASON_REQUIRED），达到阈值时可不填 / Why: required for a decision below the threshold */
  reason?: string | null | undefined;
};

export type AddLinkageMembersInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  unitIds: Array<string | number>;
};

/** 调整预警 / Adjust the warning */
export type AdjustWarningInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 预警级别 / Level */
  level: Grade;
  /** 预警事项 / Matters */
  matters: string;
  /** 应采取的措施 / Measures */
  measures: string;
  /** 舆情对象 / Object */
  object: string;
  /** 调整理由 / Reason */
  reason: string;
  /** 可能影响范围 / Possible scope */
  scope: string;
  /** 范围内的单位：预警送达它们的待办和渠道 / The units in the scope, whom the warning reaches */
  scopeUnitIds?: Array<string | number>;
  /** 起始时间 / Starts */
  startAt: string;
};

/** 任命县领导或修改其职务、分管领域 / Appoint a county leader */
export type AppointCountyLeaderInput = {
  fields: Array<IncidentField>;
  post: string;
  principal?: boolean;
  userId: string | number;
};

/** 宣传部审核通过或退回修改 / Approve or send back */
export type ApproveStatementInput = {
  approve?: boolean;
  expectedVersion?: number | null | undefined;
  /** 理由：退回修改时不能为空（INPUT.REASON_REQUIRED），通过时可填说明或留空 / Reason: must not be blank when sending back; may be blank when approving */
  reason: string;
  statementId: string | number;
};

/** 归档并说明理由 / Archive items with a reason */
export type ArchiveIntakeItemsInput = {
  itemIds: Array<string | number>;
  reason: string;
};

/** 研判（可修订）/ Assess (revisable) */
export type AssessIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  field: IncidentField;
  grade: Grade;
  incidentId: string | number;
  indicators?: Array<string>;
  nature: IncidentNature;
  reasoning: string;
  veracity: Veracity;
};

/** 舆情分布的维度 / What incidents are counted by */
export type AssessmentBreakdownDimension =
  /** 按发现渠道 / By channel */
  | 'CHANNEL'
  /** 按领域 / By field */
  | 'FIELD'
  /** 按级别 / By grade */
  | 'GRADE'
  /** 按办结方式 / By outcome */
  | 'OUTCOME'
  /** 按平台 / By platform */
  | 'PLATFORM';

/** 统计期间（北京时间）/ A period, in Beijing time */
export type AssessmentPeriodInput = {
  /** 开始日期 YYYY-MM-DD（自定义）/ First day */
  from?: string | null | undefined;
  kind: AssessmentPeriodKind;
  /** 月份 1–12 / Month */
  month?: number | null | undefined;
  /** 季度 1–4 / Quarter */
  quarter?: number | null | undefined;
  /** 结束日期 YYYY-MM-DD（含）/ Last day, included */
  to?: string | null | undefined;
  /** 年份（月度、季度、年度）/ Year */
  year?: number | null | undefined;
};

/** 统计期间 / Statistics period */
export type AssessmentPeriodKind =
  /** 月度 / Month */
  | 'MONTH'
  /** 季度 / Quarter */
  | 'QUARTER'
  /** 自定义起止日期 / Any range of days */
  | 'RANGE'
  /** 年度 / Year */
  | 'YEAR';

export type AssessmentPointsInput = {
  earlyClosureBonus: number;
  lateHandIn: number;
  /** 迟报每件扣分（默认 1） */
  lateReport?: number | null | undefined;
  missedLetter: number;
  /** 漏报每件扣分（默认 2） */
  missedReport?: number | null | undefined;
  overdue: number;
  sentBack: number;
  supervision: number;
};

/** 考核规则 / Which rules score the period */
export type AssessmentRules =
  /** 按现行规则重算（仅供参考） / Today's rules on the period (for reference only) */
  | 'CURRENT'
  /** 当期规则（考核结果） / The rules in force on each day (the assessment) */
  | 'IN_FORCE';

export type AssessmentStatisticsInput = {
  period: AssessmentPeriodInput;
  rules?: AssessmentRules;
  /** 乡镇筛选：该乡镇及其村（社区）/ A township and its villages */
  townshipId?: string | number | null | undefined;
  /** 只看一个单位（默认：可见范围内全部）/ One unit only */
  unitId?: string | number | null | undefined;
  /** 单位类型筛选 / Unit kinds */
  unitKinds?: Array<UnitKind> | null | undefined;
};

export type AssignDutyShiftInput = {
  /** 最长 24 小时 / At most 24 hours after startsAt */
  endsAt: string;
  note?: string;
  /** 岗位（带班领导须为单位领导）/ Post (the leader on duty must hold the LEADER role) */
  post?: DutyPost;
  startsAt: string;
  unitId: string | number;
  /** 值班员或带班领导 / A duty officer or leader of the unit */
  userId: string | number;
};

/** 指定本县「1+3」单位 / Name the county's "1+3" */
export type AssignLinkageRolesInput = {
  cyberspaceUnitId: string | number;
  policeUnitId: string | number;
  propagandaUnitId: string | number;
  stateSecurityUnitId: string | number;
};

/** 把已上传的文件附加到记录 / Attach an uploaded file to a record */
export type AttachFileInput = {
  purpose: AttachmentPurpose;
  recordId: string | number;
  recordKind: AttachmentRecordKind;
  /** POST /files/uploads 返回的 uploadId / From POST /files/uploads */
  uploadId: string | number;
};

/** 并入已有事件 / Attach items to an incident */
export type AttachIntakeItemsInput = {
  incidentId: string | number;
  itemIds: Array<string | number>;
};

/** 材料类别 / Kind of material */
export type AttachmentPurpose =
  /** 音频 / Audio */
  | 'AUDIO'
  /** 其他文件 / Other file */
  | 'DOCUMENT'
  /** 现场照片 / Photo */
  | 'PHOTO'
  /** 原帖截图 / Screenshot of the post */
  | 'POST_SCREENSHOT'
  /** 扫描件 / Scan */
  | 'SCAN'
  /** 视频 / Video */
  | 'VIDEO'
  /** 网页存档 / Web page archive */
  | 'WEB_ARCHIVE';

/** 附件所属记录 / What a file is attached to */
export type AttachmentRecordKind =
  /** 联席会议 / Joint conference */
  | 'CONFERENCE'
  /** 舆情事件（证据） / Incident (evidence) */
  | 'INCIDENT'
  /** 提示函 / Risk letter */
  | 'LETTER'
  /** 口径/通稿 / Statement */
  | 'STATEMENT'
  /** 交单（书面反馈） / Task's hand-in */
  | 'TASK_HAND_IN'
  /** 工单进展 / Task's progress report */
  | 'TASK_PROGRESS';

export type CancelDutyShiftInput = {
  reason: string;
  shiftId: string | number;
};

export type CancelTaskInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  reason: string;
  taskId: string | number;
};

/** 本会话在页面层面可做的事（由访问策略决定）/ What this session may do at page level (decided by the access policy) */
export type Capability =
  /** 管理组织与人员 / Administer units and people */
  | 'ADMINISTER_ORGANIZATION'
  /** 系统设置 / Administer the county settings */
  | 'ADMINISTER_SETTINGS'
  /** 审核口径/通稿 / Approve statements */
  | 'APPROVE_STATEMENTS'
  /** 起草本县口径/通稿 / Draft the county’s statements */
  | 'DRAFT_COUNTY_STATEMENTS'
  /** 起草舆情专报 / Draft a special report */
  | 'DRAFT_SPECIAL_REPORT'
  /** 录入线索 / Enter intake items */
  | 'ENTER_INTAKE_ITEMS'
  /** 导入线索 / Import intake files */
  | 'IMPORT_INTAKE_FILES'
  /** 编发舆情日报 / Issue the daily report */
  | 'ISSUE_DAILY_REPORT'
  /** 管理线索来源 / Manage intake sources */
  | 'MANAGE_INTAKE_SOURCES'
  /** 发布口径/通稿 / Publish statements */
  | 'PUBLISH_STATEMENTS'
  /** 审计（历史、时点状态、时限）/ Audit (history, state at a moment, deadlines) */
  | 'READ_AUDIT'
  /** 查看全县值班（含中心缺岗）/ Read the county centre duty and its holes */
  | 'READ_COUNTY_DUTY'
  /** 查看全县舆情事件 / Read every incident of the county */
  | 'READ_COUNTY_INCIDENTS'
  /** 阅读舆情日报 / Read daily reports */
  | 'READ_DAILY_REPORTS'
  /** 查看舆情线索 / Read the intake queue */
  | 'READ_INTAKE_QUEUE'
  /** 阅读舆情专报 / Read special reports */
  | 'READ_SPECIAL_REPORTS'
  /** 查看专报草稿 / Read special report drafts */
  | 'READ_SPECIAL_REPORT_DRAFTS'
  /** 登记/上报舆情 / Report an incident */
  | 'REPORT_INCIDENT'
  /** 待办 / Work an inbox */
  | 'WORK_INBOX';

/** 留存帖文为证据 / Capture a post as evidence */
export type CapturePostInput = {
  author: string;
  capturedAt: string;
  incidentId: string | number;
  platform: Platform;
  /** 已附加到本事件的原帖截图 / A 原帖截图 attached to the incident */
  screenshotAttachmentId: string | number;
  textAsSeen: string;
  url: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ChangeUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

/** 办结（工单均已销号或撤销、预警已解除）/ Close */
export type CloseIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 办结说明 / Summary */
  summary: string;
};

/** 配置线索来源 / Configure a source */
export type ConfigureIntakeSourceInput = {
  kind: IntakeSourceKind;
  name: string;
  ownerUnitId: string | number;
  /** 修改已有来源时填写 / To change an existing source */
  sourceId?: string | number | null | undefined;
};

export type ConfigureNotificationChannelInput = {
  /** 如领导邮箱只收 LEADERS / e.g. a leader’s address receives LEADERS only */
  audiences?: Array<InboxAudience>;
  /** 修改已有渠道时填写 / To change an existing channel */
  channelId?: string | number | null | undefined;
  enabled?: boolean;
  kind: NotificationChannelKind;
  label?: string;
  /** 邮件地址，或 http(s) 网址 / An e-mail address, or an http(s) URL */
  target: string;
  unitId: string | number;
};

/** 停用单位（撤并、机构改革）：其下级单位、人员、在办工单和未签收的提示函须先处理 / Stand a unit down */
export type DeactivateUnitInput = {
  /** 停用原因（2–200 字），记入单位历史 / Why (kept in its history) */
  reason: string;
  unitId: string | number;
};

export type DeactivateUserInput = {
  /** 停用原因 / Reason */
  reason: string;
  userId: string | number;
};

/** 时限依据 / Deadline rule */
export type DeadlineRule =
  /** 一般事件：默认时限 / General: default time */
  | 'DEFAULT'
  /** 派单时指定 / Given at dispatch */
  | 'GIVEN'
  /** 不晚于上级工单 / No later than the parent task */
  | 'PARENT'
  /** 一般诉求：当日答复处理意见 / Inquiry: handling opinion the same day */
  | 'SAME_DAY'
  /** 一般诉求：当日答复，当日所余不足最少办理时间，顺延至给足 / Inquiry: the same day, moved on to give the least working time */
  | 'SAME_DAY_LEAST_TIME'
  /** III级及以上：限时书面反馈（默认12小时，最迟24小时，可由本县设定） / Grade III+: written feedback in time (12 h, 24 h at most, unless the county sets otherwise) */
  | 'WRITTEN_FEEDBACK';

/** 时限环节 / Step of the loop */
export type DeadlineStep =
  /** 首次报送办理意见 / First reply (handling opinion) */
  | 'FIRST_REPLY'
  /** 最长时限（含延期） / Hard limit (extensions included) */
  | 'HARD_CAP'
  /** 风险提示函签收 / Risk letter receipt */
  | 'LETTER_RECEIPT'
  /** 签收 / Sign for a task */
  | 'SIGN_FOR'
  /** 督办回复 / Reply to a supervision notice */
  | 'SUPERVISION_REPLY'
  /** 书面反馈 / Written feedback */
  | 'WRITTEN_FEEDBACK';

export type DeadlineStepRuleInput = {
  grade: Grade;
  /** 1–10080 分钟 / 1–10080 minutes */
  minutes: number;
  onWorkingTime?: boolean;
  step: DeadlineStep;
};

export type DecideTaskExtensionInput = {
  approve: boolean;
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 理由：不同意时不能为空（INPUT.REASON_REQUIRED），同意时可填说明或留空 / Reason: must not be blank when refusing; may be blank when granting */
  reason: string;
  taskId: string | number;
};

/** 发现渠道 / Discovery channel */
export type DiscoveryChannel =
  /** 软件监看发现 / Found by monitoring */
  | 'MONITORING'
  /** 社会舆情上报 / Reported by the public */
  | 'PUBLIC_REPORT'
  /** 单位上报 / Reported up by a unit */
  | 'UNIT_REPORT'
  /** 上级网信部门提示 / Prompted by the upper-level cyberspace office */
  | 'UPPER_PROMPT';

/** 派单 / Dispatch a task */
export type DispatchTaskInput = {
  /** 时限；不填按本县时限规定 / Due; defaults to county policy by grade */
  dueAt?: string | null | undefined;
  incidentId: string | number;
  /** 工作要求 / Requirements */
  requirements: string;
  /** 主办或协办 / Lead or support */
  role: TaskRole;
  /** 承办单位 / Unit */
  unitId: string | number;
};

/** 密级 / Classification */
export type DocumentClassification =
  /** 涉密 / Confidential */
  | 'CONFIDENTIAL'
  /** 内部 / Internal */
  | 'INTERNAL'
  /** 公开 / Open */
  | 'PUBLIC';

/** 公文种类 / Kind of official document */
export type DocumentKind =
  /** 追责通报 / Accountability notice */
  | 'ACCOUNTABILITY_NOTICE'
  /** 考核通报 / Assessment notice */
  | 'ASSESSMENT_NOTICE'
  /** 舆情日报 / Daily report */
  | 'DAILY_REPORT'
  /** 工作提示单 / Dispatch notice */
  | 'DISPATCH_NOTICE'
  /** 舆情快报 / Flash report */
  | 'FLASH_REPORT'
  /** 联席会议纪要 / Joint conference minutes */
  | 'JOINT_CONFERENCE_MINUTES'
  /** 复盘总结报告 / Post-incident review report */
  | 'REVIEW_REPORT'
  /** 网络风险提示函 / Online risk letter */
  | 'RISK_LETTER'
  /** 舆情专报 / Special report */
  | 'SPECIAL_REPORT'
  /** 督办通知单 / Supervision notice */
  | 'SUPERVISION_NOTICE'
  /** 预警通知 / Warning notice */
  | 'WARNING_NOTICE'
  /** 处置情况书面反馈 / Written feedback on handling */
  | 'WRITTEN_FEEDBACK';

/** 紧急程度 / Urgency */
export type DocumentUrgency =
  /** 特急 / Most urgent */
  | 'MOST_URGENT'
  /** 平件 / Normal */
  | 'NORMAL'
  /** 加急 / Urgent */
  | 'URGENT';

/** 起草或修改处置方案（县中心）/ Draft or revise a handling plan */
export type DraftHandlingPlanInput = {
  incidentId: string | number;
  measures: string;
  /** 修改时填写 / The plan revised */
  planId?: string | number | null | undefined;
  timing: string;
  unitIds: Array<string | number>;
};

/** 起草口径或通稿 / Draft wording or a press release */
export type DraftStatementInput = {
  content: string;
  incidentId: string | number;
  kind: StatementKind;
  tier: GuidanceTier;
  title: string;
};

/** 值班可执行的操作 / What you may do to a unit’s duty */
export type DutyAction =
  /** 排班 / assignDutyShift */
  | 'assignDutyShift'
  /** 取消班次 / cancelDutyShift */
  | 'cancelDutyShift'
  /** 记值班日志 / recordDutyLog */
  | 'recordDutyLog';

/** 值班日志类别 / Kind of duty log line */
export type DutyLogKind =
  /** 处置情况 / Done */
  | 'ACTION'
  /** 交接班 / Handover */
  | 'HANDOVER'
  /** 监测发现 / Observed */
  | 'OBSERVATION';

/** 值班岗位 / Duty post */
export type DutyPost =
  /** 带班领导 / Leader on duty */
  | 'LEADING'
  /** 值班员 / Duty officer */
  | 'OFFICER';

/** 重新绑定动态口令时须提供：登录密码和当前动态口令 / Needed to re-bind: your password and a current code */
export type EnrollTotpInput = {
  currentCode: string;
  currentPassword: string;
};

/** 人工录入线索（本单位）/ Enter an item by hand */
export type EnterIntakeItemInput = {
  author?: string | null | undefined;
  platform: string;
  publishedAt: string;
  /** 回复时限（领导留言板、书记县长信箱的留言）/ The message’s reply deadline */
  replyDueAt?: string | null | undefined;
  spread?: IntakeSpreadInput | null | undefined;
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/** 上报（逐级、双重报告）/ Escalate */
export type EscalateIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 报告内容 / Summary */
  summary: string;
  to: Array<EscalationTarget>;
};

/** 上报对象 / Escalated to */
export type EscalationTarget =
  /** 报市委网信办 / City cyberspace office */
  | 'CITY_OFFICE'
  /** 报县领导 / County leaders */
  | 'COUNTY_LEADERS';

/** 总结评估 / Post-incident review */
export type FileIncidentReviewInput = {
  /** 起因 / Cause */
  cause: string;
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 经验 / Experience */
  experience: string;
  incidentId: string | number;
  /** 存在问题 / Problems */
  problems: string;
  /** 处置结果 / Result */
  result: string;
  /** 传播特点 / Spread */
  spread: string;
};

/** 快报由平台预填的原因 / Why the platform pre-filled a 快报 */
export type FlashPrefilledReason =
  /** 研判为重大（II 级及以上）舆情 / Assessed as grade II or above */
  | 'MAJOR'
  /** 登记后超时未研判定级 / Left unassessed past the county’s window */
  | 'UNASSESSED';

export type FollowUpTaskInput = {
  dueAt?: string | null | undefined;
  requirements: string;
  role: TaskRole;
  unitId: string | number;
};

/** 领导批示 / Give an instruction on an incident */
export type GiveInstructionInput = {
  incidentId: string | number;
  text: string;
};

/** 舆情等级（预警级别）/ Grade (warning level) */
export type Grade =
  /** I级 特别重大（红色） / Grade I, especially major (red) */
  | 'I'
  /** II级 重大（橙色） / Grade II, major (orange) */
  | 'II'
  /** III级 较大（黄色） / Grade III, serious (yellow) */
  | 'III'
  /** IV级 一般（蓝色） / Grade IV, general (blue) */
  | 'IV';

export type GradeScaleInput = {
  /** 2–4 个级别，由轻到重 */
  levels: Array<GradeScaleLevelInput>;
  /** 分级名称（2–40 字），如“司法局三级分类” */
  name: string;
  /** 使用该分级的本县单位（每个单位至多一套） */
  unitIds: Array<string | number>;
};

export type GradeScaleLevelInput = {
  /** 对应的等级 I、II、III、IV（每个等级恰好属于一个级别） */
  grades: Array<string>;
  /** 级别名称（1–12 字） */
  label: string;
};

/** 引导层级（002）/ Guidance tier */
export type GuidanceTier =
  /** 网评引导 / Online commentary */
  | 'COMMENTARY'
  /** 正面回应 / Positive response */
  | 'POSITIVE_RESPONSE'
  /** 强势宣传 / Strong publicity */
  | 'STRONG_PUBLICITY';

/** 交单：书面反馈 / Hand in written feedback */
export type HandInTaskInput = {
  /** 佐证材料 / Evidence */
  evidence?: Array<string>;
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 核查情况 / Facts found */
  factsFound: string;
  /** 处置措施 / Measures */
  measures: string;
  /** 处置结果 / Result */
  result: string;
  taskId: string | number;
};

/** 乡镇自行处置（一般舆情）/ Take up as the township */
export type HandleLocallyInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
};

/** 处置方案可执行的操作 / What the plan allows next */
export type HandlingPlanAction =
  /** 同意 / approveHandlingPlan */
  | 'approveHandlingPlan'
  /** 修改方案 / reviseHandlingPlan */
  | 'reviseHandlingPlan'
  /** 退回 / sendBackHandlingPlan */
  | 'sendBackHandlingPlan';

/** 处置方案状态 / Handling plan status */
export type HandlingPlanStatus =
  /** 已同意 / Approved */
  | 'APPROVED'
  /** 待领导审批 / Waiting for the leader in charge */
  | 'PENDING'
  /** 已退回 / Sent back */
  | 'SENT_BACK';

export type HistoryFilter = {
  kinds?: Array<HistoryKind> | null | undefined;
  /** 经办或涉及的单位 / Units that acted or were concerned */
  unitIds?: Array<string | number> | null | undefined;
};

/** 记录类别 / Kind of history entry */
export type HistoryKind =
  /** 送达待办 / Deliveries to inboxes */
  | 'DELIVERY'
  /** 上报 / Escalation */
  | 'ESCALATION'
  /** 事件登记、研判与处置 / Registration, assessment and handling */
  | 'INCIDENT'
  /** 风险提示函（一函） / Risk letters */
  | 'LETTER'
  /** "1+3+N"联动 / Linkage */
  | 'LINKAGE'
  /** 口径/通稿 / Statements */
  | 'STATEMENT'
  /** 工单（四单） / Tasks */
  | 'TASK'
  /** 预警 / Warning */
  | 'WARNING';

/** 面向 / For whom */
export type InboxAudience =
  /** 系统管理员 / The unit's administrators */
  | 'ADMINS'
  /** 单位领导 / The unit's leaders */
  | 'LEADERS'
  /** 本单位 / The unit */
  | 'UNIT';

/** 待办变化类型 / What arrived */
export type InboxChangeKind =
  /** 舆情日报（请领导阅示） / Daily report for the leaders */
  | 'DAILY_REPORT'
  /** 舆情日报未按时编发 / Daily report not issued */
  | 'DAILY_REPORT_MISSING'
  /** 收到公文 / Official document received */
  | 'DOCUMENT_ISSUED'
  /** 值班表存在空档 / Gap in the duty roster */
  | 'DUTY_ROSTER_GAP'
  /** 舆情快报（请领导阅示） / Flash report for the leaders */
  | 'FLASH_REPORT'
  /** 舆情上报 / Incident escalated to you */
  | 'INCIDENT_ESCALATED'
  /** 下级上报舆情 / Incident reported up */
  | 'INCIDENT_REPORTED'
  /** 您被指定为舆情包保领导/跟踪专人 / You answer for an incident */
  | 'INCIDENT_RESPONSIBILITY'
  /** 补充情况 / More about an incident */
  | 'INCIDENT_SUPPLEMENTED'
  /** 县中心已接管 / The county centre took the incident over */
  | 'INCIDENT_TAKEN_OVER'
  /** 乡镇自行处置 / A township handles the incident itself */
  | 'INCIDENT_TAKEN_UP_LOCALLY'
  /** 批示落实情况反馈 / Report back on your instruction */
  | 'INSTRUCTION_FEEDBACK'
  /** 领导批示 / Leader's instruction */
  | 'INSTRUCTION_GIVEN'
  /** 风险提示函催签 / Risk letter not yet signed for */
  | 'LETTER_CHASED'
  /** 风险提示函逾期未签收（升级） / Risk letter still unsigned (escalated) */
  | 'LETTER_ESCALATED'
  /** 收到风险提示函 / Risk letter received */
  | 'LETTER_SENT'
  /** 提示函已签收 / Risk letter signed for */
  | 'LETTER_SIGNED'
  /** 纳入"1+3+N"联动 / Joined the linkage */
  | 'LINKAGE_JOINED'
  /** 解除联动 / Released from the linkage */
  | 'LINKAGE_RELEASED'
  /** 留言回复临期 / A message’s reply is nearly due */
  | 'MESSAGE_REPLY_NEARLY_DUE'
  /** 留言回复已超期 / A message’s reply is overdue */
  | 'MESSAGE_REPLY_OVERDUE'
  /** 传播数据已达更高等级标准，请重新研判 / The spread calls for a new assessment */
  | 'REASSESSMENT_SUGGESTED'
  /** 舆情专报（请领导阅示） / Special report for the leaders */
  | 'SPECIAL_REPORT'
  /** 口径/通稿已审核通过 / Statement approved */
  | 'STATEMENT_APPROVED'
  /** 口径/通稿已发布 / Statement published */
  | 'STATEMENT_PUBLISHED'
  /** 口径/通稿被退回 / Statement rejected */
  | 'STATEMENT_REJECTED'
  /** 口径/通稿待审核 / Statement awaiting approval */
  | 'STATEMENT_SUBMITTED'
  /** 已销号 / Task struck off */
  | 'TASK_ACCEPTED'
  /** 工单撤销 / Task cancelled */
  | 'TASK_CANCELLED'
  /** 收到派单 / Task dispatched to you */
  | 'TASK_DISPATCHED'
  /** 督办逾期未办结（升级） / Still overdue after supervision (escalated) */
  | 'TASK_ESCALATED'
  /** 延期已答复 / Extension decided */
  | 'TASK_EXTENSION_DECIDED'
  /** 申请延期 / Extension requested */
  | 'TASK_EXTENSION_REQUESTED'
  /** 已交单 / Task handed in */
  | 'TASK_HANDED_IN'
  /** 工单临近时限 / Task nearly due */
  | 'TASK_NEARLY_DUE'
  /** 工单已超时 / Task overdue */
  | 'TASK_OVERDUE'
  /** 办理进展 / Progress reported */
  | 'TASK_PROGRESS'
  /** 催办 / Reminder */
  | 'TASK_REMINDED'
  /** 工单被退回 / Task returned */
  | 'TASK_RETURNED'
  /** 退回重办 / Sent back for rework */
  | 'TASK_SENT_BACK'
  /** 工单已签收 / Task signed for */
  | 'TASK_SIGNED'
  /** 督办 / Supervision notice */
  | 'TASK_SUPERVISED'
  /** 预警已调整 / Warning adjusted */
  | 'WARNING_ADJUSTED'
  /** 收到预警 / Warning issued */
  | 'WARNING_ISSUED'
  /** 预警已解除 / Warning lifted */
  | 'WARNING_LIFTED';

/** 待办类型 / Inbox item type */
export type InboxItemType =
  /** 待阅 / To read */
  | 'ARRIVAL'
  /** 处置方案 / Handling plan */
  | 'HANDLING_PLAN'
  /** 领导批示 / Leader's instruction */
  | 'INSTRUCTION'
  /** 风险提示函 / Risk letter */
  | 'LETTER'
  /** 口径/通稿 / Statement */
  | 'STATEMENT'
  /** 工单 / Task */
  | 'TASK';

/** 所指对象 / What it refers to */
export type InboxRef =
  /** 舆情日报 / Daily report */
  | 'DAILY_REPORT'
  /** 公文 / Official document */
  | 'DOCUMENT'
  /** 值班表 / Duty roster */
  | 'DUTY_ROSTER'
  /** 舆情事件 / Incident */
  | 'INCIDENT'
  /** 领导批示 / Leader's instruction */
  | 'INSTRUCTION'
  /** 舆情线索 / Intake item */
  | 'INTAKE_ITEM'
  /** 风险提示函 / Risk letter */
  | 'LETTER'
  /** 舆情专报 / Special report */
  | 'SPECIAL_REPORT'
  /** 口径/通稿 / Statement */
  | 'STATEMENT'
  /** 工单 / Task */
  | 'TASK';

/** 事件可执行的操作 / What the incident allows next */
export type IncidentAction =
  /** 启动联动 / activateLinkage */
  | 'activateLinkage'
  /** 增加联动单位 / addLinkageMembers */
  | 'addLinkageMembers'
  /** 调整预警 / adjustWarning */
  | 'adjustWarning'
  /** 研判 / assessIncident */
  | 'assessIncident'
  /** 添加证据 / attachEvidence */
  | 'attachEvidence'
  /** 办结 / closeIncident */
  | 'closeIncident'
  /** 派单 / dispatchTask */
  | 'dispatchTask'
  /** 起草处置方案 / draftHandlingPlan */
  | 'draftHandlingPlan'
  /** 编写专报 / draftSpecialReport */
  | 'draftSpecialReport'
  /** 起草口径/通稿 / draftStatement */
  | 'draftStatement'
  /** 上报 / escalateIncident */
  | 'escalateIncident'
  /** 提交总结评估 / fileIncidentReview */
  | 'fileIncidentReview'
  /** 乡镇自行处置 / handleLocally */
  | 'handleLocally'
  /** 发布预警 / issueWarning */
  | 'issueWarning'
  /** 解除预警 / liftWarning */
  | 'liftWarning'
  /** 列单 / listIncident */
  | 'listIncident'
  /** 标记平息 / markIncidentCalmed */
  | 'markIncidentCalmed'
  /** 指定包保领导和专人 / nameIncidentResponsibility */
  | 'nameIncidentResponsibility'
  /** 记录追责 / recordAccountability */
  | 'recordAccountability'
  /** 记录联席会议 / recordJointConference */
  | 'recordJointConference'
  /** 记录传播数据 / recordSpreadReading */
  | 'recordSpreadReading'
  /** 移交公安 / referToPolice */
  | 'referToPolice'
  /** 解除联动单位 / releaseLinkageMember */
  | 'releaseLinkageMember'
  /** 重新打开 / reopenIncident */
  | 'reopenIncident'
  /** 发风险提示函 / sendRiskLetter */
  | 'sendRiskLetter'
  /** 函告网站 / sendTakedownRequest */
  | 'sendTakedownRequest'
  /** 补充情况 / supplementIncident */
  | 'supplementIncident'
  /** 县中心接管 / takeOverIncident */
  | 'takeOverIncident';

/** 所属领域 / Field */
export type IncidentField =
  /** 生态保护 / Ecological protection */
  | 'ECOLOGY'
  /** 疫情防控 / Epidemic control */
  | 'EPIDEMIC_CONTROL'
  /** 食品药品 / Food and drugs */
  | 'FOOD_DRUG'
  /** 征地拆迁 / Land acquisition and demolition */
  | 'LAND_ACQUISITION'
  /** 其他 / Other */
  | 'OTHER'
  /** 统编教材 / Unified textbooks */
  | 'TEXTBOOKS'
  /** 安全生产 / Work safety */
  | 'WORK_SAFETY';

export type IncidentFilter = {
  field?: Array<IncidentField> | null | undefined;
  grade?: Array<Grade> | null | undefined;
  /** 登记时间不早于 / Reported at or after */
  reportedFrom?: string | null | undefined;
  /** 登记时间早于 / Reported before */
  reportedTo?: string | null | undefined;
  status?: Array<IncidentStatus> | null | undefined;
  /** 在标题和摘要中搜索 / Search title and excerpt */
  text?: string | null | undefined;
  /** 涉及这些单位之一（上报、承办、收函、联动）/ Involving any of these units (reporter, task, letter, linkage) */
  unitIds?: Array<string | number> | null | undefined;
};

/** 舆情性质 / Nature of the opinion */
export type IncidentNature =
  /** 建设性意见 / Constructive suggestion */
  | 'CONSTRUCTIVE'
  /** 捏造歪曲/诽谤/煽动/涉嫌违法 / Fabrication, defamation, incitement or suspected crime */
  | 'FABRICATION'
  /** 询问/质疑/诉求 / Inquiry, doubt or appeal */
  | 'INQUIRY_APPEAL'
  /** 恶意传播炒作 / Malicious spreading and hype */
  | 'MALICIOUS_HYPE';

/** 事件状态 / Incident status */
export type IncidentStatus =
  /** 已研判 / Assessed */
  | 'ASSESSED'
  /** 已平息 / Calmed */
  | 'CALMED'
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 处置中 / Handling */
  | 'HANDLING'
  /** 已登记 / Registered */
  | 'REGISTERED'
  /** 已预警 / Warned */
  | 'WARNED';

/** 批示可执行的操作 / What the instruction allows next */
export type InstructionAction =
  /** 落实批示（关联工单） / linkInstructionTask */
  | 'linkInstructionTask'
  /** 反馈落实情况 / reportInstructionFeedback */
  | 'reportInstructionFeedback';

/** 导入列对应 / Which column fills a field */
export type IntakeColumnInput = {
  /** 表头中的列名 / The column header */
  column: string;
  /** 字段：id, url, platform, author, title, text, publishedAt, posts, reposts, comments, views, mainstreamMediaPickups, replyDueAt */
  field: string;
};

/** 导出的 Excel（.xlsx）或 CSV 文件 / An export file */
export type IntakeFileInput = {
  /** 文件内容（Base64）/ The file, base64 */
  contentBase64: string;
  fileName: string;
  sourceId: string | number;
};

/** 线索可执行的操作 / What the item allows next */
export type IntakeItemAction =
  /** 归档 / archiveIntakeItems */
  | 'archiveIntakeItems'
  /** 并入已有事件 / attachIntakeItems */
  | 'attachIntakeItems'
  /** 标记留言已回复 / markIntakeItemReplied */
  | 'markIntakeItemReplied'
  /** 登记为新事件 / registerIntakeItems */
  | 'registerIntakeItems';

/** 线索状态 / Intake item status */
export type IntakeItemStatus =
  /** 已归档 / Archived */
  | 'ARCHIVED'
  /** 已并入事件 / Attached to an incident */
  | 'ATTACHED'
  /** 待研判 / Waiting for triage */
  | 'RECEIVED'
  /** 已登记为新事件 / Registered as a new incident */
  | 'REGISTERED';

/** 线索来源类型 / Kind of intake source */
export type IntakeSourceKind =
  /** 网警 / Cyber police */
  | 'CYBER_POLICE'
  /** 人工录入 / Entered by hand */
  | 'MANUAL'
  /** 留言板/信箱 / Message board or mailbox */
  | 'MESSAGE_BOARD'
  /** 监测服务 / Monitoring service */
  | 'MONITORING_SERVICE'
  /** 单位自行监看 / A unit's own watch */
  | 'UNIT_WATCH';

export type IntakeSpreadInput = {
  comments?: number | null | undefined;
  mainstreamMediaPickups?: number | null | undefined;
  posts?: number | null | undefined;
  reposts?: number | null | undefined;
  views?: number | null | undefined;
};

/** 关注清单条目 / A watch-list entry */
export type IntakeWatchEntryInput = {
  /** 截止日期 YYYY-MM-DD / Last day in force */
  endsOn?: string | null | undefined;
  kind: IntakeWatchEntryKind;
  /** 关键词、区域、项目、纠纷或节点的名称 / The name to look for */
  name: string;
  note?: string | null | undefined;
};

/** 关注清单条目类型 / Kind of watch-list entry */
export type IntakeWatchEntryKind =
  /** 矛盾纠纷 / Known dispute */
  | 'DISPUTE'
  /** 敏感节点 / Sensitive event */
  | 'EVENT'
  /** 关键词 / Keyword */
  | 'KEYWORD'
  /** 重点区域 / Place */
  | 'PLACE'
  /** 重点项目 / Project */
  | 'PROJECT';

/** 完整性问题 / Integrity fault */
export type IntegrityFaultKind =
  /** 导出文件格式有误 / Bundle malformed */
  | 'BUNDLE_MALFORMED'
  /** 导出文件签名无效 / Bundle signature invalid */
  | 'BUNDLE_SIGNATURE_INVALID'
  /** 哈希链断裂 / Hash chain broken */
  | 'CHAIN_BROKEN'
  /** 封存点被改动 / Checkpoint altered */
  | 'CHECKPOINT_ALTERED'
  /** 封存点链断裂 / Checkpoint chain broken */
  | 'CHECKPOINT_CHAIN_BROKEN'
  /** 封存范围内事件被增删或调换 / Events in a sealed range changed */
  | 'CHECKPOINT_MISMATCH'
  /** 见证过的封存点缺失 / Witnessed checkpoint missing */
  | 'CHECKPOINT_MISSING'
  /** 封存点与见证记录不符 / Checkpoint differs from the witness */
  | 'CHECKPOINT_REPLACED'
  /** 封存点签名无效 / Checkpoint signature invalid */
  | 'CHECKPOINT_SIGNATURE_INVALID'
  /** 封存点签名被去除 / Checkpoint signature stripped */
  | 'CHECKPOINT_UNSIGNED'
  /** 事件被改动 / Event altered */
  | 'EVENT_ALTERED'
  /** 事件不在封存记录中 / Event not among the sealed ones */
  | 'EVENT_NOT_SEALED'
  /** 事件位于日志起点之前 / Event before the start of the log */
  | 'EVENT_OUTSIDE_LOG'
  /** 事件缺失或顺序被调换 / Event missing or reordered */
  | 'SEQUENCE_BROKEN'
  /** 流尾部被截断或改动 / Stream tail cut or altered */
  | 'STREAM_HEAD_MISMATCH'
  /** 流缺少头记录 / Stream without a head */
  | 'STREAM_HEAD_MISSING'
  /** 整条流被删除 / Whole stream removed */
  | 'STREAM_MISSING'
  /** 见证文件损坏 / Witness file corrupt */
  | 'WITNESS_CORRUPT'
  /** 独立见证回执无效 / Independent witness receipt invalid */
  | 'WITNESS_RECEIPT_INVALID';

/** 完整性校验结论 / Verdict of an integrity check */
export type IntegrityVerdict =
  /** 发现问题：记录被改动、截断或伪造 / Fault found: the record was altered, cut or forged */
  | 'FAULT'
  /** 未发现问题，但尚未封存（仅哈希链保护） / No fault found, not yet sealed (hash chain only) */
  | 'NOT_SEALED'
  /** 已封存部分核验无误，最新记录尚未封存 / Sealed part verified; the newest events are not sealed yet */
  | 'PARTLY_SEALED'
  /** 全部封存并核验无误 / Sealed and verified */
  | 'SEALED';

/** 编发舆情日报 / Issue the daily report */
export type IssueDailyReportInput = {
  /** 更正说明：同日再次编发时必填 */
  correctionReason?: string | null | undefined;
  /** YYYY-MM-DD（北京时间） */
  date: string;
  /** 正面宣传，每条一项（最多 20 条） */
  positive?: Array<string>;
  /** 值班员说明 */
  remarks?: string;
};

/** 发文 / Issue an official document from a record */
export type IssueDocumentInput = {
  /** 默认「内部」，不低于记录的密级 / Default INTERNAL */
  classification?: DocumentClassification | null | undefined;
  kind: DocumentKind;
  /** 记录：提示函的 id、督办（supervision）的 id、工单 id（书面反馈）、专报或日报的 id、联席会议的 id、考核期（县:期间，如 qingshui:2026-03、qingshui:2026-Q1、qingshui:2026）/ The record */
  recordId: string | number;
  urgency?: DocumentUrgency | null | undefined;
};

/** 发布预警（002）/ Issue a warning */
export type IssueWarningInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 预警级别 / Level */
  level: Grade;
  /** 预警事项 / Matters */
  matters: string;
  /** 应采取的措施 / Measures */
  measures: string;
  /** 舆情对象 / Object */
  object: string;
  /** 可能影响范围 / Possible scope */
  scope: string;
  /** 范围内的单位：预警送达它们的待办和渠道 / The units in the scope, whom the warning reaches */
  scopeUnitIds?: Array<string | number>;
  /** 起始时间 / Starts */
  startAt: string;
};

/** 提示函可执行的操作 / What the letter allows next */
export type LetterAction =
  /** 添加附件 / attachFile */
  | 'attachFile'
  /** 签收 / signRiskLetter */
  | 'signRiskLetter';

/** 解除预警 / Lift the warning */
export type LiftWarningInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 解除理由（已解决或平息）/ Reason (resolved or calm) */
  reason: string;
};

/** 落实批示：关联已派发的工单 / Link a dispatched task to an instruction */
export type LinkInstructionTaskInput = {
  instructionId: string | number;
  taskId: string | number;
};

export type LinkageFieldRuleInput = {
  field: string;
  unitIds: Array<string | number>;
};

/** 列单 / List for disposal */
export type ListIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 处置要求 / Requirements */
  requirements: string;
};

export type LoadHolidayCalendarInput = {
  /** 节假日安排文件（JSON，格式 yuqing-holiday-calendar/1，见 docs/api.md）；所列年份整体替换 / The calendar file as JSON; the years in it replace those years */
  calendar: string;
};

export type LoginInput = {
  password: string;
  /** 已绑定动态口令时必填 / Required once a second factor is enrolled */
  totpCode?: string | null | undefined;
  username: string;
};

/** 标记已阅 / Mark arrivals read */
export type MarkArrivalsReadInput = {
  /** 待阅消息编号（最多 200 条）/ Arrival ids, at most 200 */
  ids: Array<string | number>;
};

export type MarkIncidentCalmedInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  note?: string;
};

/** 标记留言已回复 / Mark a message replied */
export type MarkIntakeItemRepliedInput = {
  itemId: string | number;
  /** 回复情况：由谁、在何处、如何回复 / By whom and how it was answered */
  note: string;
};

/** 指定包保领导、跟踪专人（至少一项；未填的保持不变）/ Name who answers for the incident */
export type NameIncidentResponsibilityInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 包保领导（县领导名单上的领导）/ Guarantor leader */
  guarantorUserId?: string | number | null | undefined;
  incidentId: string | number;
  /** 跟踪专人（主办单位在岗人员）/ Tracker */
  trackerUserId?: string | number | null | undefined;
};

/** 变更责任人 / Name another person responsible */
export type NameTaskResponsibleInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  taskId: string | number;
  /** 本单位在岗人员 / A person of your unit */
  userId: string | number;
};

/** 外部通知渠道类型 / Kind of external notification channel */
export type NotificationChannelKind =
  /** 电子邮件 / E-mail (SMTP) */
  | 'EMAIL'
  /** Webhook（短信网关等） / Webhook (e.g. an SMS gateway) */
  | 'WEBHOOK';

/** 通知投递状态 / Where a notification delivery stands */
export type NotificationDeliveryStatus =
  /** 渠道已删除或停用，未发送 / Not sent: the channel was removed or disabled */
  | 'CANCELLED'
  /** 多次失败，已放弃（死信） / Gave up after retries (dead letter) */
  | 'DEAD'
  /** 发送失败，等待重试 / Failed; will be retried */
  | 'FAILED'
  /** 待发送 / Queued */
  | 'QUEUED'
  /** 已发送 / Sent */
  | 'SENT';

/** 发布平台 / Platform */
export type Platform =
  /** 抖音 / Douyin */
  | 'DOUYIN'
  /** 论坛/贴吧 / Forum */
  | 'FORUM'
  /** 快手 / Kuaishou */
  | 'KUAISHOU'
  /** 人民网领导留言板 / People's Daily leaders' message board */
  | 'LEADER_MESSAGE_BOARD'
  /** 书记县长信箱 / Party secretary / county head's mailbox */
  | 'MAYOR_MAILBOX'
  /** 新闻网站 / News site */
  | 'NEWS_SITE'
  /** 其他 / Other */
  | 'OTHER'
  /** 微信 / WeChat */
  | 'WECHAT'
  /** 微博 / Weibo */
  | 'WEIBO';

/** 新闻发言人发布 / Publish (spokesperson) */
export type PublishStatementInput = {
  /** 发布渠道 / Channels */
  channels?: Array<string>;
  expectedVersion?: number | null | undefined;
  statementId: string | number;
};

/** 记录追责 / Record accountability */
export type RecordAccountabilityInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  findings: Array<AccountabilityFindingInput>;
  incidentId: string | number;
};

export type RecordDutyLogInput = {
  incidentId?: string | number | null | undefined;
  kind: DutyLogKind;
  text: string;
};

/** 联席会议记录 / Joint conference */
export type RecordJointConferenceInput = {
  decisions: Array<string>;
  /** 会后派出的工单 / Follow-up tasks to dispatch */
  followUpTasks?: Array<FollowUpTaskInput>;
  heldAt: string;
  incidentId: string | number;
  participantUnitIds?: Array<string | number>;
  participants: Array<string>;
};

/** 记录帖文传播数据 / Add a spread reading */
export type RecordPostSpreadInput = {
  comments: number;
  postId: string | number;
  readAt: string;
  reposts: number;
  views: number;
};

/** 记录传播数据 / Record the spread as it stands */
export type RecordSpreadReadingInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 读数时间（默认现在）/ When the figures were read (default: now) */
  observedAt?: string | null | undefined;
  spread: SpreadFiguresInput;
};

/** 登记平台答复 / Record the platform’s answer */
export type RecordTakedownAnswerInput = {
  answer: TakedownAnswer;
  /** 说明 / Note */
  note?: string;
  requestId: string | number;
};

/** 转派给下属村（社区）/ Hand part to a village */
export type RedispatchTaskInput = {
  dueAt?: string | null | undefined;
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  requirements: string;
  taskId: string | number;
  villageUnitId: string | number;
};

/** 移交公安依法处置 / Refer to the police */
export type ReferToPoliceInput = {
  dueAt?: string | null | undefined;
  incidentId: string | number;
  /** 移交事由和要求 / Grounds and requests */
  requirements: string;
};

/** 登记为新事件：第一条线索预填事件，其余并入 / Register: the first item pre-fills, the rest attach */
export type RegisterIntakeItemsInput = {
  confidential?: boolean | null | undefined;
  excerpt?: string | null | undefined;
  itemIds: Array<string | number>;
  title?: string | null | undefined;
};

export type RegisterUnitInput = {
  kind: UnitKind;
  name: string;
  parentId?: string | number | null | undefined;
};

export type RegisterUserInput = {
  displayName: string;
  /** 初始密码（管理员、审计员和领导至少 12 位，其他至少 10 位；含字母和数字；不能是常见密码）/ Initial password (≥ 12 for ADMIN, AUDITOR, LEADER, ≥ 10 otherwise; letters and digits; not a common one) */
  initialPassword: string;
  /** 首次登录须修改初始密码（默认是）/ The person changes the initial password at the first sign-in (default yes) */
  passwordTemporary?: boolean | null | undefined;
  roles: Array<Role>;
  unitId: string | number;
  username: string;
};

export type ReleaseLinkageMemberInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  reason: string;
  unitId: string | number;
};

/** 催办 / Remind */
export type RemindTaskInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  note?: string;
  taskId: string | number;
};

export type RemoveNotificationChannelInput = {
  channelId: string | number;
};

/** 重新打开（舆情反复）/ Reopen */
export type ReopenIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  reason: string;
};

/** 登记/上报舆情 / Register or report up an incident */
export type ReportIncidentInput = {
  channel: DiscoveryChannel;
  /** 涉密：通知与订阅只含引用，不含内容 / Confidential: notifications carry a reference only */
  confidential?: boolean;
  discoveredAt: string;
  excerpt?: string;
  platform: Platform;
  spread?: SpreadFiguresInput | null | undefined;
  title: string;
  urls?: Array<string>;
};

/** 批示落实情况反馈 / Report back on an instruction */
export type ReportInstructionFeedbackInput = {
  instructionId: string | number;
  text: string;
};

/** 报告种类 / Kind of report to the leaders */
export type ReportKind =
  /** 舆情快报 / Flash report */
  | 'FLASH'
  /** 舆情专报 / Special report */
  | 'SPECIAL';

/** 报送进展（网上、网下措施）/ Report progress */
export type ReportTaskProgressInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  note?: string;
  /** 网下处置措施 / Offline measures */
  offline?: Array<string>;
  /** 网上处置措施 / Online measures */
  online?: Array<string>;
  taskId: string | number;
};

/** 申请延期（不得超过最迟时限）/ Ask for more time */
export type RequestTaskExtensionInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  reason: string;
  requestedDueAt: string;
  taskId: string | number;
};

export type ResetUserPasswordInput = {
  newPassword: string;
  userId: string | number;
};

export type RetryNotificationDeliveryInput = {
  deliveryId: string | number;
};

/** 退回（说明理由）/ Return with a reason */
export type ReturnTaskInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  reason: string;
  taskId: string | number;
};

/** 审核：销号或退回重办 / Accept (struck off) or send back */
export type ReviewTaskInput = {
  /** true 销号；false 退回重办 / true: strike off; false: rework */
  accept: boolean;
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 理由：退回重办时不能为空（INPUT.REASON_REQUIRED），销号时可填说明或留空 / Reason: must not be blank for rework; may be blank when striking off */
  reason: string;
  taskId: string | number;
};

/** 角色 / Role */
export type Role =
  /** 系统管理员 / Administrator */
  | 'ADMIN'
  /** 审计/纪检 / Auditor */
  | 'AUDITOR'
  /** 值班员 / Duty officer */
  | 'DUTY_OFFICER'
  /** 经办人 / Handler */
  | 'HANDLER'
  /** 分管/主要领导 / Leader */
  | 'LEADER'
  /** 新闻发言人 / Spokesperson */
  | 'SPOKESPERSON';

/** 保存专报稿件 / Save a special report draft */
export type SaveSpecialReportDraftInput = {
  /** 报送（默认：专报“县委书记，县长，县委常委、宣传部部长”，快报“县委、县政府主要领导，分管县领导；市委网信办”） */
  addressees?: string | null | undefined;
  /** 研判分析（10–5000 字） */
  analysis: string;
  /** 抄送单位：涉事单位、主管职能部门（最多 30 个） */
  copyUnitIds?: Array<string | number>;
  /** 修改时最后看到的版本 / The version last seen */
  expectedVersion?: number | null | undefined;
  /** 修改已有稿件时填写 / The draft to revise; absent for a new one */
  id?: string | number | null | undefined;
  incidentId: string | number;
  /** 专报（默认）或快报；已保存的稿件不改种类 / SPECIAL (default) or FLASH; a saved draft keeps its kind */
  kind?: ReportKind | null | undefined;
  /** 已采取措施（快报），每条一项（最多 20 条）/ Measures taken (flash), one a line */
  measuresTaken?: Array<string> | null | undefined;
  /** 传播情况（快报必填，2–2000 字）/ How it spreads (flash: required) */
  spread?: string | null | undefined;
  /** 处置建议（快报：下步建议），每条一项（1–20 条） */
  suggestions: Array<string>;
  /** 事件概况（10–3000 字） */
  summary: string;
  /** 标题（4–80 字） */
  title: string;
};

/** 退回处置方案 / Send a handling plan back */
export type SendBackHandlingPlanInput = {
  planId: string | number;
  reason: string;
};

/** 网络风险提示函 / Risk letter */
export type SendRiskLetterInput = {
  incidentId?: string | number | null | undefined;
  level: Grade;
  /** 签收时限，默认 12 小时 / Receipt due (default 12 h) */
  receiptDueAt?: string | null | undefined;
  recipientUnitIds: Array<string | number>;
  /** 工作要求 / Requested measures */
  requestedMeasures: string;
  /** 风险 / Risk */
  risk: string;
  /** 范围 / Scope */
  scope: string;
  title: string;
  /** 关注重点 / What to watch */
  watchPoints: string;
};

/** 函告网站 / Ask a platform to take items down */
export type SendTakedownRequestInput = {
  incidentId: string | number;
  /** 贴文链接 / The items’ links */
  itemUrls: Array<string>;
  /** 网站或平台名称 / The platform, by name */
  platform: string;
  /** 函告内容 / What is asked and why */
  request: string;
};

/** 设置考核规则（县系统管理员）/ Set the county's 考核 rules */
export type SetAssessmentPolicyInput = {
  baseScore?: number;
  /** 生效日期 YYYY-MM-DD（默认今日，不可早于今日）/ In force from (default today) */
  effectiveFrom?: string | null | undefined;
  /** 迟报时限（分钟，默认 120）：发现后超过此时限上报为迟报 / Late after (minutes) */
  lateReportAfterMinutes?: number | null | undefined;
  /** 漏报时限（分钟，默认 1440）：发现后超过此时限上报为漏报 / Missed after (minutes) */
  missedReportAfterMinutes?: number | null | undefined;
  points: AssessmentPointsInput;
  shareRanking?: boolean;
};

export type SetDeadlinePolicyInput = {
  defaultHours: number;
  feedbackHours: number;
  /** 不填则保持不变 / Unchanged when omitted */
  flashMinutes?: number | null | undefined;
  hardCapHours: number;
  /** 按工作时间计算（默认按自然时间）/ Count office hours of working days (default: the clock) */
  onWorkingTime?: boolean;
  /** 不填则保持不变 / Unchanged when omitted */
  remindAtPercent?: number | null | undefined;
  /** 不填则保持不变 / Unchanged when omitted */
  remindBeforeMinutes?: number | null | undefined;
  sameDayForInquiries: boolean;
  /** 当日答复最少办理时间，0–960 工作时间分钟（不填则保持不变）/ Least working time for a same-day reply, 0–960 office minutes (unchanged when omitted) */
  sameDayLeastMinutes?: number | null | undefined;
};

export type SetDeadlineRulesInput = {
  /** 本县自定的格子（其余按默认）；整体替换 / The cells the county sets (the rest default); replaces the set */
  rules: Array<DeadlineStepRuleInput>;
};

export type SetGradeScalesInput = {
  /** 全部本地分级（整体替换；空表示不再使用）/ All of them */
  scales: Array<GradeScaleInput>;
};

/** 处置方案的审批门槛 / From which grade dispatch waits for an approved plan */
export type SetHandlingPlanPolicyInput = {
  /** 不填：不需要 / None: never */
  fromGrade?: Grade | null | undefined;
};

/** 保存来源的导入列对应关系 / Save a source’s column mapping */
export type SetIntakeColumnMappingInput = {
  columns: Array<IntakeColumnInput>;
  sourceId: string | number;
};

export type SetLinkageFieldRulesInput = {
  rules: Array<LinkageFieldRuleInput>;
};

export type SetSecurityPolicyInput = {
  /** 须使用动态口令的角色，如 ADMIN、LEADER、AUDITOR / Roles that must use a second factor */
  requireTotpRoles: Array<Role>;
};

export type SetSpreadCriteriaInput = {
  /** I、II、III 级各一行（整体替换）/ One row for each of I, II, III */
  criteria: Array<SpreadCriterionInput>;
};

export type SignTaskInput = {
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 责任人（本单位在岗人员）；不填为签收人 / Who answers for it (of your unit); the signer if left out */
  responsibleUserId?: string | number | null | undefined;
  taskId: string | number;
};

/** 专报可执行的操作 / What the report allows next */
export type SpecialReportAction =
  /** 签发 / issueSpecialReport */
  | 'issueSpecialReport'
  /** 修改 / reviseSpecialReport */
  | 'reviseSpecialReport'
  /** 撤回 / withdrawSpecialReport */
  | 'withdrawSpecialReport';

/** 专报状态 / Special report status */
export type SpecialReportStatus =
  /** 待签发 / Draft, awaiting sign-off */
  | 'DRAFT'
  /** 已签发 / Signed off and sent */
  | 'ISSUED'
  /** 已撤回（未签发） / Withdrawn unsent */
  | 'WITHDRAWN';

export type SpreadCriterionInput = {
  /** 跟帖量（空：不用此项） */
  comments?: number | null | undefined;
  /** 等级 I、II 或 III */
  grade: string;
  /** 主流媒体报道数（空：不用此项） */
  mainstreamMediaPickups?: number | null | undefined;
  /** 发帖量（空：不用此项） */
  posts?: number | null | undefined;
  /** 点击量（空：不用此项） */
  views?: number | null | undefined;
};

export type SpreadFiguresInput = {
  comments?: number;
  mainstreamMediaPickups?: number;
  posts?: number;
  reposts?: number;
  views?: number;
};

/** 稿件可执行的操作 / What the statement allows next */
export type StatementAction =
  /** 审核通过 / approveStatement */
  | 'approveStatement'
  /** 添加附件 / attachFile */
  | 'attachFile'
  /** 发布 / publishStatement */
  | 'publishStatement'
  /** 退回修改 / rejectStatement */
  | 'rejectStatement'
  /** 修改 / reviseStatement */
  | 'reviseStatement';

/** 稿件类型 / Statement kind */
export type StatementKind =
  /** 通稿 / Press release */
  | 'PRESS_RELEASE'
  /** 口径 / Wording */
  | 'WORDING';

/** 稿件状态 / Statement status */
export type StatementStatus =
  /** 已审核 / Approved */
  | 'APPROVED'
  /** 待审核 / Draft */
  | 'DRAFT'
  /** 已发布 / Published */
  | 'PUBLISHED'
  /** 退回修改 / Sent back */
  | 'REJECTED';

/** 督办 / Supervise */
export type SuperviseTaskInput = {
  content: string;
  /** 您看到的版本 / The version you saw */
  expectedVersion?: number | null | undefined;
  /** 回复时限 / Reply due */
  replyDueAt: string;
  taskId: string | number;
};

/** 补充情况 / Add what you know */
export type SupplementIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 补充的情况 / What you add */
  text: string;
};

/** 县中心接管 / Take over from the township */
export type TakeOverIncidentInput = {
  /** 您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** 接管原因 / Reason */
  reason: string;
};

/** 函告可执行的操作 / What the request allows next */
export type TakedownAction =
  /** 登记平台答复 / recordTakedownAnswer */
  | 'recordTakedownAnswer';

/** 平台答复 / The platform’s answer */
export type TakedownAnswer =
  /** 未答复 / No answer */
  | 'NO_ANSWER'
  /** 拒绝处理 / Refused */
  | 'REFUSED'
  /** 已删除 / Removed */
  | 'REMOVED';

/** 工单可执行的操作 / What the task allows next */
export type TaskAction =
  /** 撤销 / cancelTask */
  | 'cancelTask'
  /** 审批延期 / decideTaskExtension */
  | 'decideTaskExtension'
  /** 交单 / handInTask */
  | 'handInTask'
  /** 变更责任人 / nameTaskResponsible */
  | 'nameTaskResponsible'
  /** 转派 / redispatchTask */
  | 'redispatchTask'
  /** 催办 / remindTask */
  | 'remindTask'
  /** 报送进展 / reportTaskProgress */
  | 'reportTaskProgress'
  /** 申请延期 / requestTaskExtension */
  | 'requestTaskExtension'
  /** 退回 / returnTask */
  | 'returnTask'
  /** 审核 / reviewTask */
  | 'reviewTask'
  /** 签收 / signTask */
  | 'signTask'
  /** 督办 / superviseTask */
  | 'superviseTask';

/** 工单类型 / Task kind */
export type TaskKind =
  /** 联席会议交办 / Joint-conference follow-up */
  | 'CONFERENCE_FOLLOW_UP'
  /** 移交公安 / Police referral */
  | 'POLICE_REFERRAL'
  /** 工单 / Task */
  | 'STANDARD'
  /** 转派村（社区） / Handed to a village */
  | 'VILLAGE_REDISPATCH';

/** 工单角色 / Task role */
export type TaskRole =
  /** 主办 / Lead */
  | 'LEAD'
  /** 协办 / Support */
  | 'SUPPORT';

/** 工单状态 / Task status */
export type TaskStatus =
  /** 已销号 / Struck off */
  | 'ACCEPTED'
  /** 已撤销 / Cancelled */
  | 'CANCELLED'
  /** 待签收 / Dispatched */
  | 'DISPATCHED'
  /** 已交单 / Handed in */
  | 'HANDED_IN'
  /** 办理中 / In progress */
  | 'IN_PROGRESS'
  /** 已退回 / Returned */
  | 'RETURNED'
  /** 退回重办 / Sent back for rework */
  | 'REWORK'
  /** 已签收 / Signed for */
  | 'SIGNED';

/** 单位类型 / Kind of unit */
export type UnitKind =
  /** 县直部门 / County bureau */
  | 'BUREAU'
  /** 市委网信办 / City cyberspace office */
  | 'CITY_OFFICE'
  /** 县网络舆情应急监控中心 / County monitoring centre */
  | 'COUNTY_CENTER'
  /** 联动部门（网信/公安/国安） / Linkage department (cyberspace, police, state security) */
  | 'LINKAGE_DEPT'
  /** 县委宣传部 / Propaganda department */
  | 'PROPAGANDA_DEPT'
  /** 乡镇/街道 / Township or sub-district */
  | 'TOWNSHIP'
  /** 村/社区 / Village or community */
  | 'VILLAGE';

export type UnlockUserSignInInput = {
  /** 解锁原因（如已电话核实为本人）/ Why (e.g. confirmed by phone it is them) */
  reason: string;
  userId: string | number;
};

export type UpdateUnitInput = {
  expectedVersion?: number | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
  unitId: string | number;
};

/** 真实性 / Veracity */
export type Veracity =
  /** 不实 / False */
  | 'FALSE'
  /** 属实 / True */
  | 'TRUE'
  /** 待核实 / Unverified */
  | 'UNVERIFIED';

/** 撤回专报稿件（仅限未签发的稿件）/ Withdraw a draft (only before sign-off) */
export type WithdrawSpecialReportInput = {
  /** 您看到的版本：其后稿件又被修改则拒绝 / The version you saw; refused if revised since */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 撤回理由（1–500 字，不能为空）/ Why (1–500 characters, not blank) */
  reason: string;
};

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } };

export type ConsoleApproveStatementWithOpinionMutationVariables = Exact<{
  input: ApproveStatementInput;
}>;


export type ConsoleApproveStatementWithOpinionMutation = { approveStatement: { id: string, status: StatementStatus, version: number, allowedActions: Array<StatementAction> } };

export type ConsoleAssessmentPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAssessmentPoliciesQuery = { assessmentPolicies: Array<{ version: number, effectiveFrom: string, baseScore: number, lateHandIn: number, overdue: number, sentBack: number, supervision: number, missedLetter: number, lateReport: number, missedReport: number, earlyClosureBonus: number, lateReportAfterMinutes: number, missedReportAfterMinutes: number, shareRanking: boolean }> };

export type ConsoleSetAssessmentPolicyMutationVariables = Exact<{
  input: SetAssessmentPolicyInput;
}>;


export type ConsoleSetAssessmentPolicyMutation = { setAssessmentPolicy: Array<{ version: number }> };

export type ConsoleAssignDutyShiftMutationVariables = Exact<{
  input: AssignDutyShiftInput;
}>;


export type ConsoleAssignDutyShiftMutation = { assignDutyShift: { id: string, unitId: string, userId: string, userName: string, startsAt: string, endsAt: string, post: DutyPost, note: string, cancelled: boolean } };

export type ConsoleIncidentBundleQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentBundleQuery = { incidentBundle: { fileName: string, content: string, events: number, checkpoints: number, keyId: string, exportedAt: string } };

export type ConsoleAuditKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuditKeyQuery = { auditPublicKey: { keyId: string, publicKeyPem: string } };

export type ConsoleInboxCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxCountQuery = { inbox: { totalCount: number } };

export type ConsoleCountyLeaderIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCountyLeaderIdsQuery = { countyLeaders: Array<{ userId: string }> };

export type ConsoleInboxChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxChangedSubscription = { inboxChanged: { kind: InboxChangeKind, title: string | null, note: string | null, incidentId: string | null, refType: InboxRef, refId: string, at: string, confidential: boolean } };

export type ConsoleLogoutMutationVariables = Exact<{
  t: string;
}>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleCountyLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCountyLeadersQuery = { countyLeaders: Array<{ userId: string, unitId: string, name: string, post: string, fields: Array<IncidentField>, principal: boolean }>, handlingPlanPolicy: { fromGrade: Grade | null }, users: Array<{ id: string, displayName: string, unitId: string, roles: Array<Role>, active: boolean }> };

export type ConsoleAppointCountyLeaderMutationVariables = Exact<{
  input: AppointCountyLeaderInput;
}>;


export type ConsoleAppointCountyLeaderMutation = { appointCountyLeader: Array<{ userId: string }> };

export type ConsoleRelieveCountyLeaderMutationVariables = Exact<{
  userId: string | number;
}>;


export type ConsoleRelieveCountyLeaderMutation = { relieveCountyLeader: Array<{ userId: string }> };

export type ConsoleSetHandlingPlanPolicyMutationVariables = Exact<{
  input: SetHandlingPlanPolicyInput;
}>;


export type ConsoleSetHandlingPlanPolicyMutation = { setHandlingPlanPolicy: { fromGrade: Grade | null } };

export type ConsoleAssignLinkageRolesMutationVariables = Exact<{
  input: AssignLinkageRolesInput;
}>;


export type ConsoleAssignLinkageRolesMutation = { assignLinkageRoles: { id: string } };

export type ConsoleSetLinkageThresholdMutationVariables = Exact<{
  grade: Grade;
}>;


export type ConsoleSetLinkageThresholdMutation = { setLinkageThreshold: Grade };

export type ConsoleSetSecurityPolicyMutationVariables = Exact<{
  input: SetSecurityPolicyInput;
}>;


export type ConsoleSetSecurityPolicyMutation = { setSecurityPolicy: { id: string, requireTotpRoles: Array<Role> } };

export type ConsoleDeadlineMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDeadlineMatrixQuery = { county: { id: string, deadlinePolicy: { version: number, remindAtPercent: number, remindBeforeMinutes: number, flashMinutes: number, matrix: Array<{ grade: Grade, step: DeadlineStep, minutes: number, onWorkingTime: boolean, custom: boolean }> } } };

export type ConsoleSetDeadlineRulesMutationVariables = Exact<{
  input: SetDeadlineRulesInput;
}>;


export type ConsoleSetDeadlineRulesMutation = { setDeadlineRules: Array<{ grade: Grade, step: DeadlineStep, minutes: number, onWorkingTime: boolean, custom: boolean }> };

export type ConsoleDutyLogQueryVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleDutyLogQuery = { dutyLog: Array<{ id: string, at: string, kind: DutyLogKind, text: string, incidentId: string | null, onDuty: boolean, userId: string, userName: string }> };

export type ConsoleRecordDutyLogMutationVariables = Exact<{
  input: RecordDutyLogInput;
}>;


export type ConsoleRecordDutyLogMutation = { recordDutyLog: { id: string, at: string, kind: DutyLogKind, text: string, incidentId: string | null, onDuty: boolean } };

export type ConsoleDutyIncidentChoicesQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type ConsoleDutyIncidentChoicesQuery = { incidents: { edges: Array<{ node: { id: string, title: string, grade: Grade | null, reportedAt: string } }> } };

export type ConsoleDutyIncidentTitleQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDutyIncidentTitleQuery = { incident: { id: string, title: string, grade: Grade | null } };

export type ConsoleGradeScalesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleGradeScalesQuery = { county: { id: string, gradeScales: Array<{ name: string, unitIds: Array<string>, levels: Array<{ label: string, grades: Array<string> }> }> } };

export type ConsoleSetGradeScalesMutationVariables = Exact<{
  input: SetGradeScalesInput;
}>;


export type ConsoleSetGradeScalesMutation = { setGradeScales: { id: string, gradeScales: Array<{ name: string, unitIds: Array<string>, levels: Array<{ label: string, grades: Array<string> }> }> } };

export type ConsoleLinkageFieldRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLinkageFieldRulesQuery = { county: { id: string, linkageFieldRules: Array<{ field: string, unitIds: Array<string> }> } };

export type ConsoleSetLinkageFieldRulesMutationVariables = Exact<{
  input: SetLinkageFieldRulesInput;
}>;


export type ConsoleSetLinkageFieldRulesMutation = { setLinkageFieldRules: { id: string, linkageFieldRules: Array<{ field: string, unitIds: Array<string> }> } };

export type ConsoleNotificationChannelsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type ConsoleNotificationChannelsQuery = { notificationChannels: Array<{ id: string, unitId: string, kind: NotificationChannelKind, target: string, label: string, audiences: Array<InboxAudience>, enabled: boolean, configuredAt: string }>, notificationDeadLetters: Array<{ id: string, unitId: string, channelKind: NotificationChannelKind, target: string, kind: InboxChangeKind, lastError: string | null, attempts: number, arrivedAt: string }> };

export type ConsoleConfigureChannelMutationVariables = Exact<{
  input: ConfigureNotificationChannelInput;
}>;


export type ConsoleConfigureChannelMutation = { configureNotificationChannel: { webhookSecret: string | null, channel: { id: string } } };

export type ConsoleRemoveChannelMutationVariables = Exact<{
  input: RemoveNotificationChannelInput;
}>;


export type ConsoleRemoveChannelMutation = { removeNotificationChannel: { id: string } };

export type ConsoleRetryDeliveryMutationVariables = Exact<{
  input: RetryNotificationDeliveryInput;
}>;


export type ConsoleRetryDeliveryMutation = { retryNotificationDelivery: { id: string, status: NotificationDeliveryStatus } };

export type ConsolePublishStatementMutationVariables = Exact<{
  input: PublishStatementInput;
}>;


export type ConsolePublishStatementMutation = { publishStatement: { id: string, status: StatementStatus, version: number, channels: Array<string> } };

export type ConsoleRecordDocumentsQueryVariables = Exact<{
  recordId: string | number;
  kind: DocumentKind;
}>;


export type ConsoleRecordDocumentsQuery = { documentIssuable: boolean, documents: Array<{ id: string, kind: DocumentKind, documentNumber: string, classification: DocumentClassification, docxPath: string, pdfPath: string, pdfAvailable: boolean }> };

export type ConsoleIssueDocumentMutationVariables = Exact<{
  input: IssueDocumentInput;
}>;


export type ConsoleIssueDocumentMutation = { issueDocument: { id: string, documentNumber: string } };

export type ConsoleSaveSpecialReportDraftMutationVariables = Exact<{
  input: SaveSpecialReportDraftInput;
}>;


export type ConsoleSaveSpecialReportDraftMutation = { saveSpecialReportDraft: { id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number } };

export type ConsoleWithdrawSpecialReportMutationVariables = Exact<{
  input: WithdrawSpecialReportInput;
}>;


export type ConsoleWithdrawSpecialReportMutation = { withdrawSpecialReport: { id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number } };

export type ConsoleIssueSpecialReportMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleIssueSpecialReportMutation = { issueSpecialReport: { id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number } };

export type ConsoleIncidentSpecialReportsQueryVariables = Exact<{
  incidentId: string | number;
}>;


export type ConsoleIncidentSpecialReportsQuery = { specialReports: Array<{ id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number }> };

export type SpecialReportsCardFieldsFragment = { id: string, allowedActions: Array<IncidentAction>, title: string, excerpt: string, status: IncidentStatus, platform: Platform, discoveredAt: string, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, assessment: { grade: Grade, nature: IncidentNature, veracity: Veracity, field: IncidentField, reasoning: string } | null, warning: { level: Grade, active: boolean } | null, letters: Array<{ id: string }>, tasks: Array<{ status: TaskStatus, assigneeUnitId: string }>, linkage: { active: boolean, memberUnitIds: Array<string>, releasedUnitIds: Array<string> } | null };

export type ConsoleSpreadCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSpreadCriteriaQuery = { county: { id: string, spreadCriteriaCustom: boolean, spreadCriteria: Array<{ grade: string, posts: number | null, comments: number | null, views: number | null, mainstreamMediaPickups: number | null }> } };

export type ConsoleSetSpreadCriteriaMutationVariables = Exact<{
  input: SetSpreadCriteriaInput;
}>;


export type ConsoleSetSpreadCriteriaMutation = { setSpreadCriteria: { id: string, spreadCriteriaCustom: boolean } };

export type ConsoleSignTaskMutationVariables = Exact<{
  input: SignTaskInput;
}>;


export type ConsoleSignTaskMutation = { signTask: { id: string, status: TaskStatus, version: number, allowedActions: Array<TaskAction> } };

export type ConsoleReturnTaskMutationVariables = Exact<{
  input: ReturnTaskInput;
}>;


export type ConsoleReturnTaskMutation = { returnTask: { id: string, status: TaskStatus, version: number, allowedActions: Array<TaskAction> } };

export type ConsoleReportProgressMutationVariables = Exact<{
  input: ReportTaskProgressInput;
}>;


export type ConsoleReportProgressMutation = { reportTaskProgress: { id: string, status: TaskStatus, version: number, allowedActions: Array<TaskAction> } };

export type ConsoleRequestExtensionMutationVariables = Exact<{
  input: RequestTaskExtensionInput;
}>;


export type ConsoleRequestExtensionMutation = { requestTaskExtension: { id: string, status: TaskStatus, version: number, allowedActions: Array<TaskAction>, pendingExtension: { requestedDueAt: string } | null } };

export type ConsoleHandInMutationVariables = Exact<{
  input: HandInTaskInput;
}>;


export type ConsoleHandInMutation = { handInTask: { id: string, status: TaskStatus, version: number, late: boolean, lateByMinutes: number, allowedActions: Array<TaskAction> } };

export type ConsoleRedispatchMutationVariables = Exact<{
  input: RedispatchTaskInput;
}>;


export type ConsoleRedispatchMutation = { redispatchTask: { id: string, dueAt: string } };

export type ConsoleReviewTaskMutationVariables = Exact<{
  input: ReviewTaskInput;
}>;


export type ConsoleReviewTaskMutation = { reviewTask: { id: string, status: TaskStatus, version: number, reworks: number, allowedActions: Array<TaskAction> } };

export type ConsoleDecideExtensionMutationVariables = Exact<{
  input: DecideTaskExtensionInput;
}>;


export type ConsoleDecideExtensionMutation = { decideTaskExtension: { id: string, status: TaskStatus, version: number, dueAt: string, allowedActions: Array<TaskAction> } };

export type ConsoleSuperviseMutationVariables = Exact<{
  input: SuperviseTaskInput;
}>;


export type ConsoleSuperviseMutation = { superviseTask: { id: string, version: number, allowedActions: Array<TaskAction> } };

export type ConsoleRemindMutationVariables = Exact<{
  input: RemindTaskInput;
}>;


export type ConsoleRemindMutation = { remindTask: { id: string, version: number, reminders: number } };

export type ConsoleCancelTaskMutationVariables = Exact<{
  input: CancelTaskInput;
}>;


export type ConsoleCancelTaskMutation = { cancelTask: { id: string, status: TaskStatus, version: number, allowedActions: Array<TaskAction> } };

export type ConsoleTaskAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTaskAttachmentsQuery = { progress: Array<{ id: string, originalName: string, mediaType: string, downloadPath: string, previewPath: string | null }>, handIn: Array<{ id: string, originalName: string, mediaType: string, downloadPath: string, previewPath: string | null }> };

export type ConsoleUnitPeopleForTaskQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleUnitPeopleForTaskQuery = { users: Array<{ id: string, displayName: string, active: boolean }> };

export type ConsoleNameTaskResponsibleMutationVariables = Exact<{
  input: NameTaskResponsibleInput;
}>;


export type ConsoleNameTaskResponsibleMutation = { nameTaskResponsible: { id: string, version: number, allowedActions: Array<TaskAction>, responsible: { userId: string, name: string } | null } };

export type ConsoleRegisterUserMutationVariables = Exact<{
  input: RegisterUserInput;
}>;


export type ConsoleRegisterUserMutation = { registerUser: { id: string, username: string, displayName: string } };

export type ConsoleChangeUserRolesMutationVariables = Exact<{
  input: ChangeUserRolesInput;
}>;


export type ConsoleChangeUserRolesMutation = { changeUserRoles: { id: string, roles: Array<Role> } };

export type ConsoleResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ConsoleResetUserPasswordMutation = { resetUserPassword: { id: string } };

export type ConsoleDeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type ConsoleDeactivateUserMutation = { deactivateUser: { id: string, active: boolean } };

export type ConsoleUnlockUserSignInMutationVariables = Exact<{
  input: UnlockUserSignInInput;
}>;


export type ConsoleUnlockUserSignInMutation = { unlockUserSignIn: { id: string, signIn: { mustChangePassword: boolean, pausedUntil: string | null } | null } };

export type ConsoleReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type ConsoleReactivateUserMutation = { reactivateUser: { id: string, active: boolean } };

export type ConsoleChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ConsoleChangePasswordMutation = { changePassword: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, requiresTotpEnrollment: boolean, requiresPasswordChange: boolean, me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } } };

export type ConsoleRecordAttachmentsQueryVariables = Exact<{
  kind: AttachmentRecordKind;
  id: string | number;
}>;


export type ConsoleRecordAttachmentsQuery = { attachments: Array<{ id: string, originalName: string, mediaType: string, downloadPath: string, previewPath: string | null, attachedByName: string, attachedAt: string, sha256: string }> };

export type ConsoleAttachFileMutationVariables = Exact<{
  input: AttachFileInput;
}>;


export type ConsoleAttachFileMutation = { attachFile: { id: string } };

export type ConsoleMarkArrivalsReadMutationVariables = Exact<{
  input: MarkArrivalsReadInput;
}>;


export type ConsoleMarkArrivalsReadMutation = { markArrivalsRead: { marked: number } };

export type ConsoleDeskDecideStatementMutationVariables = Exact<{
  input: ApproveStatementInput;
}>;


export type ConsoleDeskDecideStatementMutation = { approveStatement: { id: string, status: StatementStatus, version: number } };

export type IncidentAccountabilityFieldsFragment = { id: string, version: number, allowedActions: Array<IncidentAction>, accountability: Array<{ unitId: string, person: string | null, userId: string | null, finding: string, measure: string, at: string }> };

export type ConsoleAccountablePeopleQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleAccountablePeopleQuery = { users: Array<{ id: string, displayName: string, active: boolean }> };

export type ConsoleRecordAccountabilityMutationVariables = Exact<{
  input: RecordAccountabilityInput;
}>;


export type ConsoleRecordAccountabilityMutation = { recordAccountability: { id: string, version: number } };

export type ConsoleConferenceMutationVariables = Exact<{
  input: RecordJointConferenceInput;
}>;


export type ConsoleConferenceMutation = { recordJointConference: { id: string, version: number } };

export type IncidentDispatchFieldsFragment = { id: string, grade: Grade | null, requirements: string | null, assessment: { nature: IncidentNature } | null, tasks: Array<{ role: TaskRole, status: TaskStatus }> };

export type DispatchPolicyFieldsFragment = { feedbackHours: number, defaultHours: number, hardCapHours: number, sameDayForInquiries: boolean, sameDayLeastMinutes: number, onWorkingTime: boolean };

export type ConsoleDispatchMutationVariables = Exact<{
  input: DispatchTaskInput;
}>;


export type ConsoleDispatchMutation = { dispatchTask: { id: string, dueAt: string } };

export type IncidentEscalationsFieldsFragment = { id: string, version: number, escalations: Array<{ at: string, to: Array<EscalationTarget>, summary: string }> };

export type ConsoleEscalateMutationVariables = Exact<{
  input: EscalateIncidentInput;
}>;


export type ConsoleEscalateMutation = { escalateIncident: { id: string, version: number } };

export type ConsoleIncidentEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentEvidenceQuery = { attachments: Array<{ id: string, purpose: AttachmentPurpose, originalName: string, mediaType: string, size: number, sha256: string, attachedByName: string, attachedAt: string, downloadPath: string, previewPath: string | null, confidential: boolean }>, capturedPosts: Array<{ id: string, url: string, platform: Platform, author: string, textAsSeen: string, capturedAt: string, capturedByName: string, screenshotAttachmentId: string, screenshotSha256: string, readings: Array<{ readAt: string, reposts: number, comments: number, views: number }> }> };

export type ConsoleCapturePostMutationVariables = Exact<{
  input: CapturePostInput;
}>;


export type ConsoleCapturePostMutation = { capturePost: { id: string } };

export type ConsoleRecordPostSpreadMutationVariables = Exact<{
  input: RecordPostSpreadInput;
}>;


export type ConsoleRecordPostSpreadMutation = { recordPostSpread: { id: string } };

export type IncidentHeaderFieldsFragment = { id: string, title: string, grade: Grade | null, status: IncidentStatus, confidential: boolean, channel: DiscoveryChannel, platform: Platform, discoveredAt: string, reportingUnitId: string, localUnitId: string | null, allowedActions: Array<IncidentAction>, localGrade: { scale: string, label: string } | null, unavailableActions: Array<{ action: IncidentAction, reason: string }>, assessment: { revision: number } | null, warning: { level: Grade, active: boolean } | null, linkage: { active: boolean } | null };

export type IncidentIntakeFieldsFragment = { id: string, intakeItems: Array<{ id: string, title: string, platform: string, url: string | null, author: string, publishedAt: string, status: IntakeItemStatus, sources: Array<{ sourceName: string }>, readings: Array<{ at: string }> }> };

export type IncidentStepsFieldsFragment = { id: string, reportedAt: string, listedAt: string | null, calmedAt: string | null, closedAt: string | null, allowedActions: Array<IncidentAction>, assessment: { assessedAt: string } | null, warnings: Array<{ at: string }>, letters: Array<{ sentAt: string }>, tasks: Array<{ id: string, status: TaskStatus }>, review: { at: string } | null, unavailableActions: Array<{ action: IncidentAction, reason: string }> };

export type IncidentLeadershipFieldsFragment = { id: string, version: number, allowedActions: Array<IncidentAction>, tasks: Array<{ id: string, role: TaskRole, assigneeUnitId: string, requirements: string }> };

export type ConsoleIncidentLeadershipQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentLeadershipQuery = { leaderInstructions: Array<{ id: string, leaderName: string, post: string, text: string, givenAt: string, taskIds: Array<string>, allowedActions: Array<InstructionAction>, feedback: Array<{ text: string, byName: string, at: string }> }>, handlingPlans: Array<{ id: string, status: HandlingPlanStatus, revision: number, measures: string, unitIds: Array<string>, timing: string, draftedByName: string, draftedAt: string, decidedByName: string | null, decidedByPost: string | null, decidedAt: string | null, reason: string | null, opinion: string | null, allowedActions: Array<HandlingPlanAction> }> };

export type ConsoleDraftHandlingPlanMutationVariables = Exact<{
  input: DraftHandlingPlanInput;
}>;


export type ConsoleDraftHandlingPlanMutation = { draftHandlingPlan: { id: string, status: HandlingPlanStatus, revision: number } };

export type ConsoleLinkInstructionTaskMutationVariables = Exact<{
  input: LinkInstructionTaskInput;
}>;


export type ConsoleLinkInstructionTaskMutation = { linkInstructionTask: { id: string, taskIds: Array<string> } };

export type ConsoleReportInstructionFeedbackMutationVariables = Exact<{
  input: ReportInstructionFeedbackInput;
}>;


export type ConsoleReportInstructionFeedbackMutation = { reportInstructionFeedback: { id: string } };

export type IncidentLettersFieldsFragment = { id: string, title: string, grade: Grade | null, warning: { active: boolean, level: Grade, object: string, scope: string, matters: string, measures: string, scopeUnitIds: Array<string> } | null, letters: Array<{ id: string, title: string, level: Grade, risk: string, scope: string, watchPoints: string, requestedMeasures: string, sentAt: string, receiptDueAt: string, allowedActions: Array<LetterAction>, receipts: Array<{ unitId: string, signed: boolean, signedAt: string | null }> }> };

export type ConsoleSendLetterMutationVariables = Exact<{
  input: SendRiskLetterInput;
}>;


export type ConsoleSendLetterMutation = { sendRiskLetter: { id: string } };

export type IncidentLinkageFieldsFragment = { id: string, version: number, grade: Grade | null, status: IncidentStatus, allowedActions: Array<IncidentAction>, linkage: { active: boolean, leadUnitId: string, coreUnitIds: Array<string>, memberUnitIds: Array<string>, releasedUnitIds: Array<string>, reason: string, activatedAt: string, byDecision: boolean } | null, conferences: Array<{ id: string, heldAt: string, participants: Array<string>, participantUnitIds: Array<string>, decisions: Array<string>, followUpTaskIds: Array<string> }>, tasks: Array<{ id: string, role: TaskRole, assigneeUnitId: string }> };

export type LinkageCountyFieldsFragment = { linkageThresholdGrade: Grade };

export type ConsoleLinkageProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleLinkageProposalQuery = { linkageProposal: { leadUnitId: string | null, coreUnitIds: Array<string>, proposedMemberUnitIds: Array<string>, meetsThreshold: boolean, thresholdGrade: Grade } };

export type ConsoleActivateLinkageMutationVariables = Exact<{
  input: ActivateLinkageInput;
}>;


export type ConsoleActivateLinkageMutation = { activateLinkage: { id: string, version: number } };

export type ConsoleAddMembersMutationVariables = Exact<{
  input: AddLinkageMembersInput;
}>;


export type ConsoleAddMembersMutation = { addLinkageMembers: { id: string, version: number } };

export type ConsoleReleaseMemberMutationVariables = Exact<{
  input: ReleaseLinkageMemberInput;
}>;


export type ConsoleReleaseMemberMutation = { releaseLinkageMember: { id: string, version: number } };

export type ConsoleHandleLocallyMutationVariables = Exact<{
  input: HandleLocallyInput;
}>;


export type ConsoleHandleLocallyMutation = { handleLocally: { id: string, version: number, localUnitId: string | null, allowedActions: Array<IncidentAction> } };

export type ConsoleSupplementIncidentMutationVariables = Exact<{
  input: SupplementIncidentInput;
}>;


export type ConsoleSupplementIncidentMutation = { supplementIncident: { id: string, version: number } };

export type ConsoleTakeOverIncidentMutationVariables = Exact<{
  input: TakeOverIncidentInput;
}>;


export type ConsoleTakeOverIncidentMutation = { takeOverIncident: { id: string, version: number, localUnitId: string | null, allowedActions: Array<IncidentAction> } };

export type IncidentOverviewFieldsFragment = { id: string, version: number, excerpt: string, urls: Array<string>, requirements: string | null, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, assessment: { grade: Grade, nature: IncidentNature, veracity: Veracity, field: IncidentField, indicators: Array<string>, reasoning: string, revision: number } | null };

export type ConsoleAssessMutationVariables = Exact<{
  input: AssessIncidentInput;
}>;


export type ConsoleAssessMutation = { assessIncident: { id: string, version: number, status: IncidentStatus, grade: Grade | null } };

export type IncidentResponsibilityFieldsFragment = { id: string, version: number, owningUnitId: string, allowedActions: Array<IncidentAction>, guarantor: { userId: string, name: string, post: string | null } | null, tracker: { userId: string, name: string } | null };

export type ConsoleResponsibilityCandidatesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleResponsibilityCandidatesQuery = { countyLeaders: Array<{ userId: string, name: string, post: string }>, users: Array<{ id: string, displayName: string, active: boolean }> };

export type ConsoleNameIncidentResponsibilityMutationVariables = Exact<{
  input: NameIncidentResponsibilityInput;
}>;


export type ConsoleNameIncidentResponsibilityMutation = { nameIncidentResponsibility: { id: string, version: number, allowedActions: Array<IncidentAction>, guarantor: { userId: string, name: string, post: string | null } | null, tracker: { userId: string, name: string } | null } };

export type IncidentReviewFieldsFragment = { id: string, version: number, review: { cause: string, spread: string, result: string, experience: string, problems: string, at: string } | null };

export type ConsoleCalmMutationVariables = Exact<{
  input: MarkIncidentCalmedInput;
}>;


export type ConsoleCalmMutation = { markIncidentCalmed: { id: string, version: number } };

export type ConsoleCloseMutationVariables = Exact<{
  input: CloseIncidentInput;
}>;


export type ConsoleCloseMutation = { closeIncident: { id: string, version: number } };

export type ConsoleReopenMutationVariables = Exact<{
  input: ReopenIncidentInput;
}>;


export type ConsoleReopenMutation = { reopenIncident: { id: string, version: number } };

export type ConsoleFileReviewMutationVariables = Exact<{
  input: FileIncidentReviewInput;
}>;


export type ConsoleFileReviewMutation = { fileIncidentReview: { id: string, version: number } };

export type IncidentSpreadFieldsFragment = { id: string, version: number, grade: Grade | null, discoveredAt: string, allowedActions: Array<IncidentAction>, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, spreadReadings: Array<{ observedAt: string, sourceName: string | null, recordedAt: string, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number } }>, reassessment: { grade: Grade | null, suggestedGrade: Grade, at: string, reasons: Array<{ figure: string, label: string, value: number, threshold: number }> } | null };

export type ConsoleRecordSpreadReadingMutationVariables = Exact<{
  input: RecordSpreadReadingInput;
}>;


export type ConsoleRecordSpreadReadingMutation = { recordSpreadReading: { id: string, version: number } };

export type IncidentStatementsFieldsFragment = { id: string, statements: Array<{ id: string, kind: StatementKind, title: string, content: string, status: StatementStatus, version: number, allowedActions: Array<StatementAction> }> };

export type ConsoleDraftStatementMutationVariables = Exact<{
  input: DraftStatementInput;
}>;


export type ConsoleDraftStatementMutation = { draftStatement: { id: string } };

export type IncidentTakedownFieldsFragment = { id: string, allowedActions: Array<IncidentAction>, takedownRequests: Array<{ id: string, platform: string, itemUrls: Array<string>, request: string, sentAt: string, answer: TakedownAnswer | null, answerNote: string | null, allowedActions: Array<TakedownAction>, sendingUnit: { name: string } | null }> };

export type ConsoleSendTakedownRequestMutationVariables = Exact<{
  input: SendTakedownRequestInput;
}>;


export type ConsoleSendTakedownRequestMutation = { sendTakedownRequest: { id: string } };

export type ConsoleRecordTakedownAnswerMutationVariables = Exact<{
  input: RecordTakedownAnswerInput;
}>;


export type ConsoleRecordTakedownAnswerMutation = { recordTakedownAnswer: { id: string, answer: TakedownAnswer | null } };

export type IncidentTaskBoardFieldsFragment = { id: string, version: number, grade: Grade | null, listedAt: string | null, allowedActions: Array<IncidentAction>, requirements: string | null, tasks: Array<{ role: TaskRole, status: TaskStatus, id: string, kind: TaskKind, version: number, assigneeUnitId: string, requirements: string, dueAt: string, hardDueAt: string, deadlineRule: DeadlineRule, overdue: boolean, late: boolean, lateByMinutes: number, reworks: number, handedInAt: string | null, allowedActions: Array<TaskAction>, responsible: { userId: string, name: string } | null, pendingExtension: { requestedDueAt: string, reason: string } | null, feedback: { factsFound: string, measures: string, result: string, evidence: Array<string> } | null, history: Array<{ type: string, detail: string, at: string }> }>, assessment: { nature: IncidentNature } | null };

export type ConsoleListMutationVariables = Exact<{
  input: ListIncidentInput;
}>;


export type ConsoleListMutation = { listIncident: { id: string, version: number, status: IncidentStatus } };

export type ConsoleReferToPoliceMutationVariables = Exact<{
  input: ReferToPoliceInput;
}>;


export type ConsoleReferToPoliceMutation = { referToPolice: { id: string } };

export type TaskCardFieldsFragment = { id: string, kind: TaskKind, role: TaskRole, status: TaskStatus, version: number, assigneeUnitId: string, requirements: string, dueAt: string, hardDueAt: string, deadlineRule: DeadlineRule, overdue: boolean, late: boolean, lateByMinutes: number, reworks: number, handedInAt: string | null, allowedActions: Array<TaskAction>, responsible: { userId: string, name: string } | null, pendingExtension: { requestedDueAt: string, reason: string } | null, feedback: { factsFound: string, measures: string, result: string, evidence: Array<string> } | null, history: Array<{ type: string, detail: string, at: string }> };

export type IncidentTimelineFieldsFragment = { timeline: Array<{ at: string, type: string, description: string, action: string, actorName: string | null, actorUnitName: string | null }> };

export type IncidentWarningFieldsFragment = { id: string, version: number, title: string, grade: Grade | null, warning: { level: Grade, active: boolean, object: string, scope: string, matters: string, measures: string, startAt: string, at: string, reason: string | null } | null };

export type ConsoleWarnMutationVariables = Exact<{
  input: IssueWarningInput;
}>;


export type ConsoleWarnMutation = { issueWarning: { id: string, version: number, status: IncidentStatus } };

export type ConsoleAdjustWarningMutationVariables = Exact<{
  input: AdjustWarningInput;
}>;


export type ConsoleAdjustWarningMutation = { adjustWarning: { id: string, version: number } };

export type ConsoleLiftWarningMutationVariables = Exact<{
  input: LiftWarningInput;
}>;


export type ConsoleLiftWarningMutation = { liftWarning: { id: string, version: number } };

export type ConsoleIntakeWatchListQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleIntakeWatchListQuery = { intakeWatchList: Array<{ id: string, kind: IntakeWatchEntryKind, name: string, note: string, endsOn: string | null, inForce: boolean }> };

export type ConsoleAddIntakeWatchEntryMutationVariables = Exact<{
  input: IntakeWatchEntryInput;
}>;


export type ConsoleAddIntakeWatchEntryMutation = { addIntakeWatchEntry: { id: string } };

export type ConsoleRetireIntakeWatchEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type ConsoleRetireIntakeWatchEntryMutation = { retireIntakeWatchEntry: { id: string } };

export type IntakeQueueItemFragment = { id: string, status: IntakeItemStatus, sourceKind: IntakeSourceKind, url: string | null, platform: string, author: string, title: string, text: string, publishedAt: string, receivedAt: string, flagged: boolean, replyDueAt: string | null, repliedAt: string | null, allowedActions: Array<IntakeItemAction>, watchHits: Array<{ list: string, term: string }>, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, sources: Array<{ sourceId: string, sourceName: string, externalId: string, post: { url: string | null, author: string, title: string, text: string } | null }> };

export type ConsoleIntakeQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleIntakeQueueQuery = { intakeQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: IntakeItemStatus, sourceKind: IntakeSourceKind, url: string | null, platform: string, author: string, title: string, text: string, publishedAt: string, receivedAt: string, flagged: boolean, replyDueAt: string | null, repliedAt: string | null, allowedActions: Array<IntakeItemAction>, watchHits: Array<{ list: string, term: string }>, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, sources: Array<{ sourceId: string, sourceName: string, externalId: string, post: { url: string | null, author: string, title: string, text: string } | null }> } }> } };

export type ConsoleIntakeAwaitingRepliesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleIntakeAwaitingRepliesQuery = { intakeAwaitingReplies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: IntakeItemStatus, sourceKind: IntakeSourceKind, url: string | null, platform: string, author: string, title: string, text: string, publishedAt: string, receivedAt: string, flagged: boolean, replyDueAt: string | null, repliedAt: string | null, allowedActions: Array<IntakeItemAction>, watchHits: Array<{ list: string, term: string }>, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, sources: Array<{ sourceId: string, sourceName: string, externalId: string, post: { url: string | null, author: string, title: string, text: string } | null }> } }> } };

export type ConsoleMarkIntakeItemRepliedMutationVariables = Exact<{
  input: MarkIntakeItemRepliedInput;
}>;


export type ConsoleMarkIntakeItemRepliedMutation = { markIntakeItemReplied: { id: string, repliedAt: string | null, allowedActions: Array<IntakeItemAction> } };

export type ConsoleRegisterIntakeItemsMutationVariables = Exact<{
  input: RegisterIntakeItemsInput;
}>;


export type ConsoleRegisterIntakeItemsMutation = { registerIntakeItems: { incidentId: string, outcomes: Array<{ itemId: string, errorCode: string | null, errorReason: string | null, errorMessage: string | null }> } };

export type ConsoleAttachIntakeItemsMutationVariables = Exact<{
  input: AttachIntakeItemsInput;
}>;


export type ConsoleAttachIntakeItemsMutation = { attachIntakeItems: Array<{ itemId: string, errorCode: string | null, errorReason: string | null, errorMessage: string | null }> };

export type ConsoleArchiveIntakeItemsMutationVariables = Exact<{
  input: ArchiveIntakeItemsInput;
}>;


export type ConsoleArchiveIntakeItemsMutation = { archiveIntakeItems: Array<{ itemId: string, errorCode: string | null, errorReason: string | null, errorMessage: string | null }> };

export type ConsoleIntakeIncidentsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type ConsoleIntakeIncidentsQuery = { incidents: { edges: Array<{ node: { id: string, title: string, status: IncidentStatus } }> } };

export type ConsoleIntakeSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleIntakeSourcesQuery = { intakeSources: Array<{ id: string, name: string, kind: IntakeSourceKind, ownerUnitId: string, keyPrefix: string | null, keyIssuedAt: string | null, columns: Array<{ field: string, column: string }> }> };

export type ConsoleConfigureIntakeSourceMutationVariables = Exact<{
  input: ConfigureIntakeSourceInput;
}>;


export type ConsoleConfigureIntakeSourceMutation = { configureIntakeSource: { id: string } };

export type ConsoleRotateIntakeKeyMutationVariables = Exact<{
  sourceId: string | number;
}>;


export type ConsoleRotateIntakeKeyMutation = { rotateIntakeSourceKey: { key: string, source: { id: string, name: string, keyPrefix: string | null, keyIssuedAt: string | null } } };

export type ConsoleSetIntakeMappingMutationVariables = Exact<{
  input: SetIntakeColumnMappingInput;
}>;


export type ConsoleSetIntakeMappingMutation = { setIntakeColumnMapping: { id: string, columns: Array<{ field: string, column: string }> } };

export type ConsolePreviewIntakeImportMutationVariables = Exact<{
  input: IntakeFileInput;
}>;


export type ConsolePreviewIntakeImportMutation = { previewIntakeImport: { rows: number, importable: number, created: number, merged: number, repeated: number, accepted: Array<{ row: number, url: string | null, platform: string, author: string, title: string, publishedAt: string }>, refused: Array<{ row: number, problems: Array<{ field: string, message: string }> }> } };

export type ConsoleImportIntakeFileMutationVariables = Exact<{
  input: IntakeFileInput;
}>;


export type ConsoleImportIntakeFileMutation = { importIntakeFile: { rows: number, importable: number, created: number, merged: number, repeated: number, accepted: Array<{ row: number, url: string | null, platform: string, author: string, title: string, publishedAt: string }>, refused: Array<{ row: number, problems: Array<{ field: string, message: string }> }> } };

export type ConsoleIntakeImportFragment = { rows: number, importable: number, created: number, merged: number, repeated: number, accepted: Array<{ row: number, url: string | null, platform: string, author: string, title: string, publishedAt: string }>, refused: Array<{ row: number, problems: Array<{ field: string, message: string }> }> };

export type ConsoleEnterIntakeItemMutationVariables = Exact<{
  input: EnterIntakeItemInput;
}>;


export type ConsoleEnterIntakeItemMutation = { enterIntakeItem: { id: string, status: IntakeItemStatus } };

export type ConsoleCountyNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCountyNameQuery = { county: { id: string, name: string } };

export type ConsoleDashboardQueryVariables = Exact<{
  open?: Array<IncidentStatus> | IncidentStatus | null | undefined;
}>;


export type ConsoleDashboardQuery = { gI: { totalCount: number }, gII: { totalCount: number }, gIII: { totalCount: number }, gIV: { totalCount: number }, sREGISTERED: { totalCount: number }, sASSESSED: { totalCount: number }, sWARNED: { totalCount: number }, sHANDLING: { totalCount: number }, sCALMED: { totalCount: number }, open: { totalCount: number, edges: Array<{ node: { id: string, title: string, grade: Grade | null, status: IncidentStatus, reportedAt: string, tasks: Array<{ id: string, status: TaskStatus, role: TaskRole, dueAt: string, overdue: boolean, assigneeUnitId: string, handedInAt: string | null }>, letters: Array<{ id: string, title: string, sentAt: string, receiptDueAt: string, receipts: Array<{ unitId: string, signed: boolean }> }> } }> } };

export type ConsoleFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFiguresQuery = { dashboard: { overdueTasks: number, nearlyDueTasks: number, unsignedLetters: number, trend: Array<{ day: string, grade: Grade | null, count: number }>, unitOnTime: Array<{ unitId: string, unitName: string | null, tasks: number, handedIn: number, onTime: number, openOverdue: number, onTimeRate: number | null }> } };

export type ConsoleSessionUserFragment = { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } };

export type ConsoleSessionPayloadFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, requiresTotpEnrollment: boolean, requiresPasswordChange: boolean, me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } };

export type SpecialReportFieldsFragment = { id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number };

export type ConsoleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUnitsQuery = { units: Array<{ id: string, name: string, kind: UnitKind, parentId: string | null, active: boolean }> };

export type ConsoleAdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAdminSettingsQuery = { county: { id: string, name: string, linkageThresholdGrade: Grade, requireTotpRoles: Array<Role>, deadlinePolicy: { custom: boolean, feedbackHours: number, hardCapHours: number, defaultHours: number, sameDayForInquiries: boolean, sameDayLeastMinutes: number, onWorkingTime: boolean } }, holidayCalendar: { workingHours: Array<string>, years: Array<{ year: number, source: string, verified: boolean, loadedByCounty: boolean, makeUpWorkdays: Array<string>, holidays: Array<{ name: string, from: string, to: string }> }> } };

export type ConsoleSetDeadlinePolicyMutationVariables = Exact<{
  input: SetDeadlinePolicyInput;
}>;


export type ConsoleSetDeadlinePolicyMutation = { setDeadlinePolicy: { id: string, deadlinePolicy: { custom: boolean, feedbackHours: number, hardCapHours: number, defaultHours: number, sameDayForInquiries: boolean, sameDayLeastMinutes: number, onWorkingTime: boolean } } };

export type ConsoleLoadCalendarMutationVariables = Exact<{
  input: LoadHolidayCalendarInput;
}>;


export type ConsoleLoadCalendarMutation = { loadHolidayCalendar: { workingHours: Array<string> } };

export type ConsoleAssessmentStatisticsQueryVariables = Exact<{
  input: AssessmentStatisticsInput;
}>;


export type ConsoleAssessmentStatisticsQuery = { assessmentStatistics: { rulesLabel: string, period: { from: string, to: string, label: string, closed: boolean }, units: Array<{ unitId: string, unitName: string, rank: number | null, score: number, scoreWithCorrections: number, overdueOpenAtEnd: number, figures: { tasksReceived: number, handedIn: number, handedInOnTime: number, handedInLate: number, overdue: number, sentBack: number, supervised: number, lettersMissed: number, earlyClosures: number, onTimeRate: number | null, lateReports: number, missedReports: number, inquiryTasks: number, inquiryRepliedSameDay: number }, corrections: { tasksReceived: number, handedIn: number, handedInOnTime: number, handedInLate: number, overdue: number, sentBack: number, supervised: number, lettersMissed: number, earlyClosures: number, lateReports: number, missedReports: number, inquiryTasks: number, inquiryRepliedSameDay: number } | null }>, total: { tasksReceived: number, handedInLate: number, overdue: number, onTimeRate: number | null, inquiryTasks: number, inquiryRepliedSameDay: number, inquirySameDayRate: number | null, averageInquiryReplyMinutes: number | null, incidentsReported: number, averageReportLagMinutes: number | null, lateReports: number, missedReports: number, averageAssessLagMinutes: number | null, averageWarnLagMinutes: number | null, averageDispatchLagMinutes: number | null }, trend: Array<{ month: string, figures: { tasksReceived: number, handedInOnTime: number, handedInLate: number, overdue: number } }>, lateness: Array<{ label: string, count: number }>, incidents: Array<{ dimension: AssessmentBreakdownDimension, label: string, rows: Array<{ value: string, label: string, count: number, corrections: number }> }> } };

export type ConsoleAssessmentRankingQueryVariables = Exact<{
  period: AssessmentPeriodInput;
}>;


export type ConsoleAssessmentRankingQuery = { assessmentRanking: { rows: Array<{ rank: number, score: number, isSelf: boolean, unitName: string | null }> } };

export type ConsoleAssessmentCountyQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAssessmentCountyQuery = { county: { id: string } };

export type ConsoleAuditFindQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type ConsoleAuditFindQuery = { incidents: { edges: Array<{ node: { id: string, title: string, grade: Grade | null, status: IncidentStatus, reportedAt: string } }> } };

export type ConsoleAuditHistoryQueryVariables = Exact<{
  id: string | number;
  filter?: HistoryFilter | null | undefined;
}>;


export type ConsoleAuditHistoryQuery = { incidentHistory: { title: string | null, total: number, entries: Array<{ at: string, kind: HistoryKind, description: string, actorName: string | null, actorUnitName: string | null, command: string, correlationId: string, hash: string, position: string }> } };

export type ConsoleAuditAsOfQueryVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type ConsoleAuditAsOfQuery = { incidentAsOf: { exists: boolean, at: string, status: IncidentStatus | null, grade: Grade | null, nature: IncidentNature | null, assessments: number, escalatedTo: Array<EscalationTarget>, eventsApplied: number, lastEventAt: string | null, reviewFiled: boolean, warning: { level: Grade, active: boolean } | null, linkage: { active: boolean, leadUnitId: string, memberUnitIds: Array<string> } | null, letters: Array<{ letterId: string, recipientUnitIds: Array<string>, signedUnitIds: Array<string> }>, tasks: Array<{ taskId: string, assigneeUnitName: string | null, role: TaskRole, status: TaskStatus, dueAt: string, extensionPending: boolean }>, statements: Array<{ statementId: string, status: StatementStatus }> } };

export type ConsoleAuditComplianceQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAuditComplianceQuery = { deadlineCompliance: { asOf: string, summary: { tasks: number, onTime: number, late: number, openOverdue: number, onTimeRate: number | null, reworks: number, returns: number, supervisions: number }, tasks: Array<{ taskId: string, assigneeUnitName: string | null, role: TaskRole, status: TaskStatus, deadlineRule: DeadlineRule, dispatchedAt: string, originalDueAt: string, dueAt: string, signedAt: string | null, firstHandedInAt: string | null, acceptedAt: string | null, late: boolean, overdueMinutes: number, extensions: Array<{ requestedDueAt: string, approved: boolean | null, decisionReason: string | null }>, reworks: Array<{ at: string, reason: string }>, supervisions: Array<{ at: string }> }> } };

export type ConsoleAuditVerifyQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAuditVerifyQuery = { verifyIncident: { ok: boolean, verdict: IntegrityVerdict, eventsChecked: number, streamsChecked: number, checkpointsChecked: number, witnessedCheckpoints: number, unsealedEvents: number, verifiedAt: string, keyId: string, independentWitness: { name: string, reachable: boolean, countersignedThrough: number | null, notCountersigned: number } | null, fault: { kind: IntegrityFaultKind, message: string, streamId: string | null, streamVersion: number | null } | null } };

export type DailyReportFiguresFieldsFragment = { newIncidents: number, openIncidents: number, closedThatDay: number, tasksDispatchedThatDay: number, overdueTasks: number, newByGrade: { I: number, II: number, III: number, IV: number, UNGRADED: number } };

export type DailyReportItemFieldsFragment = { incidentId: string, title: string | null, confidential: boolean, grade: Grade | null, status: IncidentStatus, platform: Platform, reportedAt: string };

export type ConsoleDailyReportsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleDailyReportsQuery = { dailyReports: Array<{ id: string, date: string, revision: number, issuedByName: string, issuedAt: string, figures: { newIncidents: number, openIncidents: number, overdueTasks: number } }> };

export type ConsoleDailyReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDailyReportQuery = { dailyReport: { id: string, date: string, revision: number, positive: Array<string>, remarks: string, correctionReason: string | null, recipientNames: Array<string>, issuedByName: string, issuedAt: string, figures: { newIncidents: number, openIncidents: number, closedThatDay: number, tasksDispatchedThatDay: number, overdueTasks: number, newByGrade: { I: number, II: number, III: number, IV: number, UNGRADED: number } }, sensitive: Array<{ incidentId: string, title: string | null, confidential: boolean, grade: Grade | null, status: IncidentStatus, platform: Platform, reportedAt: string }>, revisions: Array<{ revision: number, issuedByName: string, at: string, correctionReason: string | null }> } };

export type ConsoleDailyReportDraftQueryVariables = Exact<{
  date: string;
}>;


export type ConsoleDailyReportDraftQuery = { dailyReportDraft: { date: string, figures: { newIncidents: number, openIncidents: number, closedThatDay: number, tasksDispatchedThatDay: number, overdueTasks: number, newByGrade: { I: number, II: number, III: number, IV: number, UNGRADED: number } }, sensitive: Array<{ incidentId: string, title: string | null, confidential: boolean, grade: Grade | null, status: IncidentStatus, platform: Platform, reportedAt: string }>, issued: { id: string, revision: number, positive: Array<string>, remarks: string } | null } };

export type ConsoleIssueDailyReportMutationVariables = Exact<{
  input: IssueDailyReportInput;
}>;


export type ConsoleIssueDailyReportMutation = { issueDailyReport: { id: string, revision: number } };

export type ConsoleUnitDocumentsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type ConsoleUnitDocumentsQuery = { unitDocuments: Array<{ id: string, kind: DocumentKind, documentNumber: string, title: string, classification: DocumentClassification, issuedByName: string, issuedAt: string, sha256: string, verificationCode: string, docxPath: string, pdfPath: string, pdfAvailable: boolean }> };

export type ConsoleDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDocumentQuery = { document: { id: string, kind: DocumentKind, documentNumber: string, title: string, classification: DocumentClassification, unitId: string, issuedByName: string, issuedAt: string, verificationCode: string, docxPath: string, pdfPath: string, pdfAvailable: boolean } };

export type ConsoleVerifyDocumentQueryVariables = Exact<{
  code: string;
  sha256?: string | null | undefined;
}>;


export type ConsoleVerifyDocumentQuery = { verifyDocument: { unitName: string, matches: boolean | null, document: { id: string, kind: DocumentKind, documentNumber: string, title: string, issuedAt: string, issuedByName: string, sha256: string } } };

export type ConsoleOnDutyNowQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleOnDutyNowQuery = { onDutyNow: Array<{ id: string, userId: string, userName: string, startsAt: string, endsAt: string, post: DutyPost, note: string }> };

export type ConsoleDutyRosterQueryVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleDutyRosterQuery = { dutyRoster: Array<{ id: string, unitId: string, userId: string, userName: string, startsAt: string, endsAt: string, post: DutyPost, note: string, cancelled: boolean }> };

export type ConsoleDutyPeopleQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleDutyPeopleQuery = { users: Array<{ id: string, displayName: string, username: string, roles: Array<Role>, active: boolean }> };

export type ConsoleDutyRosterGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDutyRosterGapsQuery = { dutyRosterGaps: Array<{ from: string, to: string, hours: number }> };

export type ConsoleDutyAllowedActionsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleDutyAllowedActionsQuery = { dutyAllowedActions: Array<DutyAction> };

export type ConsoleCancelDutyShiftMutationVariables = Exact<{
  input: CancelDutyShiftInput;
}>;


export type ConsoleCancelDutyShiftMutation = { cancelDutyShift: { id: string, cancelled: boolean } };

export type ConsoleInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxQuery = { inbox: { totalCount: number, edges: Array<{ node: { type: InboxItemType, action: string, dueAt: string | null, overdue: boolean, since: string, arrival: { id: string, kind: InboxChangeKind, refType: string, refId: string, incidentId: string | null, title: string | null, note: string | null, confidential: boolean, fromUnitId: string, arrivedAt: string } | null, statement: { id: string, version: number, allowedActions: Array<StatementAction>, incidentId: string, kind: StatementKind, title: string, content: string, status: StatementStatus, draftedAt: string, rejections: Array<{ reason: string, at: string }> } | null, handlingPlan: { id: string, incidentId: string, incidentTitle: string, status: HandlingPlanStatus, measures: string, unitIds: Array<string>, timing: string, revision: number, draftedByName: string, reason: string | null, decidedByName: string | null, decidedByPost: string | null } | null, instruction: { id: string, incidentId: string, incidentTitle: string, leaderName: string, post: string, text: string, givenAt: string } | null, task: { id: string, version: number, status: TaskStatus, role: TaskRole, kind: TaskKind, dueAt: string, hardDueAt: string, deadlineRule: DeadlineRule, overdue: boolean, requirements: string, incidentId: string, incidentTitle: string, grade: Grade | null, reworks: number, allowedActions: Array<TaskAction>, assigneeUnitId: string, dispatcherUnitId: string, localGrade: { scale: string, label: string } | null, responsible: { userId: string, name: string } | null, history: Array<{ type: string, detail: string, at: string }>, feedback: { factsFound: string, measures: string, result: string, evidence: Array<string> } | null, pendingExtension: { requestedDueAt: string, reason: string } | null, supervisions: Array<{ content: string, replyDueAt: string }> } | null, letter: { id: string, title: string, level: Grade, risk: string, scope: string, watchPoints: string, requestedMeasures: string, sentAt: string, receiptDueAt: string, incidentId: string | null, senderUnitId: string, allowedActions: Array<LetterAction> } | null } }> } };

export type ConsoleInboxPageChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxPageChangedSubscription = { inboxChanged: { kind: InboxChangeKind, refId: string, at: string } };

export type ConsoleInboxSpecialReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxSpecialReportsQuery = { specialReports: Array<{ id: string, kind: ReportKind, status: SpecialReportStatus, serial: string | null, title: string, issuedAt: string | null, issuedByName: string | null }> };

export type ConsoleSignLetterMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSignLetterMutation = { signRiskLetter: { id: string, receipts: Array<{ unitId: string, signed: boolean, signedAt: string | null }> } };

export type ConsoleIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentQuery = { incident: { id: string, title: string, grade: Grade | null, status: IncidentStatus, confidential: boolean, channel: DiscoveryChannel, platform: Platform, discoveredAt: string, reportingUnitId: string, localUnitId: string | null, allowedActions: Array<IncidentAction>, reportedAt: string, listedAt: string | null, calmedAt: string | null, closedAt: string | null, version: number, excerpt: string, urls: Array<string>, requirements: string | null, owningUnitId: string, localGrade: { scale: string, label: string } | null, unavailableActions: Array<{ action: IncidentAction, reason: string }>, assessment: { revision: number, assessedAt: string, grade: Grade, nature: IncidentNature, veracity: Veracity, field: IncidentField, indicators: Array<string>, reasoning: string } | null, warning: { level: Grade, active: boolean, object: string, scope: string, matters: string, measures: string, startAt: string, at: string, reason: string | null, scopeUnitIds: Array<string> } | null, linkage: { active: boolean, memberUnitIds: Array<string>, releasedUnitIds: Array<string>, leadUnitId: string, coreUnitIds: Array<string>, reason: string, activatedAt: string, byDecision: boolean } | null, warnings: Array<{ at: string }>, letters: Array<{ sentAt: string, id: string, title: string, level: Grade, risk: string, scope: string, watchPoints: string, requestedMeasures: string, receiptDueAt: string, allowedActions: Array<LetterAction>, receipts: Array<{ unitId: string, signed: boolean, signedAt: string | null }> }>, tasks: Array<{ id: string, status: TaskStatus, assigneeUnitId: string, role: TaskRole, requirements: string, kind: TaskKind, version: number, dueAt: string, hardDueAt: string, deadlineRule: DeadlineRule, overdue: boolean, late: boolean, lateByMinutes: number, reworks: number, handedInAt: string | null, allowedActions: Array<TaskAction>, responsible: { userId: string, name: string } | null, pendingExtension: { requestedDueAt: string, reason: string } | null, feedback: { factsFound: string, measures: string, result: string, evidence: Array<string> } | null, history: Array<{ type: string, detail: string, at: string }> }>, review: { at: string, cause: string, spread: string, result: string, experience: string, problems: string } | null, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number }, spreadReadings: Array<{ observedAt: string, sourceName: string | null, recordedAt: string, spread: { posts: number, reposts: number, comments: number, views: number, mainstreamMediaPickups: number } }>, reassessment: { grade: Grade | null, suggestedGrade: Grade, at: string, reasons: Array<{ figure: string, label: string, value: number, threshold: number }> } | null, intakeItems: Array<{ id: string, title: string, platform: string, url: string | null, author: string, publishedAt: string, status: IntakeItemStatus, sources: Array<{ sourceName: string }>, readings: Array<{ at: string }> }>, conferences: Array<{ id: string, heldAt: string, participants: Array<string>, participantUnitIds: Array<string>, decisions: Array<string>, followUpTaskIds: Array<string> }>, statements: Array<{ id: string, kind: StatementKind, title: string, content: string, status: StatementStatus, version: number, allowedActions: Array<StatementAction> }>, takedownRequests: Array<{ id: string, platform: string, itemUrls: Array<string>, request: string, sentAt: string, answer: TakedownAnswer | null, answerNote: string | null, allowedActions: Array<TakedownAction>, sendingUnit: { name: string } | null }>, guarantor: { userId: string, name: string, post: string | null } | null, tracker: { userId: string, name: string } | null, accountability: Array<{ unitId: string, person: string | null, userId: string | null, finding: string, measure: string, at: string }>, timeline: Array<{ at: string, type: string, description: string, action: string, actorName: string | null, actorUnitName: string | null }>, escalations: Array<{ at: string, to: Array<EscalationTarget>, summary: string }> }, county: { linkageThresholdGrade: Grade, deadlinePolicy: { feedbackHours: number, defaultHours: number, hardCapHours: number, sameDayForInquiries: boolean, sameDayLeastMinutes: number, onWorkingTime: boolean } } };

export type ConsoleIncidentEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentEventsSubscription = { incidentEvents: { position: string, type: string, action: string | null, at: string } };

export type ConsoleIncidentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type ConsoleIncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, grade: Grade | null, status: IncidentStatus, platform: Platform, channel: DiscoveryChannel, reportedAt: string, reportingUnitId: string, confidential: boolean, linkage: { active: boolean } | null, assessment: { field: IncidentField, nature: IncidentNature } | null, tasks: Array<{ id: string, status: TaskStatus, overdue: boolean }> } }> } };

export type ConsoleReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ConsoleReportIncidentMutation = { reportIncident: { id: string, status: IncidentStatus } };

export type ConsoleLeaderDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLeaderDeskQuery = { leaderDesk: { me: { name: string, post: string, fields: Array<IncidentField>, principal: boolean } | null, arrivals: Array<{ kind: InboxChangeKind, refId: string, incidentId: string | null, title: string | null, note: string | null, confidential: boolean, fromUnitId: string, arrivedAt: string }>, instructions: Array<{ id: string, incidentId: string, incidentTitle: string, text: string, givenAt: string, taskIds: Array<string>, feedback: Array<{ text: string, byName: string, at: string }> }>, plansAwaiting: Array<{ id: string, incidentId: string, incidentTitle: string, measures: string, unitIds: Array<string>, timing: string, revision: number, draftedByName: string, draftedAt: string, allowedActions: Array<HandlingPlanAction> }> } };

export type ConsoleGiveInstructionMutationVariables = Exact<{
  input: GiveInstructionInput;
}>;


export type ConsoleGiveInstructionMutation = { giveInstruction: { id: string } };

export type ConsoleApproveHandlingPlanMutationVariables = Exact<{
  planId: string | number;
  opinion?: string | null | undefined;
}>;


export type ConsoleApproveHandlingPlanMutation = { approveHandlingPlan: { id: string, status: HandlingPlanStatus } };

export type ConsoleSendBackHandlingPlanMutationVariables = Exact<{
  input: SendBackHandlingPlanInput;
}>;


export type ConsoleSendBackHandlingPlanMutation = { sendBackHandlingPlan: { id: string, status: HandlingPlanStatus } };

export type ConsoleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ConsoleLoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, requiresTotpEnrollment: boolean, requiresPasswordChange: boolean, me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } } };

export type ConsoleEnrollTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleEnrollTotpMutation = { enrollTotp: { secret: string, otpauthUri: string } };

export type ConsoleConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ConsoleConfirmTotpMutation = { confirmTotp: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, requiresTotpEnrollment: boolean, requiresPasswordChange: boolean, me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } } };

export type ConsoleOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOrganizationQuery = { county: { id: string, name: string, requireTotpRoles: Array<Role>, linkageThresholdGrade: Grade, linkage: { propaganda: { id: string } | null, cyberspace: { id: string } | null, police: { id: string } | null, stateSecurity: { id: string } | null } }, units: Array<{ id: string, name: string, kind: UnitKind, parentId: string | null, active: boolean, deactivatedReason: string | null, deactivatedAt: string | null, version: number }>, users: Array<{ id: string, username: string, displayName: string, unitId: string, roles: Array<Role>, active: boolean, totpEnabled: boolean, signIn: { mustChangePassword: boolean, pausedUntil: string | null } | null }> };

export type ConsoleRegisterUnitMutationVariables = Exact<{
  input: RegisterUnitInput;
}>;


export type ConsoleRegisterUnitMutation = { registerUnit: { id: string, name: string, kind: UnitKind, parentId: string | null, active: boolean, version: number } };

export type ConsoleUpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type ConsoleUpdateUnitMutation = { updateUnit: { id: string, name: string, parentId: string | null, version: number } };

export type ConsoleDeactivateUnitMutationVariables = Exact<{
  input: DeactivateUnitInput;
}>;


export type ConsoleDeactivateUnitMutation = { deactivateUnit: { id: string, active: boolean } };

export type ConsoleReactivateUnitMutationVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleReactivateUnitMutation = { reactivateUnit: { id: string, active: boolean } };

export type ConsoleMyAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleMyAccountQuery = { user: { id: string, totpEnabled: boolean } };

export type ConsoleProfileEnrollTotpMutationVariables = Exact<{
  input?: EnrollTotpInput | null | undefined;
}>;


export type ConsoleProfileEnrollTotpMutation = { enrollTotp: { secret: string, otpauthUri: string } };

export type ConsoleProfileConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ConsoleProfileConfirmTotpMutation = { confirmTotp: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, requiresTotpEnrollment: boolean, requiresPasswordChange: boolean, me: { id: string, username: string, displayName: string, roles: Array<Role>, capabilities: Array<Capability>, unit: { id: string, kind: UnitKind, name: string } } } };

export type ConsoleSpecialReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSpecialReportQuery = { specialReport: { id: string, kind: ReportKind, spread: string | null, measuresTaken: Array<string> | null, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, year: number | null, number: number | null, serial: string | null, title: string, summary: string, analysis: string, suggestions: Array<string>, addressees: string, copyUnitIds: Array<string>, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null, allowedActions: Array<SpecialReportAction>, version: number } };

export type ConsoleSpecialReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSpecialReportsQuery = { specialReports: Array<{ id: string, kind: ReportKind, prefilledReason: FlashPrefilledReason | null, incidentId: string, incidentTitle: string, confidential: boolean, status: SpecialReportStatus, serial: string | null, title: string, copyNames: Array<string>, draftRevision: number, draftedAt: string, draftedByName: string, issuedAt: string | null, issuedByName: string | null, withdrawnAt: string | null, withdrawnByName: string | null, withdrawReason: string | null }> };

export type ConsoleStatementsQueryVariables = Exact<{
  status?: Array<StatementStatus> | StatementStatus | null | undefined;
}>;


export type ConsoleStatementsQuery = { statements: Array<{ id: string, incidentId: string, kind: StatementKind, tier: GuidanceTier, title: string, content: string, status: StatementStatus, version: number, draftedAt: string, draftingUnitId: string, publishedAt: string | null, channels: Array<string>, allowedActions: Array<StatementAction>, rejections: Array<{ at: string, reason: string }> }> };

export type ConsoleStatementsApproveMutationVariables = Exact<{
  input: ApproveStatementInput;
}>;


export type ConsoleStatementsApproveMutation = { approveStatement: { id: string, status: StatementStatus, version: number } };

export type ConsoleTaskLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTaskLinkQuery = { task: { id: string, incidentId: string, assigneeUnitId: string } };

export const SpecialReportsCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportsCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"veracity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUnitIds"}}]}}]}}]} as unknown as DocumentNode<SpecialReportsCardFieldsFragment, unknown>;
export const IncidentAccountabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentAccountabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<IncidentAccountabilityFieldsFragment, unknown>;
export const DispatchPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlinePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaultHours"}},{"kind":"Field","name":{"kind":"Name","value":"hardCapHours"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayForInquiries"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayLeastMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}}]}}]} as unknown as DocumentNode<DispatchPolicyFieldsFragment, unknown>;
export const IncidentEscalationsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentEscalationsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<IncidentEscalationsFieldsFragment, unknown>;
export const IncidentHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"localGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IncidentHeaderFieldsFragment, unknown>;
export const IncidentIntakeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentIntakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intakeItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentIntakeFieldsFragment, unknown>;
export const IncidentStepsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentStepsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<IncidentStepsFieldsFragment, unknown>;
export const IncidentLeadershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLeadershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}}]}}]}}]} as unknown as DocumentNode<IncidentLeadershipFieldsFragment, unknown>;
export const IncidentLettersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLettersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"matters"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"watchPoints"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentLettersFieldsFragment, unknown>;
export const IncidentLinkageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLinkageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coreUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}}]}}]}}]} as unknown as DocumentNode<IncidentLinkageFieldsFragment, unknown>;
export const LinkageCountyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkageCountyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"County"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkageThresholdGrade"}}]}}]} as unknown as DocumentNode<LinkageCountyFieldsFragment, unknown>;
export const IncidentOverviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"veracity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<IncidentOverviewFieldsFragment, unknown>;
export const IncidentResponsibilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owningUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"guarantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IncidentResponsibilityFieldsFragment, unknown>;
export const IncidentReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"experience"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<IncidentReviewFieldsFragment, unknown>;
export const IncidentSpreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spreadReadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reassessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<IncidentSpreadFieldsFragment, unknown>;
export const IncidentStatementsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentStatementsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<IncidentStatementsFieldsFragment, unknown>;
export const IncidentTakedownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTakedownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"takedownRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"itemUrls"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"sendingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentTakedownFieldsFragment, unknown>;
export const TaskCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineRule"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsFound"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TaskCardFieldsFragment, unknown>;
export const IncidentDispatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentDispatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IncidentDispatchFieldsFragment, unknown>;
export const IncidentTaskBoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentDispatchFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineRule"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsFound"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentDispatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IncidentTaskBoardFieldsFragment, unknown>;
export const IncidentTimelineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnitName"}}]}}]}}]} as unknown as DocumentNode<IncidentTimelineFieldsFragment, unknown>;
export const IncidentWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"matters"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<IncidentWarningFieldsFragment, unknown>;
export const IntakeQueueItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeQueueItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"watchHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<IntakeQueueItemFragment, unknown>;
export const ConsoleIntakeImportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIntakeImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"importable"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIntakeImportFragment, unknown>;
export const ConsoleSessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleSessionUserFragment, unknown>;
export const ConsoleSessionPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresTotpEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleSessionPayloadFragment, unknown>;
export const SpecialReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SpecialReportFieldsFragment, unknown>;
export const DailyReportFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"newByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"I"}},{"kind":"Field","name":{"kind":"Name","value":"II"}},{"kind":"Field","name":{"kind":"Name","value":"III"}},{"kind":"Field","name":{"kind":"Name","value":"IV"}},{"kind":"Field","name":{"kind":"Name","value":"UNGRADED"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"closedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"tasksDispatchedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}}]}}]} as unknown as DocumentNode<DailyReportFiguresFieldsFragment, unknown>;
export const DailyReportItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]} as unknown as DocumentNode<DailyReportItemFieldsFragment, unknown>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleApproveStatementWithOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApproveStatementWithOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleApproveStatementWithOpinionMutation, ConsoleApproveStatementWithOpinionMutationVariables>;
export const ConsoleAssessmentPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessmentPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"lateHandIn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"sentBack"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"missedLetter"}},{"kind":"Field","name":{"kind":"Name","value":"lateReport"}},{"kind":"Field","name":{"kind":"Name","value":"missedReport"}},{"kind":"Field","name":{"kind":"Name","value":"earlyClosureBonus"}},{"kind":"Field","name":{"kind":"Name","value":"lateReportAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"missedReportAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shareRanking"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessmentPoliciesQuery, ConsoleAssessmentPoliciesQueryVariables>;
export const ConsoleSetAssessmentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetAssessmentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAssessmentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssessmentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetAssessmentPolicyMutation, ConsoleSetAssessmentPolicyMutationVariables>;
export const ConsoleAssignDutyShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignDutyShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignDutyShiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDutyShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignDutyShiftMutation, ConsoleAssignDutyShiftMutationVariables>;
export const ConsoleIncidentBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncidentBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentBundleQuery, ConsoleIncidentBundleQueryVariables>;
export const ConsoleAuditKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditPublicKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditKeyQuery, ConsoleAuditKeyQueryVariables>;
export const ConsoleInboxCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInboxCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxCountQuery, ConsoleInboxCountQueryVariables>;
export const ConsoleCountyLeaderIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCountyLeaderIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<ConsoleCountyLeaderIdsQuery, ConsoleCountyLeaderIdsQueryVariables>;
export const ConsoleInboxChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleInboxChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"refType"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxChangedSubscription, ConsoleInboxChangedSubscriptionVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleCountyLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCountyLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingPlanPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGrade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleCountyLeadersQuery, ConsoleCountyLeadersQueryVariables>;
export const ConsoleAppointCountyLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAppointCountyLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointCountyLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointCountyLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<ConsoleAppointCountyLeaderMutation, ConsoleAppointCountyLeaderMutationVariables>;
export const ConsoleRelieveCountyLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRelieveCountyLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relieveCountyLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<ConsoleRelieveCountyLeaderMutation, ConsoleRelieveCountyLeaderMutationVariables>;
export const ConsoleSetHandlingPlanPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetHandlingPlanPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHandlingPlanPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHandlingPlanPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGrade"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetHandlingPlanPolicyMutation, ConsoleSetHandlingPlanPolicyMutationVariables>;
export const ConsoleAssignLinkageRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignLinkageRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLinkageRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLinkageRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignLinkageRolesMutation, ConsoleAssignLinkageRolesMutationVariables>;
export const ConsoleSetLinkageThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetLinkageThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Grade"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinkageThreshold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}]}}]} as unknown as DocumentNode<ConsoleSetLinkageThresholdMutation, ConsoleSetLinkageThresholdMutationVariables>;
export const ConsoleSetSecurityPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetSecurityPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSecurityPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSecurityPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpRoles"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetSecurityPolicyMutation, ConsoleSetSecurityPolicyMutationVariables>;
export const ConsoleDeadlineMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDeadlineMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"remindAtPercent"}},{"kind":"Field","name":{"kind":"Name","value":"remindBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"flashMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeadlineMatrixQuery, ConsoleDeadlineMatrixQueryVariables>;
export const ConsoleSetDeadlineRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetDeadlineRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeadlineRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeadlineRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetDeadlineRulesMutation, ConsoleSetDeadlineRulesMutationVariables>;
export const ConsoleDutyLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyLogQuery, ConsoleDutyLogQueryVariables>;
export const ConsoleRecordDutyLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordDutyLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordDutyLogMutation, ConsoleRecordDutyLogMutationVariables>;
export const ConsoleDutyIncidentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyIncidentChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyIncidentChoicesQuery, ConsoleDutyIncidentChoicesQueryVariables>;
export const ConsoleDutyIncidentTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyIncidentTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyIncidentTitleQuery, ConsoleDutyIncidentTitleQueryVariables>;
export const ConsoleGradeScalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGradeScales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gradeScales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGradeScalesQuery, ConsoleGradeScalesQueryVariables>;
export const ConsoleSetGradeScalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetGradeScales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGradeScalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGradeScales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gradeScales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetGradeScalesMutation, ConsoleSetGradeScalesMutationVariables>;
export const ConsoleLinkageFieldRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLinkageFieldRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkageFieldRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLinkageFieldRulesQuery, ConsoleLinkageFieldRulesQueryVariables>;
export const ConsoleSetLinkageFieldRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetLinkageFieldRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLinkageFieldRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinkageFieldRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkageFieldRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetLinkageFieldRulesMutation, ConsoleSetLinkageFieldRulesMutationVariables>;
export const ConsoleNotificationChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNotificationChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"configuredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleNotificationChannelsQuery, ConsoleNotificationChannelsQueryVariables>;
export const ConsoleConfigureChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfigureChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]}}]} as unknown as DocumentNode<ConsoleConfigureChannelMutation, ConsoleConfigureChannelMutationVariables>;
export const ConsoleRemoveChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveChannelMutation, ConsoleRemoveChannelMutationVariables>;
export const ConsoleRetryDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryNotificationDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotificationDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleRetryDeliveryMutation, ConsoleRetryDeliveryMutationVariables>;
export const ConsolePublishStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishStatementMutation, ConsolePublishStatementMutationVariables>;
export const ConsoleRecordDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRecordDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentIssuable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"docxPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfAvailable"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordDocumentsQuery, ConsoleRecordDocumentsQueryVariables>;
export const ConsoleIssueDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]} as unknown as DocumentNode<ConsoleIssueDocumentMutation, ConsoleIssueDocumentMutationVariables>;
export const ConsoleSaveSpecialReportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveSpecialReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSpecialReportDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSpecialReportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleSaveSpecialReportDraftMutation, ConsoleSaveSpecialReportDraftMutationVariables>;
export const ConsoleWithdrawSpecialReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawSpecialReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawSpecialReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSpecialReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleWithdrawSpecialReportMutation, ConsoleWithdrawSpecialReportMutationVariables>;
export const ConsoleIssueSpecialReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueSpecialReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSpecialReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleIssueSpecialReportMutation, ConsoleIssueSpecialReportMutationVariables>;
export const ConsoleIncidentSpecialReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncidentSpecialReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleIncidentSpecialReportsQuery, ConsoleIncidentSpecialReportsQueryVariables>;
export const ConsoleSpreadCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSpreadCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spreadCriteriaCustom"}},{"kind":"Field","name":{"kind":"Name","value":"spreadCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSpreadCriteriaQuery, ConsoleSpreadCriteriaQueryVariables>;
export const ConsoleSetSpreadCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetSpreadCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSpreadCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSpreadCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spreadCriteriaCustom"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetSpreadCriteriaMutation, ConsoleSetSpreadCriteriaMutationVariables>;
export const ConsoleSignTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleSignTaskMutation, ConsoleSignTaskMutationVariables>;
export const ConsoleReturnTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReturnTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleReturnTaskMutation, ConsoleReturnTaskMutationVariables>;
export const ConsoleReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportProgressMutation, ConsoleReportProgressMutationVariables>;
export const ConsoleRequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTaskExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTaskExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestExtensionMutation, ConsoleRequestExtensionMutationVariables>;
export const ConsoleHandInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandInTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handInTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandInMutation, ConsoleHandInMutationVariables>;
export const ConsoleRedispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRedispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedispatchTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redispatchTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRedispatchMutation, ConsoleRedispatchMutationVariables>;
export const ConsoleReviewTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewTaskMutation, ConsoleReviewTaskMutationVariables>;
export const ConsoleDecideExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTaskExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTaskExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideExtensionMutation, ConsoleDecideExtensionMutationVariables>;
export const ConsoleSuperviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSupervise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleSuperviseMutation, ConsoleSuperviseMutationVariables>;
export const ConsoleRemindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemindMutation, ConsoleRemindMutationVariables>;
export const ConsoleCancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleCancelTaskMutation, ConsoleCancelTaskMutationVariables>;
export const ConsoleTaskAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTaskAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"progress"},"name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordKind"},"value":{"kind":"EnumValue","value":"TASK_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"previewPath"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"handIn"},"name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordKind"},"value":{"kind":"EnumValue","value":"TASK_HAND_IN"}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"previewPath"}}]}}]}}]} as unknown as DocumentNode<ConsoleTaskAttachmentsQuery, ConsoleTaskAttachmentsQueryVariables>;
export const ConsoleUnitPeopleForTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitPeopleForTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitPeopleForTaskQuery, ConsoleUnitPeopleForTaskQueryVariables>;
export const ConsoleNameTaskResponsibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleNameTaskResponsible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameTaskResponsibleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameTaskResponsible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleNameTaskResponsibleMutation, ConsoleNameTaskResponsibleMutationVariables>;
export const ConsoleRegisterUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegisterUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegisterUserMutation, ConsoleRegisterUserMutationVariables>;
export const ConsoleChangeUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangeUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleChangeUserRolesMutation, ConsoleChangeUserRolesMutationVariables>;
export const ConsoleResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleResetUserPasswordMutation, ConsoleResetUserPasswordMutationVariables>;
export const ConsoleDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivateUserMutation, ConsoleDeactivateUserMutationVariables>;
export const ConsoleUnlockUserSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUnlockUserSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockUserSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUserSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUnlockUserSignInMutation, ConsoleUnlockUserSignInMutationVariables>;
export const ConsoleReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleReactivateUserMutation, ConsoleReactivateUserMutationVariables>;
export const ConsoleChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresTotpEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}}]} as unknown as DocumentNode<ConsoleChangePasswordMutation, ConsoleChangePasswordMutationVariables>;
export const ConsoleRecordAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRecordAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentRecordKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"previewPath"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordAttachmentsQuery, ConsoleRecordAttachmentsQueryVariables>;
export const ConsoleAttachFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAttachFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAttachFileMutation, ConsoleAttachFileMutationVariables>;
export const ConsoleMarkArrivalsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkArrivalsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkArrivalsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markArrivalsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkArrivalsReadMutation, ConsoleMarkArrivalsReadMutationVariables>;
export const ConsoleDeskDecideStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeskDecideStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeskDecideStatementMutation, ConsoleDeskDecideStatementMutationVariables>;
export const ConsoleAccountablePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccountablePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleAccountablePeopleQuery, ConsoleAccountablePeopleQueryVariables>;
export const ConsoleRecordAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordAccountabilityMutation, ConsoleRecordAccountabilityMutationVariables>;
export const ConsoleConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJointConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJointConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleConferenceMutation, ConsoleConferenceMutationVariables>;
export const ConsoleDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDispatchMutation, ConsoleDispatchMutationVariables>;
export const ConsoleEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleEscalateMutation, ConsoleEscalateMutationVariables>;
export const ConsoleIncidentEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncidentEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordKind"},"value":{"kind":"EnumValue","value":"INCIDENT"}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"previewPath"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capturedPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"textAsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedByName"}},{"kind":"Field","name":{"kind":"Name","value":"screenshotAttachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"screenshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentEvidenceQuery, ConsoleIncidentEvidenceQueryVariables>;
export const ConsoleCapturePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCapturePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapturePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCapturePostMutation, ConsoleCapturePostMutationVariables>;
export const ConsoleRecordPostSpreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordPostSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPostSpreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostSpread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordPostSpreadMutation, ConsoleRecordPostSpreadMutationVariables>;
export const ConsoleIncidentLeadershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncidentLeadership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderInstructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByPost"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentLeadershipQuery, ConsoleIncidentLeadershipQueryVariables>;
export const ConsoleDraftHandlingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDraftHandlingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftHandlingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftHandlingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ConsoleDraftHandlingPlanMutation, ConsoleDraftHandlingPlanMutationVariables>;
export const ConsoleLinkInstructionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLinkInstructionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInstructionTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInstructionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskIds"}}]}}]}}]} as unknown as DocumentNode<ConsoleLinkInstructionTaskMutation, ConsoleLinkInstructionTaskMutationVariables>;
export const ConsoleReportInstructionFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportInstructionFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInstructionFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportInstructionFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportInstructionFeedbackMutation, ConsoleReportInstructionFeedbackMutationVariables>;
export const ConsoleSendLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendRiskLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRiskLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendLetterMutation, ConsoleSendLetterMutationVariables>;
export const ConsoleLinkageProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLinkageProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkageProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coreUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"proposedMemberUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdGrade"}}]}}]}}]} as unknown as DocumentNode<ConsoleLinkageProposalQuery, ConsoleLinkageProposalQueryVariables>;
export const ConsoleActivateLinkageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActivateLinkage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateLinkageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateLinkage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleActivateLinkageMutation, ConsoleActivateLinkageMutationVariables>;
export const ConsoleAddMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLinkageMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLinkageMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddMembersMutation, ConsoleAddMembersMutationVariables>;
export const ConsoleReleaseMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReleaseMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseLinkageMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseLinkageMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleReleaseMemberMutation, ConsoleReleaseMemberMutationVariables>;
export const ConsoleHandleLocallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandleLocally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandleLocallyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleLocally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandleLocallyMutation, ConsoleHandleLocallyMutationVariables>;
export const ConsoleSupplementIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSupplementIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplementIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSupplementIncidentMutation, ConsoleSupplementIncidentMutationVariables>;
export const ConsoleTakeOverIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTakeOverIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeOverIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOverIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleTakeOverIncidentMutation, ConsoleTakeOverIncidentMutationVariables>;
export const ConsoleAssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessMutation, ConsoleAssessMutationVariables>;
export const ConsoleResponsibilityCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleResponsibilityCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleResponsibilityCandidatesQuery, ConsoleResponsibilityCandidatesQueryVariables>;
export const ConsoleNameIncidentResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleNameIncidentResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameIncidentResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameIncidentResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"guarantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleNameIncidentResponsibilityMutation, ConsoleNameIncidentResponsibilityMutationVariables>;
export const ConsoleCalmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCalm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkIncidentCalmedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIncidentCalmed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleCalmMutation, ConsoleCalmMutationVariables>;
export const ConsoleCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseMutation, ConsoleCloseMutationVariables>;
export const ConsoleReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleReopenMutation, ConsoleReopenMutationVariables>;
export const ConsoleFileReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFileReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileIncidentReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleFileReviewMutation, ConsoleFileReviewMutationVariables>;
export const ConsoleRecordSpreadReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordSpreadReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSpreadReadingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSpreadReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordSpreadReadingMutation, ConsoleRecordSpreadReadingMutationVariables>;
export const ConsoleDraftStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDraftStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleDraftStatementMutation, ConsoleDraftStatementMutationVariables>;
export const ConsoleSendTakedownRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendTakedownRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTakedownRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTakedownRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendTakedownRequestMutation, ConsoleSendTakedownRequestMutationVariables>;
export const ConsoleRecordTakedownAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordTakedownAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTakedownAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTakedownAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordTakedownAnswerMutation, ConsoleRecordTakedownAnswerMutationVariables>;
export const ConsoleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleListMutation, ConsoleListMutationVariables>;
export const ConsoleReferToPoliceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReferToPolice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToPoliceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToPolice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReferToPoliceMutation, ConsoleReferToPoliceMutationVariables>;
export const ConsoleWarnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWarn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleWarnMutation, ConsoleWarnMutationVariables>;
export const ConsoleAdjustWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAdjustWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleAdjustWarningMutation, ConsoleAdjustWarningMutationVariables>;
export const ConsoleLiftWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLiftWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiftWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleLiftWarningMutation, ConsoleLiftWarningMutationVariables>;
export const ConsoleIntakeWatchListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIntakeWatchList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeWatchList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<ConsoleIntakeWatchListQuery, ConsoleIntakeWatchListQueryVariables>;
export const ConsoleAddIntakeWatchEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddIntakeWatchEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeWatchEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIntakeWatchEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddIntakeWatchEntryMutation, ConsoleAddIntakeWatchEntryMutationVariables>;
export const ConsoleRetireIntakeWatchEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetireIntakeWatchEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireIntakeWatchEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRetireIntakeWatchEntryMutation, ConsoleRetireIntakeWatchEntryMutationVariables>;
export const ConsoleIntakeQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIntakeQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeQueueItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeQueueItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"watchHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ConsoleIntakeQueueQuery, ConsoleIntakeQueueQueryVariables>;
export const ConsoleIntakeAwaitingRepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIntakeAwaitingReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeAwaitingReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeQueueItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeQueueItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"watchHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ConsoleIntakeAwaitingRepliesQuery, ConsoleIntakeAwaitingRepliesQueryVariables>;
export const ConsoleMarkIntakeItemRepliedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkIntakeItemReplied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkIntakeItemRepliedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIntakeItemReplied"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkIntakeItemRepliedMutation, ConsoleMarkIntakeItemRepliedMutationVariables>;
export const ConsoleRegisterIntakeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegisterIntakeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIntakeItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIntakeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorReason"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegisterIntakeItemsMutation, ConsoleRegisterIntakeItemsMutationVariables>;
export const ConsoleAttachIntakeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAttachIntakeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachIntakeItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachIntakeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorReason"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]} as unknown as DocumentNode<ConsoleAttachIntakeItemsMutation, ConsoleAttachIntakeItemsMutationVariables>;
export const ConsoleArchiveIntakeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveIntakeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveIntakeItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveIntakeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorReason"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveIntakeItemsMutation, ConsoleArchiveIntakeItemsMutationVariables>;
export const ConsoleIntakeIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIntakeIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGISTERED"},{"kind":"EnumValue","value":"ASSESSED"},{"kind":"EnumValue","value":"WARNED"},{"kind":"EnumValue","value":"HANDLING"},{"kind":"EnumValue","value":"CALMED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIntakeIncidentsQuery, ConsoleIntakeIncidentsQueryVariables>;
export const ConsoleIntakeSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIntakeSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"keyIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIntakeSourcesQuery, ConsoleIntakeSourcesQueryVariables>;
export const ConsoleConfigureIntakeSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfigureIntakeSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureIntakeSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureIntakeSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleConfigureIntakeSourceMutation, ConsoleConfigureIntakeSourceMutationVariables>;
export const ConsoleRotateIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRotateIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIntakeSourceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"keyIssuedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRotateIntakeKeyMutation, ConsoleRotateIntakeKeyMutationVariables>;
export const ConsoleSetIntakeMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetIntakeMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIntakeColumnMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIntakeColumnMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetIntakeMappingMutation, ConsoleSetIntakeMappingMutationVariables>;
export const ConsolePreviewIntakeImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePreviewIntakeImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewIntakeImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleIntakeImport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIntakeImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"importable"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePreviewIntakeImportMutation, ConsolePreviewIntakeImportMutationVariables>;
export const ConsoleImportIntakeFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportIntakeFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importIntakeFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleIntakeImport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIntakeImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"importable"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportIntakeFileMutation, ConsoleImportIntakeFileMutationVariables>;
export const ConsoleEnterIntakeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEnterIntakeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterIntakeItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterIntakeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleEnterIntakeItemMutation, ConsoleEnterIntakeItemMutationVariables>;
export const ConsoleCountyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCountyName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleCountyNameQuery, ConsoleCountyNameQueryVariables>;
export const ConsoleDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"gI"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"I"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gII"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"II"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gIII"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"III"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gIV"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IV"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sREGISTERED"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGISTERED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sASSESSED"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSESSED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sWARNED"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"WARNED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sHANDLING"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HANDLING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sCALMED"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CALMED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDashboardQuery, ConsoleDashboardQueryVariables>;
export const ConsoleFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"nearlyDueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"unsignedLetters"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"handedIn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFiguresQuery, ConsoleFiguresQueryVariables>;
export const ConsoleUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitsQuery, ConsoleUnitsQueryVariables>;
export const ConsoleAdminSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAdminSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkageThresholdGrade"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpRoles"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackHours"}},{"kind":"Field","name":{"kind":"Name","value":"hardCapHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaultHours"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayForInquiries"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayLeastMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"loadedByCounty"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"makeUpWorkdays"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAdminSettingsQuery, ConsoleAdminSettingsQueryVariables>;
export const ConsoleSetDeadlinePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetDeadlinePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeadlinePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeadlinePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackHours"}},{"kind":"Field","name":{"kind":"Name","value":"hardCapHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaultHours"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayForInquiries"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayLeastMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetDeadlinePolicyMutation, ConsoleSetDeadlinePolicyMutationVariables>;
export const ConsoleLoadCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLoadCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadHolidayCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadHolidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingHours"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoadCalendarMutation, ConsoleLoadCalendarMutationVariables>;
export const ConsoleAssessmentStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessmentStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentStatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesLabel"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreWithCorrections"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpenAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"handedIn"}},{"kind":"Field","name":{"kind":"Name","value":"handedInOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"handedInLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"sentBack"}},{"kind":"Field","name":{"kind":"Name","value":"supervised"}},{"kind":"Field","name":{"kind":"Name","value":"lettersMissed"}},{"kind":"Field","name":{"kind":"Name","value":"earlyClosures"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"missedReports"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryTasks"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryRepliedSameDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"handedIn"}},{"kind":"Field","name":{"kind":"Name","value":"handedInOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"handedInLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"sentBack"}},{"kind":"Field","name":{"kind":"Name","value":"supervised"}},{"kind":"Field","name":{"kind":"Name","value":"lettersMissed"}},{"kind":"Field","name":{"kind":"Name","value":"earlyClosures"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"missedReports"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryTasks"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryRepliedSameDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"handedInLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryTasks"}},{"kind":"Field","name":{"kind":"Name","value":"inquiryRepliedSameDay"}},{"kind":"Field","name":{"kind":"Name","value":"inquirySameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageInquiryReplyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsReported"}},{"kind":"Field","name":{"kind":"Name","value":"averageReportLagMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"missedReports"}},{"kind":"Field","name":{"kind":"Name","value":"averageAssessLagMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageWarnLagMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageDispatchLagMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"handedInOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"handedInLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessmentStatisticsQuery, ConsoleAssessmentStatisticsQueryVariables>;
export const ConsoleAssessmentRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessmentRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"isSelf"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessmentRankingQuery, ConsoleAssessmentRankingQueryVariables>;
export const ConsoleAssessmentCountyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessmentCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessmentCountyQuery, ConsoleAssessmentCountyQueryVariables>;
export const ConsoleAuditFindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditFind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditFindQuery, ConsoleAuditFindQueryVariables>;
export const ConsoleAuditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditHistoryQuery, ConsoleAuditHistoryQueryVariables>;
export const ConsoleAuditAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"eventsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewFiled"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnitIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"signedUnitIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditAsOfQuery, ConsoleAuditAsOfQueryVariables>;
export const ConsoleAuditComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"returns"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineRule"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHandedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditComplianceQuery, ConsoleAuditComplianceQueryVariables>;
export const ConsoleAuditVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"eventsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"streamsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"witnessedCheckpoints"}},{"kind":"Field","name":{"kind":"Name","value":"unsealedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"independentWitness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedThrough"}},{"kind":"Field","name":{"kind":"Name","value":"notCountersigned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"fault"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"streamVersion"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditVerifyQuery, ConsoleAuditVerifyQueryVariables>;
export const ConsoleDailyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDailyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDailyReportsQuery, ConsoleDailyReportsQueryVariables>;
export const ConsoleDailyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDailyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientNames"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyReportFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyReportItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"newByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"I"}},{"kind":"Field","name":{"kind":"Name","value":"II"}},{"kind":"Field","name":{"kind":"Name","value":"III"}},{"kind":"Field","name":{"kind":"Name","value":"IV"}},{"kind":"Field","name":{"kind":"Name","value":"UNGRADED"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"closedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"tasksDispatchedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]} as unknown as DocumentNode<ConsoleDailyReportQuery, ConsoleDailyReportQueryVariables>;
export const ConsoleDailyReportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDailyReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyReportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyReportFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyReportItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"newByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"I"}},{"kind":"Field","name":{"kind":"Name","value":"II"}},{"kind":"Field","name":{"kind":"Name","value":"III"}},{"kind":"Field","name":{"kind":"Name","value":"IV"}},{"kind":"Field","name":{"kind":"Name","value":"UNGRADED"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"closedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"tasksDispatchedThatDay"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyReportItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyReportItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]} as unknown as DocumentNode<ConsoleDailyReportDraftQuery, ConsoleDailyReportDraftQueryVariables>;
export const ConsoleIssueDailyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueDailyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDailyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDailyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ConsoleIssueDailyReportMutation, ConsoleIssueDailyReportMutationVariables>;
export const ConsoleUnitDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"docxPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfAvailable"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitDocumentsQuery, ConsoleUnitDocumentsQueryVariables>;
export const ConsoleDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"docxPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfAvailable"}}]}}]}}]} as unknown as DocumentNode<ConsoleDocumentQuery, ConsoleDocumentQueryVariables>;
export const ConsoleVerifyDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVerifyDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVerifyDocumentQuery, ConsoleVerifyDocumentQueryVariables>;
export const ConsoleOnDutyNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOnDutyNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onDutyNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleOnDutyNowQuery, ConsoleOnDutyNowQueryVariables>;
export const ConsoleDutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyRosterQuery, ConsoleDutyRosterQueryVariables>;
export const ConsoleDutyPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyPeopleQuery, ConsoleDutyPeopleQueryVariables>;
export const ConsoleDutyRosterGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyRosterGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRosterGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyRosterGapsQuery, ConsoleDutyRosterGapsQueryVariables>;
export const ConsoleDutyAllowedActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyAllowedActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyAllowedActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}]}}]} as unknown as DocumentNode<ConsoleDutyAllowedActionsQuery, ConsoleDutyAllowedActionsQueryVariables>;
export const ConsoleCancelDutyShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelDutyShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelDutyShiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDutyShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<ConsoleCancelDutyShiftMutation, ConsoleCancelDutyShiftMutationVariables>;
export const ConsoleInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refType"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineRule"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"localGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsFound"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"watchPoints"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"senderUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleInboxPageChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleInboxPageChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxPageChangedSubscription, ConsoleInboxPageChangedSubscriptionVariables>;
export const ConsoleInboxSpecialReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInboxSpecialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxSpecialReportsQuery, ConsoleInboxSpecialReportsQueryVariables>;
export const ConsoleSignLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signRiskLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"letterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignLetterMutation, ConsoleSignLetterMutationVariables>;
export const ConsoleIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentHeaderFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentStepsFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentOverviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentSpreadFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentIntakeFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentWarningFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentTaskBoardFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentLettersFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportsCardFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentLinkageFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentStatementsFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentTakedownFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentLeadershipFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentResponsibilityFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentAccountabilityFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentTimelineFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentEscalationsFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkageCountyFields"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchPolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineRule"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsFound"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentDispatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"localGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentStepsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"veracity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spreadReadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reassessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentIntakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intakeItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"matters"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTaskBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentDispatchFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLettersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"matters"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"watchPoints"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportsCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"discoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reposts"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamMediaPickups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"veracity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUnitIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLinkageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coreUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentStatementsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTakedownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"takedownRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"itemUrls"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"sendingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentLeadershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owningUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"guarantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentAccountabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentTimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnitName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentEscalationsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"experience"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkageCountyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"County"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkageThresholdGrade"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlinePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaultHours"}},{"kind":"Field","name":{"kind":"Name","value":"hardCapHours"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayForInquiries"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayLeastMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onWorkingTime"}}]}}]} as unknown as DocumentNode<ConsoleIncidentQuery, ConsoleIncidentQueryVariables>;
export const ConsoleIncidentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleIncidentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentEventsSubscription, ConsoleIncidentEventsSubscriptionVariables>;
export const ConsoleIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentsQuery, ConsoleIncidentsQueryVariables>;
export const ConsoleReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportIncidentMutation, ConsoleReportIncidentMutationVariables>;
export const ConsoleLeaderDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLeaderDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plansAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLeaderDeskQuery, ConsoleLeaderDeskQueryVariables>;
export const ConsoleGiveInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleGiveInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleGiveInstructionMutation, ConsoleGiveInstructionMutationVariables>;
export const ConsoleApproveHandlingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApproveHandlingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveHandlingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleApproveHandlingPlanMutation, ConsoleApproveHandlingPlanMutationVariables>;
export const ConsoleSendBackHandlingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendBackHandlingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendBackHandlingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackHandlingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendBackHandlingPlanMutation, ConsoleSendBackHandlingPlanMutationVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresTotpEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleEnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEnrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<ConsoleEnrollTotpMutation, ConsoleEnrollTotpMutationVariables>;
export const ConsoleConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresTotpEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}}]} as unknown as DocumentNode<ConsoleConfirmTotpMutation, ConsoleConfirmTotpMutationVariables>;
export const ConsoleOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpRoles"}},{"kind":"Field","name":{"kind":"Name","value":"linkageThresholdGrade"}},{"kind":"Field","name":{"kind":"Name","value":"linkage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propaganda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cyberspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"police"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrganizationQuery, ConsoleOrganizationQueryVariables>;
export const ConsoleRegisterUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegisterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegisterUnitMutation, ConsoleRegisterUnitMutationVariables>;
export const ConsoleUpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateUnitMutation, ConsoleUpdateUnitMutationVariables>;
export const ConsoleDeactivateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivateUnitMutation, ConsoleDeactivateUnitMutationVariables>;
export const ConsoleReactivateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReactivateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConsoleReactivateUnitMutation, ConsoleReactivateUnitMutationVariables>;
export const ConsoleMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}}]}}]}}]} as unknown as DocumentNode<ConsoleMyAccountQuery, ConsoleMyAccountQueryVariables>;
export const ConsoleProfileEnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleProfileEnrollTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollTotpInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<ConsoleProfileEnrollTotpMutation, ConsoleProfileEnrollTotpMutationVariables>;
export const ConsoleProfileConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleProfileConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresTotpEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSessionUser"}}]}}]}}]} as unknown as DocumentNode<ConsoleProfileConfirmTotpMutation, ConsoleProfileConfirmTotpMutationVariables>;
export const ConsoleSpecialReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSpecialReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"copyUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleSpecialReportQuery, ConsoleSpecialReportQueryVariables>;
export const ConsoleSpecialReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSpecialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledReason"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"copyNames"}},{"kind":"Field","name":{"kind":"Name","value":"draftRevision"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<ConsoleSpecialReportsQuery, ConsoleSpecialReportsQueryVariables>;
export const ConsoleStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleStatementsQuery, ConsoleStatementsQueryVariables>;
export const ConsoleStatementsApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStatementsApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleStatementsApproveMutation, ConsoleStatementsApproveMutationVariables>;
export const ConsoleTaskLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTaskLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnitId"}}]}}]}}]} as unknown as DocumentNode<ConsoleTaskLinkQuery, ConsoleTaskLinkQueryVariables>;