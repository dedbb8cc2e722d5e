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
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Action,
  AuthenticatedGuard,
  CommandCtx,
  CurrentPrincipal,
  dataScopeOf,
  decide,
  Principal,
} from '@app/access';
import { groupBy, Loaders, registerLabelledEnum, RequestLoaders } from '@app/graphql';
import { IncidentCommandService, incidentTarget, IncidentType } from '@app/incidents';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory, unitSummaries, UnitSummaryType } from '@app/organization';
import { RecordTakedownAnswerCommand } from '../commands/record-takedown-answer/record-takedown-answer.command';
import { SendTakedownRequestCommand } from '../commands/send-takedown-request/send-takedown-request.command';
import { awaitsAnswer } from '../domain/takedown-request.decider';
import { TAKEDOWN_ANSWER_LABELS, TakedownAnswer } from '../domain/takedown-request.events';
import { TakedownNotFound } from '../domain/takedown.errors';
import { TakedownRequestView } from '../projections/takedown-request-view.entity';
import { TakedownReader } from '../queries/takedown-reader';

registerLabelledEnum(
  TakedownAnswer,
  'TakedownAnswer',
  '平台答复 / The platform’s answer',
  TAKEDOWN_ANSWER_LABELS,
);

/** What a takedown request allows its viewer to do next. */
export enum TakedownAction {
  recordTakedownAnswer = 'recordTakedownAnswer',
}
registerLabelledEnum(TakedownAction, 'TakedownAction', '函告可执行的操作 / What the request allows next', {
  recordTakedownAnswer: { zh: '登记平台答复', en: 'recordTakedownAnswer' },
});

@ObjectType('TakedownRequest', {
  description: '函告网站（000 §三4）/ A takedown request to an outside platform',
})
export class TakedownRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => ID, { description: '发函单位 / Sent by' })
  sendingUnitId!: string;

  @Field({ description: '网站或平台名称 / The platform, by name' })
  platform!: string;

  @Field(() => [String], { description: '贴文链接 / The items’ links' })
  itemUrls!: string[];

  @Field({ description: '函告内容 / What is asked' })
  request!: string;

  @Field()
  sentAt!: Date;

  @Field(() => TakedownAnswer, {
    nullable: true,
    description: '平台答复（未登记时为空）/ The answer, once recorded',
  })
  answer!: TakedownAnswer | null;

  @Field(() => String, { nullable: true })
  answerNote!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [TakedownAction])
  allowedActions!: TakedownAction[];
}

@InputType('SendTakedownRequestInput', { description: '函告网站 / Ask a platform to take items down' })
export class SendTakedownRequestInput {
  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '网站或平台名称 / The platform, by name' })
  platform!: string;

  @Field(() => [String], { description: '贴文链接 / The items’ links' })
  itemUrls!: string[];

  @Field({ description: '函告内容 / What is asked and why' })
  request!: string;
}

@InputType('RecordTakedownAnswerInput', { description: '登记平台答复 / Record the platform’s answer' })
export class RecordTakedownAnswerInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => TakedownAnswer)
  answer!: TakedownAnswer;

  @Field({ defaultValue: '', description: '说明 / Note' })
  note!: string;
}

@Resolver(() => TakedownRequestType)
@UseGuards(AuthenticatedGuard)
export class TakedownResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: TakedownReader,
    private readonly incidents: IncidentCommandService,
    private readonly directory: OrganizationDirectory,
  ) {}

  @Mutation(() => TakedownRequestType, { description: '函告网站 / Send a takedown request' })
  async sendTakedownRequest(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SendTakedownRequestInput,
  ): Promise<TakedownRequestType> {
    const id = await this.commands.execute(new SendTakedownRequestCommand(p, input, ctx));
    return this.one(p, id);
  }

  @Mutation(() => TakedownRequestType, { description: '登记平台答复 / Record the platform’s answer' })
  async recordTakedownAnswer(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RecordTakedownAnswerInput,
  ): Promise<TakedownRequestType> {
    await this.commands.execute(new RecordTakedownAnswerCommand(p, input, ctx));
    return this.one(p, input.requestId);
  }

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '发函单位 / Sent by' })
  sendingUnit(@Parent() r: TakedownRequestType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(r.sendingUnitId);
  }

  private async one(p: Principal, id: string): Promise<TakedownRequestType> {
    const row = await this.reader.byId(dataScopeOf(p), id);
    if (!row) throw new TakedownNotFound(id);
    return toTakedownType(row, await this.mayAnswer(p, row));
  }

  private async mayAnswer(p: Principal, row: TakedownRequestView): Promise<boolean> {
    if (row.sendingUnitId !== p.unitId || !awaitsAnswer(row.answer as TakedownAnswer | null)) return false;
    const incident = await this.incidents.facts(row.incidentId);
    return decide(p, Action.TakedownSend, incidentTarget(incident)).allowed;
  }
}

/** 函告网站 on the incident: its requests and their answers, oldest first. */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentTakedownsResolver {
  constructor(
    private readonly reader: TakedownReader,
    private readonly incidents: IncidentCommandService,
  ) {}

  @ResolveField(() => [TakedownRequestType], { description: '函告网站 / Takedown requests' })
  async takedownRequests(
    @Parent() incident: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ): Promise<TakedownRequestType[]> {
    const scope = dataScopeOf(p);
    const rows = await loaders
      .get<TakedownRequestView[]>(
        `takedowns:${p.userId}`,
        async (ids) => groupBy(await this.reader.ofIncidents(scope, ids), (r) => r.incidentId),
        [],
      )
      .load(incident.id);
    if (!rows.length) return [];
    const may = decide(
      p,
      Action.TakedownSend,
      incidentTarget(await this.incidents.facts(incident.id)),
    ).allowed;
    return rows.map((r) =>
      toTakedownType(
        r,
        may && r.sendingUnitId === p.unitId && awaitsAnswer(r.answer as TakedownAnswer | null),
      ),
    );
  }
}

function toTakedownType(r: TakedownRequestView, mayAnswer: boolean): TakedownRequestType {
  return {
    id: r.requestId,
    incidentId: r.incidentId,
    sendingUnitId: r.sendingUnitId,
    platform: r.platform,
    itemUrls: r.itemUrls,
    request: r.request,
    sentAt: r.sentAt,
    answer: r.answer as TakedownAnswer | null,
    answerNote: r.answerNote,
    answeredAt: r.answeredAt,
    version: r.version,
    allowedActions: mayAnswer ? [TakedownAction.recordTakedownAnswer] : [],
  };
}
