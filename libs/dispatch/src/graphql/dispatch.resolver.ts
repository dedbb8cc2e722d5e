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
} from '@app/access';
import { Loaders, RequestLoaders } from '@app/graphql';
import { IncidentType, toIncidentType, callerMay, IncidentCommandService } from '@app/incidents';
import { Clock, CommandContext } from '@app/kernel';
import { CancelTaskCommand } from '../commands/cancel-task/cancel-task.command';
import { DecideTaskExtensionCommand } from '../commands/decide-task-extension/decide-task-extension.command';
import { DispatchTaskCommand } from '../commands/dispatch-task/dispatch-task.command';
import { HandInTaskCommand } from '../commands/hand-in-task/hand-in-task.command';
import { RecordJointConferenceCommand } from '../commands/record-joint-conference/record-joint-conference.command';
import { RedispatchTaskCommand } from '../commands/redispatch-task/redispatch-task.command';
import { ReferToPoliceCommand } from '../commands/refer-to-police/refer-to-police.command';
import { RemindTaskCommand } from '../commands/remind-task/remind-task.command';
import { ReportTaskProgressCommand } from '../commands/report-task-progress/report-task-progress.command';
import { RequestTaskExtensionCommand } from '../commands/request-task-extension/request-task-extension.command';
import { ReturnTaskCommand } from '../commands/return-task/return-task.command';
import { ReviewTaskCommand } from '../commands/review-task/review-task.command';
import { SendRiskLetterCommand } from '../commands/send-risk-letter/send-risk-letter.command';
import { SignRiskLetterCommand } from '../commands/sign-risk-letter/sign-risk-letter.command';
import { SignTaskCommand } from '../commands/sign-task/sign-task.command';
import { NameTaskResponsibleCommand } from '../commands/name-task-responsible/name-task-responsible.command';
import { SuperviseTaskCommand } from '../commands/supervise-task/supervise-task.command';
import { TaskStepCommand } from '../commands/task-step';
import { letterTarget, taskTarget } from '../queries/dispatch-facts';
import { LetterNotFound, TaskNotFound } from '../domain/dispatch.errors';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';
import { DispatchReader } from '../queries/dispatch-reader';
import {
  CancelTaskInput,
  DecideTaskExtensionInput,
  DispatchTaskInput,
  HandInTaskInput,
  RecordJointConferenceInput,
  RedispatchTaskInput,
  ReferToPoliceInput,
  RemindTaskInput,
  ReportTaskProgressInput,
  RequestTaskExtensionInput,
  ReturnTaskInput,
  ReviewTaskInput,
  SendRiskLetterInput,
  SignTaskInput,
  NameTaskResponsibleInput,
  SuperviseTaskInput,
} from './dispatch.inputs';
import { toLetterType, toTaskType } from './dispatch.mapper';
import { RiskLetterType, TaskType } from './dispatch.types';

