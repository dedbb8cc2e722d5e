import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Holiday', {
  description: '法定节假日（含调休放假）/ A public holiday (with its bridging days off)',
})
export class HolidayType {
  @Field()
  name!: string;

  @Field({ description: '首日 YYYY-MM-DD / First day' })
  from!: string;

  @Field({ description: '末日 YYYY-MM-DD / Last day' })
  to!: string;
}

@ObjectType('HolidayYear')
export class HolidayYearType {
  @Field(() => Int)
  year!: number;

  @Field({ description: '依据（国务院办公厅通知）/ The notice it comes from' })
  source!: string;

  @Field({ description: '已对照原文核对 / Checked against the notice' })
  verified!: boolean;

  @Field({ description: '本县载入（否则为平台自带）/ Loaded by the county (otherwise shipped)' })
  loadedByCounty!: boolean;

  @Field(() => [HolidayType])
  holidays!: HolidayType[];

  @Field(() => [String], { description: '调休上班日 / Make-up working days (调休)' })
  makeUpWorkdays!: string[];
}

@ObjectType('HolidayCalendar', {
  description:
    '节假日安排与工作时间（按工作时间计算的时限用）/ Holidays and office hours, for deadlines on working time',
})
export class HolidayCalendarType {
  @Field(() => [String], { description: '办公时段（北京时间），如 08:30–12:00 / Office hours, Beijing time' })
  workingHours!: string[];

  @Field(() => [HolidayYearType])
  years!: HolidayYearType[];
}

@InputType('LoadHolidayCalendarInput')
export class LoadHolidayCalendarInput {
  @Field({
    description:
      '节假日安排文件（JSON，格式 yuqing-holiday-calendar/1，见 docs/api.md）；所列年份整体替换 / The calendar file as JSON; the years in it replace those years',
  })
  calendar!: string;
}
