import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Action,
  AuthenticatedGuard,
  authorize,
  decide,
  CommandCtx,
  CurrentPrincipal,
  dataScopeOf,
  Principal,
} from '@app/access';
import { groupBy, Loaders, registerLabelledEnum, RequestLoaders } from '@app/graphql';
import { IncidentType } from '@app/incidents';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory, unitSummaries, UnitSummaryType } from '@app/organization';
import { ApproveStatementCommand } from '../commands/approve-statement/approve-statement.command';
import { DraftStatementCommand } from '../commands/draft-statement/draft-statement.command';
import { PublishStatementCommand } from '../commands/publish-statement/publish-statement.command';
import { RejectStatementCommand } from '../commands/reject-statement/reject-statement.command';
import { ReviseStatementCommand } from '../commands/revise-statement/revise-statement.command';
import { ACTION_OF_STATEMENT_STEP, statementTarget } from '../commands/statement.service';
import {
  allowedStatementSteps,
  GUIDANCE_TIER_LABELS,
  GuidanceTier,
  STATEMENT_KIND_LABELS,
  STATEMENT_STATUS_LABELS,
  StatementKind,
  StatementStatus,
} from '../domain/statement.decider';
import { StatementView } from '../projections/statement-view.entity';
import { StatementReader } from '../queries/statement-reader';
import { StatementNotFound } from '../domain/statement.errors';

registerLabelledEnum(StatementKind, 'StatementKind', '稿件类型 / Statement kind', STATEMENT_KIND_LABELS);
registerLabelledEnum(GuidanceTier, 'GuidanceTier', '引导层级（002）/ Guidance tier', GUIDANCE_TIER_LABELS);
registerLabelledEnum(
  StatementStatus,
  'StatementStatus',
  '稿件状态 / Statement status',
  STATEMENT_STATUS_LABELS,
);

/** What a statement allows its viewer to do next (`Statement.allowedActions`). */
export enum StatementAction {
  reviseStatement = 'reviseStatement',
  approveStatement = 'approveStatement',
  rejectStatement = 'rejectStatement',
  publishStatement = 'publishStatement',
  /** Attach a file (attachFile, recordKind STATEMENT): not a step of the statement, so in any status. */
  attachFile = 'attachFile',
}
registerLabelledEnum(
  StatementAction,
  'StatementAction',
  '稿件可执行的操作 / What the statement allows next',
  {
    reviseStatement: { zh: '修改', en: 'reviseStatement' },
    approveStatement: { zh: '审核通过', en: 'approveStatement' },
    rejectStatement: { zh: '退回修改', en: 'rejectStatement' },
    publishStatement: { zh: '发布', en: 'publishStatement' },
    attachFile: { zh: '添加附件', en: 'attachFile' },
  },
);
const STATEMENT_ACTION_OF_STEP = {
  ReviseStatement: StatementAction.reviseStatement,
  ApproveStatement: StatementAction.approveStatement,
  RejectStatement: StatementAction.rejectStatement,
  PublishStatement: StatementAction.publishStatement,
} as const;

/** The state's answer (which steps its status allows) and the access policy's (who may take them) together. */
const statementActions = (s: StatementView, p: Principal): StatementAction[] => [
  ...allowedStatementSteps(s.status as StatementStatus)
    .filter((step) => decide(p, ACTION_OF_STATEMENT_STEP[step], statementTarget(s)).allowed)
    .map((step) => STATEMENT_ACTION_OF_STEP[step]),
  ...(decide(p, Action.EvidenceAttach, statementTarget(s)).allowed ? [StatementAction.attachFile] : []),
];

@ObjectType('StatementRejection')
class StatementRejectionType {
  @Field()
  reason!: string;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('Statement', {
  description: '口径或通稿：起草、宣传部审核、发言人发布 / Wording or press release',
})
export class StatementType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => GuidanceTier)
  tier!: GuidanceTier;

  @Field()
  title!: string;

  @Field()
  content!: string;

  @Field(() => StatementStatus)
  status!: StatementStatus;

  @Field(() => ID)
  draftingUnitId!: string;

  @Field(() => ID)
  draftedBy!: string;

  @Field()
  draftedAt!: Date;

  @Field(() => ID, { nullable: true })
  approvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  publishedBy!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [String], { description: '发布渠道 / Channels' })
  channels!: string[];

  @Field(() => [StatementRejectionType])
  rejections!: StatementRejectionType[];

  @Field(() => [StatementAction], { description: '当前可执行的操作 / What the statement allows you next' })
  allowedActions!: StatementAction[];

  @Field(() => Int)
  version!: number;
}

export const toStatementType = (s: StatementView, p: Principal): StatementType => ({
  id: s.statementId,
  incidentId: s.incidentId,
  kind: s.kind as StatementKind,
  tier: s.tier as GuidanceTier,
  title: s.title,
  content: s.content,
  status: s.status as StatementStatus,
  draftingUnitId: s.draftingUnitId,
  draftedBy: s.draftedBy,
  draftedAt: s.draftedAt,
  approvedBy: s.approvedBy,
  approvedAt: s.approvedAt,
  publishedBy: s.publishedBy,
  publishedAt: s.publishedAt,
  channels: s.channels,
  rejections: s.rejections.map((r) => ({ ...r, at: new Date(r.at) })),
  allowedActions: statementActions(s, p),
  version: s.version,
});

