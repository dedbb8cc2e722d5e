import { Inject, Injectable } from '@nestjs/common';
import { Action, authorize, Principal, SYSTEM_SCOPE } from '@app/access';
import {
  EventRow,
  LOG_INTEGRITY,
  LogIntegrity,
  LogVerifier,
  RecordedEvent,
  VerificationReport,
  WitnessedHead,
} from '@app/event-store';
import { INBOX_CHANGE_LABELS, INBOX_STREAM_TYPE, InboxItemArrivedData } from '@app/inbox';
import { historyLine, IncidentCommandService, IncidentEventType, TimelineRegistry } from '@app/incidents';
import { TASK_STREAM_TYPE, taskStreamId } from '@app/dispatch';
import {
  beijingFileStamp,
  Clock,
  fileNamePart,
  LocalizedMessage,
  mentionedUnits,
  problem,
  renderMentions,
  ValidationFailed,
} from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { summarize, TaskCompliance, taskCompliance } from '../domain/deadline-compliance';
import { historyKindOf, HistoryKind } from '../domain/history-kind';
import { wholeStreamsOf } from '../domain/incident-streams';
import { incidentAsOf, IncidentAsOf } from '../domain/incident-as-of';
import { AuditBundle } from '../export/audit-bundle';
import { BundleCheck, checkBundleFile } from '../export/bundle-check';
import { BundleExporter } from '../export/bundle-exporter';
import { INCIDENT_EVENTS_SQL, IncidentLog } from './incident-log';

export interface HistoryEntry {
  position: string;
  at: Date;
  kind: HistoryKind;
  type: string;
  streamId: string;
  streamVersion: number;
  actorUserId: string;
  actorName: string | null;
  actorUnitId: string;
  actorUnitName: string | null;
  command: string;
  correlationId: string;
  causationId: string | null;
  action: string;
  actionEn: string;
  description: string;
  descriptionEn: string;
  refId: string | null;
  hash: string;
  /** Units the line concerns: who acted, whose task it is, whose inbox it reached. */
  unitIds: string[];
}

export interface HistoryFilter {
  unitIds?: string[];
  kinds?: HistoryKind[];
}

const MAX_PERIOD_DAYS = 366;

