import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Action,
  AuthenticatedGuard,
  authorize,
  CommandCtx,
  CurrentPrincipal,
  dataScopeOf,
  Principal,
  UnitKind,
} from '@app/access';
import { CommandContext, problem, ValidationFailed } from '@app/kernel';
import { AssignLinkageRolesCommand } from '../commands/assign-linkage-roles/assign-linkage-roles.command';
import { RegisterUnitCommand } from '../commands/register-unit/register-unit.command';
import { SetLinkageFieldRulesCommand } from '../commands/set-linkage-field-rules/set-linkage-field-rules.command';
import { SetGradeScalesCommand } from '../commands/set-grade-scales/set-grade-scales.command';
import { SetSpreadCriteriaCommand } from '../commands/set-spread-criteria/set-spread-criteria.command';
import { SetDeadlinePolicyCommand } from '../commands/set-deadline-policy/set-deadline-policy.command';
import { LoadHolidayCalendarCommand } from '../commands/load-holiday-calendar/load-holiday-calendar.command';
import { HolidayCalendarType, LoadHolidayCalendarInput } from './holiday-calendar.types';
import { SetSecurityPolicyCommand } from '../commands/set-security-policy/set-security-policy.command';
import { UpdateUnitCommand } from '../commands/update-unit/update-unit.command';
import { SetUnitInServiceCommand } from '../commands/set-unit-in-service/set-unit-in-service.command';
import { SetUnitDocumentCodeCommand } from '../commands/set-unit-document-code/set-unit-document-code.command';
import { OrganizationDirectory } from '../queries/organization-directory';
import { toCountyType, toUnitType } from './organization.mapper';
import {
  AssignLinkageRolesInput,
  CountyType,
  DeactivateUnitInput,
  RegisterUnitInput,
  SetDeadlinePolicyInput,
  SetLinkageFieldRulesInput,
  SetGradeScalesInput,
  SetSpreadCriteriaInput,
  SetSecurityPolicyInput,
  SetUnitDocumentCodeInput,
  UnitType,
  UpdateUnitInput,
} from './organization.types';
import { CountyNotFound, UnitNotFound } from '../domain/organization.errors';

const unitNotFound = (id: string) => new UnitNotFound(id);

