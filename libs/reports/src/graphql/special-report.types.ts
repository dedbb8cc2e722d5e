import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import {
  DEFAULT_ADDRESSEES,
  DEFAULT_FLASH_ADDRESSEES,
  ReportKind,
  REPORT_KIND_LABELS,
} from '../domain/special-report.events';

registerLabelledEnum(
  ReportKind,
  'ReportKind',
  '报告种类 / Kind of report to the leaders',
  REPORT_KIND_LABELS,
);

export const PrefilledReason = { UNASSESSED: 'UNASSESSED', MAJOR: 'MAJOR' } as const;
export type PrefilledReason = (typeof PrefilledReason)[keyof typeof PrefilledReason];
registerLabelledEnum(
  PrefilledReason,
  'FlashPrefilledReason',
  '快报由平台预填的原因 / Why the platform pre-filled a 快报',
  {
    UNASSESSED: { zh: '登记后超时未研判定级', en: 'Left unassessed past the county’s window' },
    MAJOR: { zh: '研判为重大（II 级及以上）舆情', en: 'Assessed as grade II or above' },
  },
);

export const SpecialReportStatus = { DRAFT: 'DRAFT', ISSUED: 'ISSUED', WITHDRAWN: 'WITHDRAWN' } as const;
export type SpecialReportStatus = (typeof SpecialReportStatus)[keyof typeof SpecialReportStatus];
registerLabelledEnum(SpecialReportStatus, 'SpecialReportStatus', '专报状态 / Special report status', {
  DRAFT: { zh: '待签发', en: 'Draft, awaiting sign-off' },
  ISSUED: { zh: '已签发', en: 'Signed off and sent' },
  WITHDRAWN: { zh: '已撤回（未签发）', en: 'Withdrawn unsent' },
});

/** What a special report allows its viewer to do next (`SpecialReport.allowedActions`). */
export enum SpecialReportAction {
  reviseSpecialReport = 'reviseSpecialReport',
  issueSpecialReport = 'issueSpecialReport',
  withdrawSpecialReport = 'withdrawSpecialReport',
}
registerLabelledEnum(
  SpecialReportAction,
  'SpecialReportAction',
  '专报可执行的操作 / What the report allows next',
  {
    reviseSpecialReport: { zh: '修改', en: 'reviseSpecialReport' },
    issueSpecialReport: { zh: '签发', en: 'issueSpecialReport' },
    withdrawSpecialReport: { zh: '撤回', en: 'withdrawSpecialReport' },
  },
);

@ObjectType('SpecialReport', {
  description:
    '报领导的舆情报告：舆情专报（专题分析研判与处置建议）或舆情快报（第一时间直报领导），县中心领导签发 / A report to the leaders: special report or flash report, signed off by the centre’s leader',
})
export class SpecialReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportKind, { description: '专报或快报 / Special or flash report' })
  kind!: ReportKind;

  @Field(() => String, { nullable: true, description: '传播情况（快报）/ How it spreads (flash reports)' })
  spread!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: '已采取措施（快报），每条一项 / Measures taken (flash reports)',
  })
  measuresTaken!: string[] | null;

  @Field(() => PrefilledReason, {
    nullable: true,
    description:
      '由平台预填时的原因；人工起草为空 / Why the platform pre-filled it; null when a person started it',
  })
  prefilledReason!: PrefilledReason | null;

  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '起草时的事件标题 / The incident’s title when drafted' })
  incidentTitle!: string;

  @Field({
    description:
      '涉密：事件在任一稿件保存时或签发时为涉密即为涉密；签发后即定，通知与此一致（仅含期号）/ Confidential: the incident was so when any draft was saved or at sign-off; fixed at sign-off, and its notices follow it (number only)',
  })
  confidential!: boolean;

  @Field(() => SpecialReportStatus)
  status!: SpecialReportStatus;

  @Field(() => Int, { nullable: true, description: '年度 / Year of the number' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: '期号（当年第几期）/ Running number of the year' })
  number!: number | null;

  @Field(() => String, { nullable: true, description: '如“2026年第3期” / e.g. 2026年第3期' })
  serial!: string | null;

  @Field()
  title!: string;

  @Field({ description: '事件概况 / What happened' })
  summary!: string;

  @Field({ description: '研判分析 / Analysis and judgement' })
  analysis!: string;

  @Field(() => [String], {
    description: '处置建议（快报：下步建议）/ Handling suggestions (flash: next steps)',
  })
  suggestions!: string[];

  @Field({ description: '报送 / Addressed to' })
  addressees!: string;

  @Field(() => [ID], { description: '抄送单位 / Units copied' })
  copyUnitIds!: string[];

  @Field(() => [String], { description: '抄送单位名称 / Their names' })
  copyNames!: string[];

  @Field(() => Int, { description: '稿件修改次数 / Drafts saved' })
  draftRevision!: number;

  @Field()
  draftedByName!: string;

  @Field()
  draftedAt!: Date;

  @Field(() => String, { nullable: true, description: '签发人 / Signed off by' })
  issuedByName!: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '撤回时间 / Withdrawn at' })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: '撤回人 / Withdrawn by' })
  withdrawnByName!: string | null;

  @Field(() => String, { nullable: true, description: '撤回理由 / Why it was withdrawn' })
  withdrawReason!: string | null;

  @Field(() => [SpecialReportAction], { description: '当前可执行的操作 / What the report allows you next' })
  allowedActions!: SpecialReportAction[];

  @Field(() => Int, {
    description: '版本（保存稿件时传回，防止覆盖他人修改）/ Version, for saving on top of it',
  })
  version!: number;
}

@InputType({ description: '保存专报稿件 / Save a special report draft' })
export class SaveSpecialReportDraftInput {
  @Field(() => ID, {
    nullable: true,
    description: '修改已有稿件时填写 / The draft to revise; absent for a new one',
  })
  id?: string | null;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => ReportKind, {
    nullable: true,
    description:
      '专报（默认）或快报；已保存的稿件不改种类 / SPECIAL (default) or FLASH; a saved draft keeps its kind',
  })
  kind?: ReportKind | null;

  @Field({ description: '标题（4–80 字）' })
  title!: string;

  @Field({ description: '事件概况（10–3000 字）' })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: '传播情况（快报必填，2–2000 字）/ How it spreads (flash: required)',
  })
  spread?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: '已采取措施（快报），每条一项（最多 20 条）/ Measures taken (flash), one a line',
  })
  measuresTaken?: string[] | null;

  @Field({ description: '研判分析（10–5000 字）' })
  analysis!: string;

  @Field(() => [String], { description: '处置建议（快报：下步建议），每条一项（1–20 条）' })
  suggestions!: string[];

  @Field(() => String, {
    nullable: true,
    description: `报送（默认：专报“${DEFAULT_ADDRESSEES}”，快报“${DEFAULT_FLASH_ADDRESSEES}”）`,
  })
  addressees?: string | null;

  @Field(() => [ID], { defaultValue: [], description: '抄送单位：涉事单位、主管职能部门（最多 30 个）' })
  copyUnitIds!: string[];

  @Field(() => Int, { nullable: true, description: '修改时最后看到的版本 / The version last seen' })
  expectedVersion?: number | null;
}

@InputType({ description: '撤回专报稿件（仅限未签发的稿件）/ Withdraw a draft (only before sign-off)' })
export class WithdrawSpecialReportInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: '撤回理由（1–500 字，不能为空）/ Why (1–500 characters, not blank)' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: '您看到的版本：其后稿件又被修改则拒绝 / The version you saw; refused if revised since',
  })
  expectedVersion?: number | null;
}
