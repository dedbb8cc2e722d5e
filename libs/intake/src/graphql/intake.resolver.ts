import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Connection } from '@app/graphql';
import { CommandContext } from '@app/kernel';
import { ConfigureIntakeSourceCommand } from '../commands/configure-intake-source/configure-intake-source.command';
import { IntakeDecision } from '../commands/decide-intake-item/decide-intake-item.command';
import { DecideIntakeItemsCommand } from '../commands/decide-intake-items/decide-intake-items.command';
import { EnterIntakeItemCommand } from '../commands/enter-intake-item/enter-intake-item.command';
import { RotateIntakeSourceKeyCommand } from '../commands/rotate-intake-source-key/rotate-intake-source-key.command';
import {
  ImportIntakeFileCommand,
  IntakeImportOutcome,
} from '../commands/import-intake-file/import-intake-file.command';
import { SetIntakeColumnMappingCommand } from '../commands/set-intake-column-mapping/set-intake-column-mapping.command';
import { AddWatchEntryCommand } from '../commands/add-watch-entry/add-watch-entry.command';
import { ChangeWatchEntryCommand } from '../commands/change-watch-entry/change-watch-entry.command';
import { RetireWatchEntryCommand } from '../commands/retire-watch-entry/retire-watch-entry.command';
import { MarkIntakeItemRepliedCommand } from '../commands/mark-intake-item-replied/mark-intake-item-replied.command';
import { IntakeQueries } from '../queries/intake-queries';
import {
  ArchiveIntakeItemsInput,
  MarkIntakeItemRepliedInput,
  AttachIntakeItemsInput,
  ConfigureIntakeSourceInput,
  EnterIntakeItemInput,
  IntakeDecisionOutcomeType,
  IntakeFileInput,
  IntakeImportType,
  SetIntakeColumnMappingInput,
  IntakeItemConnection,
  IntakeItemType,
  IntakeRegistrationType,
  IntakeSourceType,
  IntakeWatchEntryInput,
  IntakeWatchEntryType,
  IssuedIntakeKeyType,
  RegisterIntakeItemsInput,
} from './intake.types';