/** 一函四单 over GraphQL: each mutation parses, runs its command (commands/<verb-noun>/), and returns what changed. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class DispatchResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: DispatchReader,
    private readonly incidents: IncidentCommandService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RiskLetterType, { description: '发送网络风险提示函（一函）/ Send a risk letter' })
  async sendRiskLetter(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: SendRiskLetterInput,
  ) {
    const {
      incidentId,
      recipientUnitIds,
      receiptDueAt,
      title,
      risk,
      level,
      scope,
      watchPoints,
      requestedMeasures,
    } = i;
    const id = await this.commands.execute(
      new SendRiskLetterCommand(
        p,
        {
          incidentId: incidentId ?? null,
          recipientUnitIds,
          receiptDueAt: receiptDueAt ?? undefined,
          content: { title, risk, level, scope, watchPoints, requestedMeasures },
        },
        ctx,
      ),
    );
    return this.letter(p, id);
  }

  @Mutation(() => RiskLetterType, { description: '签收风险提示函 / Sign for a risk letter' })
  async signRiskLetter(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('letterId', { type: () => ID }) letterId: string,
  ) {
    await this.commands.execute(new SignRiskLetterCommand(p, letterId, ctx));
    return this.letter(p, letterId);
  }

  @Query(() => RiskLetterType, { description: '一份风险提示函及签收情况 / A risk letter and its receipts' })
  riskLetter(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.letter(p, id);
  }

  @Mutation(() => TaskType, { description: '派单 / Dispatch a task' })
  async dispatchTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: DispatchTaskInput,
  ) {
    const id = await this.commands.execute(
      new DispatchTaskCommand(p, { ...i, dueAt: i.dueAt ?? undefined }, ctx),
    );
    return this.task(p, id);
  }

  @Mutation(() => TaskType, { description: '移交公安依法处置（为公安生成工单）/ Refer to the police' })
  async referToPolice(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReferToPoliceInput,
  ) {
    const id = await this.commands.execute(
      new ReferToPoliceCommand(p, { ...i, dueAt: i.dueAt ?? undefined }, ctx),
    );
    return this.task(p, id);
  }

  @Mutation(() => IncidentType, {
    description: '记录联席会议并派出会后工单 / Record a joint conference and dispatch its follow-ups',
  })
  async recordJointConference(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RecordJointConferenceInput,
  ) {
    await this.commands.execute(
      new RecordJointConferenceCommand(
        p,
        {
          incidentId: i.incidentId,
          heldAt: i.heldAt,
          participants: i.participants,
          participantUnitIds: i.participantUnitIds,
          decisions: i.decisions,
          followUps: i.followUpTasks.map((f) => ({ ...f, dueAt: f.dueAt ?? undefined })),
        },
        ctx,
      ),
    );
    const view = await this.incidents.authorized(p, i.incidentId, Action.IncidentRead);
    return toIncidentType(view, callerMay(p, view));
  }

  @Mutation(() => TaskType, { description: '签收工单 / Sign for a task' })
  signTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: SignTaskInput,
  ) {
    return this.step(
      new SignTaskCommand(
        p,
        i.taskId,
        { responsibleUserId: i.responsibleUserId },
        ctx,
        i.expectedVersion ?? undefined,
      ),
    );
  }

  @Mutation(() => TaskType, { description: '变更责任人 / Name another person responsible for a task' })
  nameTaskResponsible(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: NameTaskResponsibleInput,
  ) {
    return this.step(
      new NameTaskResponsibleCommand(p, i.taskId, { userId: i.userId }, ctx, i.expectedVersion ?? undefined),
    );
  }

  @Mutation(() => TaskType, { description: '退回工单（说明理由）/ Return a task' })
  returnTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReturnTaskInput,
  ) {
    return this.step(
      new ReturnTaskCommand(p, i.taskId, { reason: i.reason }, ctx, i.expectedVersion ?? undefined),
    );
  }

  @Mutation(() => TaskType, { description: '转派给下属村（社区），仍由本乡镇负责 / Hand part to a village' })
  async redispatchTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RedispatchTaskInput,
  ) {
    const id = await this.commands.execute(
      new RedispatchTaskCommand(
        p,
        {
          parentTaskId: i.taskId,
          villageUnitId: i.villageUnitId,
          requirements: i.requirements,
          dueAt: i.dueAt ?? undefined,
        },
        ctx,
      ),
    );
    return this.task(p, id);
  }

  @Mutation(() => TaskType, { description: '报送办理进展 / Report progress' })
  reportTaskProgress(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReportTaskProgressInput,
  ) {
    const input = { online: i.online, offline: i.offline, note: i.note };
    return this.step(new ReportTaskProgressCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined));
  }

  @Mutation(() => TaskType, { description: '申请延期 / Ask for more time' })
  requestTaskExtension(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RequestTaskExtensionInput,
  ) {
    const input = { requestedDueAt: i.requestedDueAt, reason: i.reason };
    return this.step(
      new RequestTaskExtensionCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined),
    );
  }

  @Mutation(() => TaskType, { description: '审批延期 / Decide an extension' })
  decideTaskExtension(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: DecideTaskExtensionInput,
  ) {
    const input = { approve: i.approve, reason: i.reason };
    return this.step(new DecideTaskExtensionCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined));
  }

  @Mutation(() => TaskType, { description: '交单：书面反馈 / Hand in written feedback' })
  handInTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: HandInTaskInput,
  ) {
    const input = { factsFound: i.factsFound, measures: i.measures, result: i.result, evidence: i.evidence };
    return this.step(new HandInTaskCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined));
  }

  @Mutation(() => TaskType, { description: '审核交单：销号或退回重办 / Review: strike off or send back' })
  reviewTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReviewTaskInput,
  ) {
    const input = { accept: i.accept, reason: i.reason };
    return this.step(new ReviewTaskCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined));
  }

  @Mutation(() => TaskType, { description: '督办（舆情督报）/ Supervise' })
  superviseTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: SuperviseTaskInput,
  ) {
    const input = { content: i.content, replyDueAt: i.replyDueAt };
    return this.step(new SuperviseTaskCommand(p, i.taskId, input, ctx, i.expectedVersion ?? undefined));
  }

  @Mutation(() => TaskType, { description: '催办 / Remind' })
  remindTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RemindTaskInput,
  ) {
    return this.step(
      new RemindTaskCommand(p, i.taskId, { note: i.note }, ctx, i.expectedVersion ?? undefined),
    );
  }

  @Mutation(() => TaskType, { description: '撤销工单（说明理由）/ Cancel a task' })
  cancelTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: CancelTaskInput,
  ) {
    return this.step(
      new CancelTaskCommand(p, i.taskId, { reason: i.reason }, ctx, i.expectedVersion ?? undefined),
    );
  }

  @Query(() => TaskType, { description: '一张工单 / One task' })
  task(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.readTask(p, id);
  }

  /** One step on an existing task, then the task as the caller now sees it. */
  private async step(command: TaskStepCommand) {
    await this.commands.execute(command);
    return this.readTask(command.principal, command.taskId);
  }

  private async readTask(p: Principal, id: string): Promise<TaskType> {
    const t = /^[0-9a-f-]{36}$/i.test(id) ? await this.reader.task(dataScopeOf(p), id) : null;
    if (!t) throw new TaskNotFound(id);
    authorize(p, Action.TaskRead, taskTarget(t), id);
    return toTaskType(t, this.clock.now(), p);
  }

  private async letter(p: Principal, id: string): Promise<RiskLetterType> {
    const l = /^[0-9a-f-]{36}$/i.test(id) ? await this.reader.letter(dataScopeOf(p), id) : null;
    if (!l) throw new LetterNotFound(id);
    authorize(p, Action.LetterRead, letterTarget(l), id);
    return toLetterType(l, p);
  }
}

/** An incident's tasks and letters, batched per request (one query per list of incidents, not per incident). */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentDispatchFieldsResolver {
  constructor(
    private readonly reader: DispatchReader,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [TaskType], { description: '工单 / Tasks' })
  async tasks(
    @Parent() incident: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ): Promise<TaskType[]> {
    const scope = dataScopeOf(p);
    const rows = await loaders
      .get<TaskView[]>(`tasks:${p.userId}`, (ids) => this.reader.tasksByIncident(scope, ids), [])
      .load(incident.id);
    const now = this.clock.now();
    return rows.map((t) => toTaskType(t, now, p));
  }

  @ResolveField(() => [RiskLetterType], { description: '风险提示函 / Risk letters' })
  async letters(
    @Parent() incident: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ): Promise<RiskLetterType[]> {
    const scope = dataScopeOf(p);
    const rows = await loaders
      .get<LetterView[]>(`letters:${p.userId}`, (ids) => this.reader.lettersByIncident(scope, ids), [])
      .load(incident.id);
    return rows.map((l) => toLetterType(l, p));
  }
}
