import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import { DUTY_LOG_KIND_LABELS, DUTY_POST_LABELS, DutyLogKind, DutyPost } from '../domain/duty.events';

registerLabelledEnum(
  DutyLogKind,
  'DutyLogKind',
  '值班日志类别 / Kind of duty log line',
  DUTY_LOG_KIND_LABELS,
);
registerLabelledEnum(DutyPost, 'DutyPost', '值班岗位 / Duty post', DUTY_POST_LABELS);

/** What the caller may do to a unit's duty (`dutyAllowedActions`). */
export enum DutyAction {
  assignDutyShift = 'assignDutyShift',
  cancelDutyShift = 'cancelDutyShift',
  recordDutyLog = 'recordDutyLog',
}
registerLabelledEnum(DutyAction, 'DutyAction', '值班可执行的操作 / What you may do to a unit’s duty', {
  assignDutyShift: { zh: '排班', en: 'assignDutyShift' },
  cancelDutyShift: { zh: '取消班次', en: 'cancelDutyShift' },
  recordDutyLog: { zh: '记值班日志', en: 'recordDutyLog' },
});

@ObjectType('DutyShift', { description: '值班班次 / A duty shift' })
export class DutyShiftType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  userName!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => DutyPost, { description: '岗位：带班领导或值班员 / Leader on duty or duty officer' })
  post!: DutyPost;

  @Field()
  note!: string;

  @Field({ description: '已取消 / Cancelled' })
  cancelled!: boolean;
}

@ObjectType('DutyLogEntry', { description: '值班日志 / A line of the duty log' })
export class DutyLogEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  userName!: string;

  @Field(() => DutyLogKind)
  kind!: DutyLogKind;

  @Field()
  text!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field({ description: '记录时是否在班 / Whether the writer was on the roster then' })
  onDuty!: boolean;

  @Field()
  at!: Date;
}

@ObjectType('DutyGap', { description: '无人值班的时段 / A stretch nobody is on duty' })
export class DutyGapType {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => Float)
  hours!: number;
}

@InputType('AssignDutyShiftInput')
export class AssignDutyShiftInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { description: '值班员或带班领导 / A duty officer or leader of the unit' })
  userId!: string;

  @Field()
  startsAt!: Date;

  @Field({ description: '最长 24 小时 / At most 24 hours after startsAt' })
  endsAt!: Date;

  @Field(() => DutyPost, {
    defaultValue: DutyPost.OFFICER,
    description: '岗位（带班领导须为单位领导）/ Post (the leader on duty must hold the LEADER role)',
  })
  post!: DutyPost;

  @Field({ defaultValue: '' })
  note!: string;
}

@InputType('CancelDutyShiftInput')
export class CancelDutyShiftInput {
  @Field(() => ID)
  shiftId!: string;

  @Field()
  reason!: string;
}

@InputType('RecordDutyLogInput')
export class RecordDutyLogInput {
  @Field(() => DutyLogKind)
  kind!: DutyLogKind;

  @Field()
  text!: string;

  @Field(() => ID, { nullable: true })
  incidentId?: string | null;
}