/** 舆情线索: the county's sources, the centre's queue and its decisions, a unit's hand entries. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class IntakeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: IntakeQueries,
  ) {}

  @Query(() => [IntakeSourceType], { description: '本县线索来源 / The county’s intake sources' })
  intakeSources(@CurrentPrincipal() p: Principal): Promise<IntakeSourceType[]> {
    return this.queries.sources(p);
  }

  @Query(() => IntakeItemConnection, {
    description: '待研判的舆情线索（关注命中在前，新的在前）/ Items waiting for triage',
  })
  intakeQueue(
    @CurrentPrincipal() p: Principal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<IntakeItemType>> {
    return this.queries.queue(p, first, after);
  }

  @Query(() => IntakeItemConnection, {
    description:
      '留言待回复：有回复时限、尚未标记回复的留言板/信箱留言（无论是否已研判），时限近的在前 / Messages awaiting their reply',
  })
  intakeAwaitingReplies(
    @CurrentPrincipal() p: Principal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<IntakeItemType>> {
    return this.queries.awaitingReplies(p, first, after);
  }

  @Query(() => IntakeItemType, { description: '一条舆情线索 / One item' })
  intakeItem(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IntakeItemType> {
    return this.queries.item(p, id);
  }

  @Query(() => [IntakeWatchEntryType], {
    description: '本县关注清单/风险库（默认仅生效中的条目）/ The county’s watch list',
  })
  intakeWatchList(
    @CurrentPrincipal() p: Principal,
    @Args('includeRetired', { type: () => Boolean, nullable: true }) includeRetired?: boolean,
  ): Promise<IntakeWatchEntryType[]> {
    return this.queries.watchList(p, includeRetired ?? false, new Date());
  }

  @Mutation(() => IntakeWatchEntryType, {
    description: '添加关注清单条目（县网信办）/ Add a watch-list entry',
  })
  async addIntakeWatchEntry(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: IntakeWatchEntryInput,
  ): Promise<IntakeWatchEntryType> {
    const id = await this.commands.execute(new AddWatchEntryCommand(p, input, ctx));
    return this.queries.watchEntry(p, id, ctx.now);
  }

  @Mutation(() => IntakeWatchEntryType, {
    description: '修改关注清单条目（已命中的线索保留原记录）/ Change a watch-list entry',
  })
  async changeIntakeWatchEntry(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('entryId', { type: () => ID }) entryId: string,
    @Args('input') input: IntakeWatchEntryInput,
  ): Promise<IntakeWatchEntryType> {
    await this.commands.execute(new ChangeWatchEntryCommand(p, entryId, input, ctx));
    return this.queries.watchEntry(p, entryId, ctx.now);
  }

  @Mutation(() => IntakeWatchEntryType, {
    description: '停用关注清单条目：新线索不再命中，已命中的保留 / Retire a watch-list entry',
  })
  async retireIntakeWatchEntry(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('entryId', { type: () => ID }) entryId: string,
  ): Promise<IntakeWatchEntryType> {
    await this.commands.execute(new RetireWatchEntryCommand(p, entryId, ctx));
    return this.queries.watchEntry(p, entryId, ctx.now);
  }

  @Mutation(() => IntakeSourceType, { description: '配置线索来源（县系统管理员）/ Configure a source' })
  async configureIntakeSource(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ConfigureIntakeSourceInput,
  ): Promise<IntakeSourceType> {
    const id = await this.commands.execute(new ConfigureIntakeSourceCommand(p, input, ctx));
    return this.queries.source(p, id);
  }

  @Mutation(() => IssuedIntakeKeyType, {
    description:
      '生成或更换来源的接入密钥，旧密钥立即失效（县系统管理员）/ Issue or rotate a source’s API key',
  })
  async rotateIntakeSourceKey(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('sourceId', { type: () => ID }) sourceId: string,
  ): Promise<IssuedIntakeKeyType> {
    const key = await this.commands.execute(new RotateIntakeSourceKeyCommand(p, sourceId, ctx));
    return { key, source: await this.queries.source(p, sourceId) };
  }

  @Mutation(() => IntakeItemType, { description: '人工录入线索（本单位）/ Enter an item by hand' })
  async enterIntakeItem(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: EnterIntakeItemInput,
  ): Promise<IntakeItemType> {
    const id = await this.commands.execute(
      new EnterIntakeItemCommand(
        p,
        {
          ...input,
          publishedAt: input.publishedAt.toISOString(),
          replyDueAt: input.replyDueAt?.toISOString(),
          spread: input.spread ?? undefined,
        },
        ctx,
      ),
    );
    return this.queries.item(p, id);
  }

  @Mutation(() => IntakeRegistrationType, {
    description: '登记为新事件（预填；多条时其余并入）/ Register items as a new incident',
  })
  async registerIntakeItems(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RegisterIntakeItemsInput,
  ): Promise<IntakeRegistrationType> {
    const { title, excerpt, confidential } = input;
    const r = await this.decide(p, ctx, input.itemIds, { kind: 'register', title, excerpt, confidential });
    return { incidentId: r.incidentId!, outcomes: r.outcomes };
  }

  @Mutation(() => [IntakeDecisionOutcomeType], { description: '并入已有事件 / Attach items to an incident' })
  async attachIntakeItems(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: AttachIntakeItemsInput,
  ): Promise<IntakeDecisionOutcomeType[]> {
    return (await this.decide(p, ctx, input.itemIds, { kind: 'attach', incidentId: input.incidentId }))
      .outcomes;
  }

  @Mutation(() => [IntakeDecisionOutcomeType], {
    description: '归档并说明理由 / Archive items with a reason',
  })
  async archiveIntakeItems(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ArchiveIntakeItemsInput,
  ): Promise<IntakeDecisionOutcomeType[]> {
    return (await this.decide(p, ctx, input.itemIds, { kind: 'archive', reason: input.reason })).outcomes;
  }

  @Mutation(() => IntakeItemType, {
    description:
      '标记留言已回复（领导留言板、书记县长信箱；回复提醒随之停止）/ Mark a message answered (its reminders stop)',
  })
  async markIntakeItemReplied(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: MarkIntakeItemRepliedInput,
  ): Promise<IntakeItemType> {
    await this.commands.execute(new MarkIntakeItemRepliedCommand(p, input.itemId, input.note, ctx));
    return this.queries.item(p, input.itemId);
  }

  @Mutation(() => IntakeSourceType, {
    description: '保存来源的导入列对应关系（县系统管理员）/ Save a column mapping',
  })
  async setIntakeColumnMapping(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetIntakeColumnMappingInput,
  ): Promise<IntakeSourceType> {
    const mapping = Object.fromEntries(input.columns.map((c) => [c.field, c.column]));
    await this.commands.execute(new SetIntakeColumnMappingCommand(p, input.sourceId, mapping, ctx));
    return this.queries.source(p, input.sourceId);
  }

  @Mutation(() => IntakeImportType, {
    description: '预览导入：列出可导入的行和每个不能导入的行及原因，不保存 / Preview an import',
  })
  async previewIntakeImport(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: IntakeFileInput,
  ): Promise<IntakeImportType> {
    return toImport(
      await this.commands.execute(
        new ImportIntakeFileCommand(
          p,
          input.sourceId,
          input.fileName,
          Buffer.from(input.contentBase64, 'base64'),
          false,
          ctx,
        ),
      ),
    );
  }

  @Mutation(() => IntakeImportType, { description: '导入可导入的行（其余行列出原因）/ Import the good rows' })
  async importIntakeFile(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: IntakeFileInput,
  ): Promise<IntakeImportType> {
    return toImport(
      await this.commands.execute(
        new ImportIntakeFileCommand(
          p,
          input.sourceId,
          input.fileName,
          Buffer.from(input.contentBase64, 'base64'),
          true,
          ctx,
        ),
      ),
    );
  }

  private async decide(p: Principal, ctx: CommandContext, itemIds: string[], decision: IntakeDecision) {
    const r = await this.commands.execute(new DecideIntakeItemsCommand(p, itemIds, decision, ctx));
    const outcomes: IntakeDecisionOutcomeType[] = [];
    for (const o of r.outcomes)
      outcomes.push({
        itemId: o.itemId,
        item: o.error ? null : await this.queries.item(p, o.itemId),
        errorCode: o.error?.code ?? null,
        errorReason: o.error?.reason ?? null,
        errorMessage: o.error?.localized.zh ?? null,
      });
    return { incidentId: r.incidentId, outcomes };
  }
}

/** Each refused row's problems as the console shows them (Chinese; the field path says which column). */
const toImport = (o: IntakeImportOutcome): IntakeImportType => ({
  ...o,
  accepted: o.accepted.map(({ row, item }) => ({
    row,
    url: item.url,
    platform: item.platform,
    author: item.author,
    title: item.title,
    publishedAt: item.publishedAt,
  })),
  refused: o.refused.map((r) => ({
    row: r.row,
    problems: r.problems.map((p) => ({ field: p.field, message: p.message.zh })),
  })),
});
