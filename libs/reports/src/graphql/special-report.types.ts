import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import { DEFAULT_ADDRESSEES } from '../domain/special-report.events';

export const SpecialReportStatus = { DRAFT: 'DRAFT', ISSUED: 'ISSUED' } as const;
export type SpecialReportStatus = (typeof SpecialReportStatus)[keyof typeof SpecialReportStatus];
registerLabelledEnum(SpecialReportStatus, 'SpecialReportStatus', '专报状态 / Special report status', {
  DRAFT: { zh: '待签发', en: 'Draft, awaiting sign-off' },
  ISSUED: { zh: '已签发', en: 'Signed off and sent' },
});

@ObjectType('SpecialReport', {
  description: '舆情专报：专题分析研判与处置建议，县中心领导签发 / Special report: analysis and suggestions',
})
export class SpecialReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '起草时的事件标题 / The incident’s title when drafted' })
  incidentTitle!: string;

  @Field({ description: '涉密事件 / Confidential incident' })
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

  @Field(() => [String], { description: '处置建议 / Handling suggestions' })
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

  @Field({ description: '标题（4–80 字）' })
  title!: string;

  @Field({ description: '事件概况（10–3000 字）' })
  summary!: string;

  @Field({ description: '研判分析（10–5000 字）' })
  analysis!: string;

  @Field(() => [String], { description: '处置建议，每条一项（1–20 条）' })
  suggestions!: string[];

  @Field({ defaultValue: DEFAULT_ADDRESSEES, description: `报送（默认：${DEFAULT_ADDRESSEES}）` })
  addressees!: string;

  @Field(() => [ID], { defaultValue: [], description: '抄送单位：涉事单位、主管职能部门（最多 30 个）' })
  copyUnitIds!: string[];

  @Field(() => Int, { nullable: true, description: '修改时最后看到的版本 / The version last seen' })
  expectedVersion?: number | null;
}