@InputType('DraftStatementInput', { description: '起草口径或通稿 / Draft wording or a press release' })
export class DraftStatementInput {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => GuidanceTier)
  tier!: GuidanceTier;

  @Field()
  title!: string;

  @Field()
  content!: string;
}

@InputType({ isAbstract: true })
class StatementStep {
  @Field(() => ID)
  statementId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType('ReviseStatementInput')
export class ReviseStatementInput extends StatementStep {
  @Field()
  title!: string;

  @Field()
  content!: string;
}

@InputType('ApproveStatementInput', { description: '宣传部审核通过或退回修改 / Approve or send back' })
export class ApproveStatementInput extends StatementStep {
  @Field({ defaultValue: true })
  approve!: boolean;

  @Field({
    description:
      '理由：退回修改时不能为空（INPUT.REASON_REQUIRED），通过时可填说明或留空 / Reason: must not be blank when sending back; may be blank when approving',
  })
  reason!: string;
}

@InputType('PublishStatementInput', { description: '新闻发言人发布 / Publish (spokesperson)' })
export class PublishStatementInput extends StatementStep {
  @Field(() => [String], { defaultValue: [], description: '发布渠道 / Channels' })
  channels!: string[];
}

/** The version the caller saw, if it said (VERSION_CONFLICT when the statement moved since). */
const ev = (i: { expectedVersion?: number | null }): number | undefined => i.expectedVersion ?? undefined;

@Resolver(() => StatementType)
@UseGuards(AuthenticatedGuard)
export class StatementResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StatementReader,
  ) {}

  @Mutation(() => StatementType, { description: '起草口径/通稿 / Draft' })
  async draftStatement(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: DraftStatementInput,
  ) {
    const { incidentId, kind, tier, title, content } = i;
    const id = await this.commands.execute(
      new DraftStatementCommand(p, { incidentId, kind, tier, title, content }, ctx),
    );
    return this.read(p, id);
  }

  @Mutation(() => StatementType, { description: '修改退回的稿件 / Revise' })
  async reviseStatement(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReviseStatementInput,
  ) {
    const input = { title: i.title, content: i.content };
    await this.commands.execute(new ReviseStatementCommand(p, i.statementId, input, ev(i), ctx));
    return this.read(p, i.statementId);
  }

  @Mutation(() => StatementType, { description: '宣传部审核 / Approve (propaganda department)' })
  async approveStatement(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ApproveStatementInput,
  ) {
    // One mutation, two commands: the department's verdict decides which.
    await this.commands.execute(
      i.approve
        ? new ApproveStatementCommand(p, i.statementId, { note: i.reason }, ev(i), ctx)
        : new RejectStatementCommand(p, i.statementId, { reason: i.reason }, ev(i), ctx),
    );
    return this.read(p, i.statementId);
  }

  @Mutation(() => StatementType, { description: '新闻发言人发布 / Publish (spokesperson)' })
  async publishStatement(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: PublishStatementInput,
  ) {
    const input = { channels: i.channels };
    await this.commands.execute(new PublishStatementCommand(p, i.statementId, input, ev(i), ctx));
    return this.read(p, i.statementId);
  }

  @Query(() => [StatementType], {
    description: '可见的口径/通稿（可按状态筛选，如待审核）/ Statements you may see',
  })
  async statements(
    @CurrentPrincipal() p: Principal,
    @Args('status', { type: () => [StatementStatus], nullable: true }) status?: StatementStatus[],
  ) {
    return (await this.reader.list(dataScopeOf(p), status)).map((s) => toStatementType(s, p));
  }

  private async read(p: Principal, id: string): Promise<StatementType> {
    const s = await this.reader.byId(dataScopeOf(p), id);
    if (!s) throw new StatementNotFound(id);
    authorize(p, Action.StatementRead, statementTarget(s), id);
    return toStatementType(s, p);
  }
}

@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentStatementsResolver {
  constructor(private readonly reader: StatementReader) {}

  @ResolveField(() => [StatementType], { description: '口径/通稿 / Statements' })
  async statements(
    @Parent() incident: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ): Promise<StatementType[]> {
    const scope = dataScopeOf(p);
    const rows = await loaders
      .get<StatementView[]>(
        `statements:${p.userId}`,
        async (ids) => groupBy(await this.reader.ofIncidents(scope, ids), (s) => s.incidentId),
        [],
      )
      .load(incident.id);
    return rows.map((s) => toStatementType(s, p));
  }
}

/** The unit that drafted a statement, with its name and kind (one batched query per request; issue 27). */
@Resolver(() => StatementType)
@UseGuards(AuthenticatedGuard)
export class StatementUnitsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '起草单位 / Drafted by' })
  draftingUnit(@Parent() s: StatementType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(s.draftingUnitId);
  }
}
