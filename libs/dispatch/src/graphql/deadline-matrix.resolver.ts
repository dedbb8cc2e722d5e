import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  Args,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { registerLabelledEnum } from '@app/graphql';
import { Grade } from '@app/incidents';
import { CommandContext } from '@app/kernel';
import {
  CountyDeadlines,
  DEADLINE_STEP_LABELS,
  DEFAULT_COUNTY_DEADLINES,
  deadlineMatrix,
  DeadlinePolicyType,
  DeadlineStep,
  OrganizationDirectory,
  SetDeadlinePolicyCommand,
} from '@app/organization';

registerLabelledEnum(DeadlineStep, 'DeadlineStep', '时限环节 / Step of the loop', DEADLINE_STEP_LABELS);

@ObjectType('DeadlineStepRule', {
  description: '时限矩阵的一格：某等级某环节的时限 / One cell of the grade × step deadline matrix',
})
export class DeadlineStepRuleType {
  /** A Grade value (I–IV): stored as text by the organization library. */
  @Field(() => Grade)
  grade!: string;

  @Field(() => DeadlineStep)
  step!: DeadlineStep;

  @Field(() => Int, { description: '时限（分钟）/ Minutes' })
  minutes!: number;

  @Field({ description: '按工作时间计算 / Counts office hours of working days' })
  onWorkingTime!: boolean;

  @Field({ description: '本县自定（否则为默认）/ Set by the county (otherwise the default)' })
  custom!: boolean;
}

@InputType('DeadlineStepRuleInput')
export class DeadlineStepRuleInput {
  @Field(() => Grade)
  grade!: Grade;

  @Field(() => DeadlineStep)
  step!: DeadlineStep;

  @Field(() => Int, { description: '1–10080 分钟 / 1–10080 minutes' })
  minutes!: number;

  @Field({ defaultValue: false })
  onWorkingTime!: boolean;
}

@InputType('SetDeadlineRulesInput')
export class SetDeadlineRulesInput {
  @Field(() => [DeadlineStepRuleInput], {
    description:
      '本县自定的格子（其余按默认）；整体替换 / The cells the county sets (the rest default); replaces the set',
  })
  rules!: DeadlineStepRuleInput[];
}

/**
 * The county's grade × step deadline matrix (issue 5): read on `County.deadlinePolicy.matrix`, set cell by cell
 * with `setDeadlineRules` (county ADMIN). A change is a new policy version; tasks keep the one they were
 * dispatched under.
 */
@Resolver(() => DeadlinePolicyType)
export class DeadlineMatrixResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: OrganizationDirectory,
  ) {}

  @ResolveField(() => [DeadlineStepRuleType], {
    description: '时限矩阵：等级 × 环节（24 格）/ The deadline matrix: grade × step (24 cells)',
  })
  matrix(@Parent() policy: DeadlinePolicyType): DeadlineStepRuleType[] {
    return deadlineMatrix(policy);
  }

  @Mutation(() => [DeadlineStepRuleType], {
    description:
      '设置时限矩阵（县管理员）：各等级各环节的时限与计时方式 / Set the deadline matrix (county ADMIN): minutes and clock per grade and step',
  })
  @UseGuards(AuthenticatedGuard)
  async setDeadlineRules(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetDeadlineRulesInput,
  ): Promise<DeadlineStepRuleType[]> {
    const countyId = p.countyId ?? '';
    const county = countyId ? await this.directory.countyFacts(countyId) : null;
    const current = county?.deadlinePolicy ?? null;
    const deadlines: CountyDeadlines = {
      ...DEFAULT_COUNTY_DEADLINES,
      ...(current ?? {}),
      rules: input.rules.map((r) => ({ ...r })),
      timers: current?.timers ?? {},
    };
    delete deadlines.version;
    await this.commands.execute(
      // Merged with what was read: a change meanwhile answers VERSION_CONFLICT instead of being lost.
      new SetDeadlinePolicyCommand(p, countyId, deadlines, ctx, county?.version),
    );
    const after = (await this.directory.countyFacts(countyId))?.deadlinePolicy ?? null;
    return deadlineMatrix(after);
  }
}