@Resolver()
@UseGuards(AuthenticatedGuard)
export class OrganizationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: OrganizationDirectory,
  ) {}

  @Query(() => [UnitType], { description: '本县单位（可按类型、上级筛选）/ Units of your county' })
  async units(
    @CurrentPrincipal() p: Principal,
    @Args('kinds', { type: () => [UnitKind], nullable: true }) kinds?: UnitKind[],
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ): Promise<UnitType[]> {
    authorize(p, Action.UnitRead, { kind: 'none' });
    return (
      await this.directory.units(dataScopeOf(p), {
        kinds: kinds ?? undefined,
        parentId: parentId ?? undefined,
      })
    ).map(toUnitType);
  }

  @Query(() => UnitType, { description: '一个单位 / One unit' })
  async unit(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UnitType> {
    const u = await this.directory.unit(dataScopeOf(p), id);
    if (!u) throw unitNotFound(id);
    authorize(p, Action.UnitRead, { kind: 'unit', unitId: u.unitId, countyId: u.countyId }, id);
    return toUnitType(u);
  }

  @Query(() => CountyType, {
    description: '本县：联动设置与安全策略 / Your county: linkage set and security policy',
  })
  async county(@CurrentPrincipal() p: Principal): Promise<CountyType> {
    return this.readCounty(p, p.countyId ?? '');
  }

  @Mutation(() => UnitType, { description: '新增单位（县管理员）/ Register a unit (county ADMIN)' })
  async registerUnit(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RegisterUnitInput,
  ): Promise<UnitType> {
    const id = await this.commands.execute(
      new RegisterUnitCommand(
        p,
        { kind: input.kind, name: input.name, parentId: input.parentId ?? null },
        ctx,
      ),
    );
    return this.readUnit(p, id);
  }

  @Mutation(() => UnitType, {
    description: '修改单位名称或上级（县管理员）/ Rename or move a unit (county ADMIN)',
  })
  async updateUnit(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: UpdateUnitInput,
  ): Promise<UnitType> {
    await this.commands.execute(
      new UpdateUnitCommand(
        p,
        input.unitId,
        {
          name: input.name,
          parentId: input.parentId ?? null,
          expectedVersion: input.expectedVersion ?? undefined,
        },
        ctx,
      ),
    );
    return this.readUnit(p, input.unitId);
  }

  @Mutation(() => UnitType, {
    description:
      "设置本单位的机关代字（单位或县管理员）/ Set a unit's document code (its ADMIN or the county ADMIN)",
  })
  async setUnitDocumentCode(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetUnitDocumentCodeInput,
  ): Promise<UnitType> {
    await this.commands.execute(new SetUnitDocumentCodeCommand(p, input.unitId, input.code, ctx));
    return this.readUnit(p, input.unitId);
  }

  @Mutation(() => UnitType, {
    description:
      '停用单位（县管理员）：不再接收派单、提示函和联动；历史保留 / Stand a unit down (county ADMIN); its history stays',
  })
  async deactivateUnit(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: DeactivateUnitInput,
  ): Promise<UnitType> {
    await this.commands.execute(
      new SetUnitInServiceCommand(p, input.unitId, { inService: false, reason: input.reason }, ctx),
    );
    return this.readUnit(p, input.unitId);
  }

  @Mutation(() => UnitType, { description: '恢复停用的单位（县管理员）/ Put a unit back into service' })
  async reactivateUnit(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<UnitType> {
    await this.commands.execute(new SetUnitInServiceCommand(p, unitId, { inService: true }, ctx));
    return this.readUnit(p, unitId);
  }

  @Mutation(() => CountyType, {
    description: '指定「1+3」联动单位（县管理员）/ Name the "1+3" (county ADMIN)',
  })
  async assignLinkageRoles(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: AssignLinkageRolesInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    await this.commands.execute(new AssignLinkageRolesCommand(p, countyId, { ...input }, ctx));
    return this.readCounty(p, countyId);
  }

  @Mutation(() => CountyType, {
    description: '设置各领域的涉事部门（联动 N 的建议）（县管理员）/ Field → involved bureaus (county ADMIN)',
  })
  async setLinkageFieldRules(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetLinkageFieldRulesInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    const rules = input.rules.map((r) => ({ field: r.field, unitIds: r.unitIds }));
    await this.commands.execute(new SetLinkageFieldRulesCommand(p, countyId, rules, ctx));
    return this.readCounty(p, countyId);
  }

  @Mutation(() => CountyType, {
    description:
      '设置各单位的本地舆情分级及其与 I–IV 级的对应（县管理员）/ Units’ own grade scales mapped onto I–IV (county ADMIN)',
  })
  async setGradeScales(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetGradeScalesInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    const scales = input.scales.map((s) => ({
      name: s.name,
      levels: s.levels.map((l) => ({ label: l.label, grades: l.grades })),
      unitIds: s.unitIds,
    }));
    await this.commands.execute(new SetGradeScalesCommand(p, countyId, scales, ctx));
    return this.readCounty(p, countyId);
  }

  @Mutation(() => CountyType, {
    description:
      '设置传播分级标准：发帖、跟帖、点击、主流媒体达到哪一级（县管理员）/ The spread criteria of grades III–I (county ADMIN)',
  })
  async setSpreadCriteria(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetSpreadCriteriaInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    const criteria = input.criteria.map((c) => ({
      grade: c.grade,
      posts: c.posts ?? null,
      comments: c.comments ?? null,
      views: c.views ?? null,
      mainstreamMediaPickups: c.mainstreamMediaPickups ?? null,
    }));
    await this.commands.execute(new SetSpreadCriteriaCommand(p, countyId, criteria, ctx));
    return this.readCounty(p, countyId);
  }

  @Mutation(() => CountyType, {
    description: '设置双因素登录策略（县管理员）/ Set the second-factor policy (county ADMIN)',
  })
  async setSecurityPolicy(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetSecurityPolicyInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    await this.commands.execute(new SetSecurityPolicyCommand(p, countyId, input.requireTotpRoles, ctx));
    return this.readCounty(p, countyId);
  }

  @Mutation(() => CountyType, {
    description: "设置本县工单时限（县管理员）/ Set the county's deadlines (county ADMIN)",
  })
  async setDeadlinePolicy(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetDeadlinePolicyInput,
  ): Promise<CountyType> {
    const countyId = p.countyId ?? '';
    // The matrix's own cells and unchanged reminder settings stay as the county set them.
    const county = countyId ? await this.directory.countyFacts(countyId) : null;
    const current = county?.deadlinePolicy ?? null;
    const { remindAtPercent, remindBeforeMinutes, flashMinutes, sameDayLeastMinutes, ...numbers } = input;
    const given = { remindAtPercent, remindBeforeMinutes, flashMinutes };
    const timers = {
      ...(current?.timers ?? {}),
      ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null && v !== undefined)),
    };
    await this.commands.execute(
      new SetDeadlinePolicyCommand(
        p,
        countyId,
        {
          ...numbers,
          // Omitted: kept as the county set it (a county that never set it keeps the default, unrecorded).
          ...((sameDayLeastMinutes ?? current?.sameDayLeastMinutes) === undefined
            ? {}
            : { sameDayLeastMinutes: sameDayLeastMinutes ?? current?.sameDayLeastMinutes }),
          rules: current?.rules ?? [],
          timers,
        },
        ctx,
        county?.version,
      ),
    );
    return this.readCounty(p, countyId);
  }

  @Query(() => HolidayCalendarType, {
    description: '本县节假日安排（含调休）与办公时间 / Your county’s holidays (with 调休) and office hours',
  })
  async holidayCalendar(@CurrentPrincipal() p: Principal): Promise<HolidayCalendarType> {
    if (p.countyId) authorize(p, Action.CountyRead, { kind: 'county', countyId: p.countyId }, p.countyId);
    return this.calendarOf(p.countyId);
  }

  @Mutation(() => HolidayCalendarType, {
    description:
      '载入节假日安排（县管理员），例如来年的调休安排；有误则整体拒绝并逐条说明 / Load a holiday calendar (county ADMIN); refused whole, every problem named',
  })
  async loadHolidayCalendar(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: LoadHolidayCalendarInput,
  ): Promise<HolidayCalendarType> {
    let calendar: unknown;
    try {
      calendar = JSON.parse(input.calendar);
    } catch {
      throw new ValidationFailed([problem('input.calendar', '不是有效的 JSON', 'is not valid JSON')]);
    }
    const countyId = p.countyId ?? '';
    await this.commands.execute(new LoadHolidayCalendarCommand(p, countyId, calendar, ctx));
    return this.calendarOf(countyId);
  }

  private async calendarOf(countyId: string | null): Promise<HolidayCalendarType> {
    const { calendar, loadedYears } = await this.directory.holidayCalendar(countyId);
    const f = calendar.file;
    return {
      workingHours: f.workingHours.map(([s, e]) => `${s}–${e}`),
      years: Object.entries(f.years)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([year, y]) => ({
          year: Number(year),
          source: y.source,
          verified: y.verified,
          loadedByCounty: loadedYears.has(year),
          holidays: y.holidays,
          makeUpWorkdays: y.makeUpWorkdays,
        })),
    };
  }

  private async readUnit(p: Principal, id: string): Promise<UnitType> {
    const u = await this.directory.unit(dataScopeOf(p), id);
    if (!u) throw unitNotFound(id);
    return toUnitType(u);
  }

  private async readCounty(p: Principal, countyId: string): Promise<CountyType> {
    authorize(p, Action.CountyRead, { kind: 'county', countyId }, countyId);
    const scope = dataScopeOf(p);
    const county = await this.directory.county(scope, countyId);
    if (!county) throw new CountyNotFound(countyId);
    const ids = [
      county.propagandaUnitId,
      county.cyberspaceUnitId,
      county.policeUnitId,
      county.stateSecurityUnitId,
    ].filter((x): x is string => !!x);
    const units = await this.directory.unitsByIds(scope, ids);
    return toCountyType(county, new Map(units.map((u) => [u.unitId, u])));
  }
}

/** Fields of a unit that need another read. */
@Resolver(() => UnitType)
@UseGuards(AuthenticatedGuard)
export class UnitFieldsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitType, { nullable: true, description: '上级单位 / Parent unit' })
  async parent(@CurrentPrincipal() p: Principal, @Parent() unit: UnitType): Promise<UnitType | null> {
    if (!unit.parentId) return null;
    const parent = await this.directory.unit(dataScopeOf(p), unit.parentId);
    return parent ? toUnitType(parent) : null;
  }
}