/**
 * What auditors ask of an incident and of the log: its history, its state at a moment, deadline compliance, and
 * whether the record is intact. Everything is read from the event log itself; the access policy decides first.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly log: IncidentLog,
    private readonly incidents: IncidentCommandService,
    private readonly timeline: TimelineRegistry,
    private readonly organization: OrganizationDirectory,
    private readonly verifier: LogVerifier,
    private readonly clock: Clock,
    @Inject(LOG_INTEGRITY) private readonly integrity: LogIntegrity,
    private readonly exporter: BundleExporter,
  ) {}

  async history(
    p: Principal,
    incidentId: string,
    filter: HistoryFilter = {},
  ): Promise<{ incidentId: string; title: string | null; total: number; entries: HistoryEntry[] }> {
    const events = await this.authorizedEvents(p, incidentId);
    // Those who acted, those things were delivered to and those a line mentions (派单给东湖镇 …): a unit that never
    // acted is still named, not shown by id. Each event is described once, here, and its line rendered below.
    const said = events.map((e) => this.timeline.describe(e));
    const names = await this.unitNames(
      events.flatMap((e, i) => {
        const s = said[i];
        return [
          e.metadata.actorUnit,
          ...(e.streamType === INBOX_STREAM_TYPE ? [(e.data as unknown as InboxItemArrivedData).unitId] : []),
          ...(s ? [...mentionedUnits(s.zh), ...mentionedUnits(s.en)] : []),
        ];
      }),
    );
    const assignees = new Map<string, string>();
    const entries = events.map((e, i) => this.entry(e, said[i], names, assignees));
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
    const units = filter.unitIds?.length ? new Set(filter.unitIds) : null;
    const title = (events[0]?.data as { title?: string } | undefined)?.title ?? null;
    return {
      incidentId,
      title,
      total: entries.length,
      entries: entries.filter(
        (h) => (!kinds || kinds.has(h.kind)) && (!units || h.unitIds.some((u) => units.has(u))),
      ),
    };
  }

  async asOf(
    p: Principal,
    incidentId: string,
    at: Date,
  ): Promise<IncidentAsOf & { unitNames: Map<string, string> }> {
    const snapshot = incidentAsOf(incidentId, await this.authorizedEvents(p, incidentId), at);
    return { ...snapshot, unitNames: await this.unitNames(snapshot.tasks.map((t) => t.assigneeUnitId)) };
  }

  /**
   * The incident's events for one who may audit it. The policy's facts and the log are read at the same time (two
   * round trips in parallel, not one after the other); the events are handed over only once the policy has allowed
   * it, and a refusal is what the caller sees even when the read failed too.
   */
  private async authorizedEvents(p: Principal, incidentId: string): Promise<RecordedEvent[]> {
    const events = this.log.events(incidentId);
    events.catch(() => undefined);
    await this.incidents.authorized(p, incidentId, Action.AuditRead);
    return events;
  }

  async incidentCompliance(p: Principal, incidentId: string) {
    await this.incidents.authorized(p, incidentId, Action.AuditRead);
    const events = await this.log.events(incidentId);
    const byTask = new Map<string, RecordedEvent[]>();
    for (const e of events) {
      if (e.streamType !== TASK_STREAM_TYPE) continue;
      byTask.set(e.streamId, [...(byTask.get(e.streamId) ?? []), e]);
    }
    return this.compliance([...byTask.values()], { incidentId, unitId: null, from: null, to: null });
  }

  async unitCompliance(p: Principal, unitId: string, from: Date, to: Date) {
    if (from >= to)
      throw new ValidationFailed([problem('to', '结束时间须晚于开始时间', 'must be after from')]);
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw new ValidationFailed([
        problem(
          'to',
          `统计期不能超过 ${MAX_PERIOD_DAYS} 天`,
          `the period may be at most ${MAX_PERIOD_DAYS} days`,
        ),
      ]);
    const unit = (await this.organization.unitFacts([unitId])).get(unitId);
    authorize(p, Action.AuditRead, { kind: 'unit', unitId, countyId: unit?.countyId ?? null }, unitId);
    const streams = await this.log.tasksOfUnit(unitId, from, to);
    return this.compliance(streams, { incidentId: null, unitId, from, to });
  }

  async verifyIncident(p: Principal, incidentId: string): Promise<VerificationReport & { verifiedAt: Date }> {
    await this.incidents.authorized(p, incidentId, Action.AuditRead);
    const events = await this.log.events(incidentId);
    // Whole streams: those of the incident found in the log, and those its events name (a stream removed entirely
    // is still named by the events that point to it).
    const report = await this.verifier.verifySelection({
      wholeStreams: wholeStreamsOf(incidentId, events),
      loadEvents: (query) => query<EventRow>(INCIDENT_EVENTS_SQL, [incidentId]),
    });
    return { ...report, verifiedAt: this.clock.now() };
  }

  /** The incident's signed bundle file (everything sealed first), for those who may audit it. */
  /** The signed bundle, and the name to save it under: the incident's title (not a 涉密 one's) and the Beijing time. */
  async exportBundle(
    p: Principal,
    incidentId: string,
  ): Promise<{ bundle: AuditBundle; text: string; fileName: string }> {
    const incident = await this.incidents.authorized(p, incidentId, Action.AuditRead);
    const file = await this.exporter.file(incidentId);
    const what = incident.confidential ? `涉密事件-${incidentId.slice(0, 8)}` : fileNamePart(incident.title);
    return {
      ...file,
      fileName: `${what}-审计包-${beijingFileStamp(new Date(file.bundle.exportedAt))}.bundle.json`,
    };
  }

  async verifyLog(p: Principal, from?: Date, to?: Date): Promise<VerificationReport & { verifiedAt: Date }> {
    if (from && to && from > to)
      throw new ValidationFailed([problem('to', '结束时间须晚于开始时间', 'must be after from')]);
    // A caller outside any county (the city office) is refused outright, not told "not found".
    authorize(
      p,
      Action.AuditVerify,
      p.countyId ? { kind: 'county', countyId: p.countyId } : { kind: 'none' },
    );
    const report = await this.verifier.verify({ from, to });
    return { ...(await this.withinCounty(p, report)), verifiedAt: this.clock.now() };
  }

  /**
   * The log is one for the whole deployment; a fault in another county's stream is reported without naming it, so
   * that an auditor learns the record is broken but nothing of the other county's business.
   */
  private async withinCounty(p: Principal, report: VerificationReport): Promise<VerificationReport> {
    const streamId = report.fault?.streamId;
    if (!report.fault || !streamId) return report;
    const owner = await this.log.owningUnit(streamId);
    const county = owner ? (await this.organization.unitFacts([owner])).get(owner)?.countyId : null;
    if (county === p.countyId) return report;
    return {
      ...report,
      fault: {
        kind: report.fault.kind,
        checkpointSeq: report.fault.checkpointSeq,
        position: report.fault.position,
        message: '其他县（或系统）的记录有问题：日志不完好，请通知部署管理方',
        messageEn:
          "A record outside your county is broken: the log is not intact; tell the deployment's operators",
      },
    };
  }

  /**
   * 审计包核验 in the console (issue 20 §8): a bundle file an auditor uploads, checked as the offline verifier checks
   * it against this deployment's published key and its witness heads. For the county's auditors and the deployment's
   * administrator (as verifyLog); the check reads no table, so any bundle can be handed in, another county's too.
   */
  async checkBundle(p: Principal, read: () => Promise<Buffer>): Promise<BundleCheck & { verifiedAt: Date }> {
    // Refused before the upload is read: a caller who may not check gets no further than the door.
    authorize(
      p,
      Action.AuditVerify,
      p.countyId ? { kind: 'county', countyId: p.countyId } : { kind: 'none' },
    );
    const bytes = await read();
    const key = this.publicKey();
    let witness: WitnessedHead[] | undefined;
    try {
      witness = await this.integrity.witness.read();
    } catch {
      // A witness that cannot be read is not a verdict on the bundle: the check runs on the key alone, and says so.
      witness = undefined;
    }
    const check = checkBundleFile(bytes, {
      trustedKeyPem: key.publicKeyPem,
      witness,
      unsignedThrough: key.unsignedThrough,
    });
    return { ...check, verifiedAt: this.clock.now() };
  }

  publicKey(): { keyId: string; publicKeyPem: string; hashAlgorithm: string; unsignedThrough: number } {
    const key = this.integrity.signingKey;
    return {
      keyId: key.keyId,
      publicKeyPem: key.publicKeyPem,
      hashAlgorithm: this.integrity.hashAlgorithm,
      unsignedThrough: this.integrity.unsignedThrough ?? 0,
    };
  }

  private async compliance(
    streams: RecordedEvent[][],
    scope: { incidentId: string | null; unitId: string | null; from: Date | null; to: Date | null },
  ) {
    const now = this.clock.now();
    const tasks = streams
      .map((s) => taskCompliance(s, now))
      .filter((t): t is TaskCompliance => t !== null)
      .sort((a, b) => a.dispatchedAt.getTime() - b.dispatchedAt.getTime());
    const names = await this.unitNames([
      ...tasks.map((t) => t.assigneeUnitId),
      ...(scope.unitId ? [scope.unitId] : []),
    ]);
    return {
      ...scope,
      unitName: scope.unitId ? (names.get(scope.unitId) ?? null) : null,
      asOf: now,
      summary: summarize(tasks),
      tasks: tasks.map((t) => ({ ...t, assigneeUnitName: names.get(t.assigneeUnitId) ?? null })),
    };
  }

  private entry(
    e: RecordedEvent,
    timelineSays: LocalizedMessage | null,
    names: Map<string, string>,
    assignees: Map<string, string>,
  ): HistoryEntry {
    const data = e.data as {
      taskId?: string;
      letterId?: string;
      statementId?: string;
      assigneeUnitId?: string;
    };
    if (data.taskId && data.assigneeUnitId && e.streamId === taskStreamId(data.taskId))
      assignees.set(data.taskId, data.assigneeUnitId);
    const kind = historyKindOf(e.streamType, e.type);
    const said = this.describe(e, timelineSays, names);
    const unitName = names.get(e.metadata.actorUnit) ?? null;
    const actorName = typeof e.metadata.actorName === 'string' ? e.metadata.actorName : null;
    const units = new Set([e.metadata.actorUnit]);
    const assignee = data.taskId ? assignees.get(data.taskId) : undefined;
    if (assignee && kind === HistoryKind.TASK) units.add(assignee);
    if (e.streamType === INBOX_STREAM_TYPE) units.add((e.data as unknown as InboxItemArrivedData).unitId);
    return {
      position: `${e.transactionId}:${e.globalPosition}`,
      at: e.recordedAt,
      kind,
      type: e.type,
      streamId: e.streamId,
      streamVersion: e.streamVersion,
      actorUserId: e.metadata.actorUser,
      actorName,
      actorUnitId: e.metadata.actorUnit,
      actorUnitName: unitName,
      command: e.metadata.command,
      correlationId: e.metadata.correlationId,
      causationId: e.metadata.causationId ?? null,
      action: said.zh,
      actionEn: said.en,
      description: historyLine(e.recordedAt, unitName, actorName, said.zh),
      descriptionEn: historyLine(e.recordedAt, unitName, actorName, said.en),
      refId: data.taskId ?? data.letterId ?? data.statementId ?? null,
      hash: e.hash,
      unitIds: [...units],
    };
  }

  private describe(
    e: RecordedEvent,
    said: LocalizedMessage | null,
    names: Map<string, string>,
  ): LocalizedMessage {
    if (e.streamType === INBOX_STREAM_TYPE) {
      const d = e.data as unknown as InboxItemArrivedData;
      const label = INBOX_CHANGE_LABELS[d.kind];
      const to = names.get(d.unitId) ?? d.unitId;
      return { zh: `送达${to}待办：${label.zh}`, en: `delivered to ${to}'s inbox: ${label.en}` };
    }
    if (said) return { zh: renderMentions(said.zh, names), en: renderMentions(said.en, names, 'a unit') };
    return BOOKKEEPING[e.type] ?? { zh: `记录 ${e.type}`, en: `recorded ${e.type}` };
  }

  private async unitNames(ids: string[]): Promise<Map<string, string>> {
    const units = await this.organization.unitsByIds(SYSTEM_SCOPE, [...new Set(ids)]);
    return new Map(units.map((u) => [u.unitId, u.name]));
  }
}

/** Events the timeline leaves off as bookkeeping, which an auditor still sees. */
const BOOKKEEPING: Record<string, LocalizedMessage> = {
  [IncidentEventType.TaskAttached]: { zh: '工单纳入本事件', en: 'attached the task to the incident' },
  [IncidentEventType.TaskSettled]: { zh: '工单了结（销号或撤销）', en: 'the task was settled' },
};
