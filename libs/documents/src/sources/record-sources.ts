import { Injectable } from '@nestjs/common';
import { Action, authorize, decide, Principal, ScopedDb, SYSTEM_SCOPE, Target } from '@app/access';
import { AssessmentQueries } from '@app/assessment';
import { DispatchService, letterTarget, TaskView, taskTarget } from '@app/dispatch';
import { IncidentCommandService, incidentTarget, IncidentView } from '@app/incidents';
import { beijingDay, Clock } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { DailyReportService, ReportKind, SpecialReportNotFound, SpecialReportService } from '@app/reports';
import { parseAssessmentRecordId } from '../domain/assessment-record';
import { Classification, DocumentKind } from '../domain/document-kind';
import { DocumentError, documentError } from '../domain/document.errors';
import { OfficialDocumentModel } from '../domain/official-document.model';
import {
  accountabilityNoticeDocument,
  reviewReportDocument,
  dailyReportDocument,
  IssueFacts,
  riskLetterDocument,
  specialReportDocument,
  flashReportDocument,
  dispatchNoticeDocument,
  supervisionNoticeDocument,
  warningNoticeDocument,
  writtenFeedbackDocument,
  jointConferenceMinutesDocument,
  assessmentNoticeDocument,
} from './record-documents';

/** A record a document is made from, once the caller has been allowed to read it. */
export interface ResolvedRecord {
  kind: DocumentKind;
  recordId: string;
  /** Who issues this kind of document from this record (the letter's sender, the task's dispatcher …). */
  issuingUnitId: string;
  countyId: string | null;
  incidentId: string | null;
  classification: Classification;
  /** The units that read the record: they read its documents too. */
  readerUnitIds: string[];
  /** The units it is addressed to (主送): they are told of it in their inboxes. */
  addresseeUnitIds: string[];
  /**
   * Which state of the record it is made from, when one record makes several (a warning issued, then adjusted):
   * part of the document's identity. Absent: one document of the kind per record.
   */
  instance?: string;
  /** The person who signs it off, when the record names one (the 专报's 签发人). */
  signer: string | null;
  /** A kind's own rule of who issues it, beyond 发文 for one's unit (the access policy's, e.g. 追责通报). */
  issueCheck?: { action: Action; target: Target };
  build(facts: IssueFacts): OfficialDocumentModel;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const recordClass = (confidential: boolean) =>
  confidential ? Classification.CONFIDENTIAL : Classification.PUBLIC;

/**
 * Loads each kind's record and asks the access policy whether the caller may read it: a document is read under
 * the same rules as its record (issue 21), so another unit or county gets the record's NOT_FOUND.
 */
@Injectable()
export class RecordSources {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly dailyReports: DailyReportService,
    private readonly specialReports: SpecialReportService,
    private readonly organization: OrganizationDirectory,
    private readonly db: ScopedDb,
    private readonly incidents: IncidentCommandService,
    private readonly assessment: AssessmentQueries,
    private readonly clock: Clock,
  ) {}

  async resolve(p: Principal, kind: DocumentKind, recordId: string): Promise<ResolvedRecord> {
    switch (kind) {
      case DocumentKind.RISK_LETTER: {
        const l = await this.dispatch.letterFacts(recordId);
        authorize(p, Action.LetterRead, letterTarget(l), recordId);
        const names = await this.names(l.recipientUnitIds);
        return {
          kind,
          recordId,
          issuingUnitId: l.senderUnitId,
          countyId: l.countyId,
          incidentId: l.incidentId,
          classification: recordClass(l.confidential),
          readerUnitIds: [l.senderUnitId, ...l.recipientUnitIds],
          addresseeUnitIds: l.recipientUnitIds,
          signer: null,
          build: (f) =>
            riskLetterDocument(
              {
                title: l.title,
                risk: l.risk,
                level: l.level,
                scope: l.scope,
                watchPoints: l.watchPoints,
                requestedMeasures: l.requestedMeasures,
                receiptDueAt: l.receiptDueAt,
                recipientNames: l.recipientUnitIds.map((id) => names.get(id) ?? id),
              },
              f,
            ),
        };
      }
      case DocumentKind.DISPATCH_NOTICE: {
        const t = await this.dispatch.taskFacts(recordId);
        return this.taskPaper(
          p,
          kind,
          recordId,
          t,
          'dispatcher',
          (assigneeName) => (f) =>
            dispatchNoticeDocument(
              {
                incidentTitle: t.incidentTitle,
                assigneeName,
                role: t.role,
                requirements: t.requirements,
                dispatchedAt: t.dispatchedAt,
                dueAt: t.dueAt,
                hardDueAt: t.hardDueAt,
              },
              f,
            ),
        );
      }
      case DocumentKind.SUPERVISION_NOTICE: {
        const t = await this.taskOfNotice(recordId);
        const s = t.supervisions.find((x) => x.noticeId === recordId)!;
        return this.taskPaper(
          p,
          kind,
          recordId,
          t,
          'dispatcher',
          (assigneeName) => (f) =>
            supervisionNoticeDocument(
              {
                incidentTitle: t.incidentTitle,
                assigneeName,
                role: t.role,
                requirements: t.requirements,
                dueAt: t.dueAt,
                content: s.content,
                replyDueAt: s.replyDueAt,
                automatic: s.automatic === true,
                supervisedAt: s.at,
              },
              f,
            ),
        );
      }
      case DocumentKind.WRITTEN_FEEDBACK: {
        const t = await this.dispatch.taskFacts(recordId);
        authorize(p, Action.TaskRead, taskTarget(t), recordId);
        const fb = t.feedback;
        if (!fb || !t.handedInAt)
          throw documentError(DocumentError.RECORD_NOT_READY, '工单尚未交单，没有书面反馈');
        return this.taskPaper(
          p,
          kind,
          recordId,
          t,
          'assignee',
          (dispatcherName) => (f) =>
            writtenFeedbackDocument(
              {
                incidentTitle: t.incidentTitle,
                dispatcherName,
                requirements: t.requirements,
                dueAt: t.dueAt,
                handedInAt: fb.at,
                factsFound: fb.factsFound,
                measures: fb.measures,
                result: fb.result,
                evidence: fb.evidence,
                late: fb.late,
              },
              f,
            ),
        );
      }
      case DocumentKind.SPECIAL_REPORT:
      case DocumentKind.FLASH_REPORT: {
        // 专报 and 快报 are one record with a kind: each is printed only as what it is.
        const flash = kind === DocumentKind.FLASH_REPORT;
        const r = await this.specialReports.report(p, recordId);
        if ((r.kind === ReportKind.FLASH) !== flash) throw new SpecialReportNotFound(recordId);
        if (r.status !== 'ISSUED' || r.year === null || r.number === null)
          throw documentError(DocumentError.RECORD_NOT_READY, flash ? '快报尚未签发' : '专报尚未签发');
        const { year, number } = r;
        const content = {
          title: r.title,
          year,
          number,
          summary: r.summary,
          analysis: r.analysis,
          suggestions: r.suggestions,
          addressees: r.addressees,
          copyNames: r.copyNames,
        };
        return {
          kind,
          recordId,
          issuingUnitId: r.unitId,
          countyId: r.countyId,
          incidentId: r.incidentId,
          classification: recordClass(r.confidential),
          readerUnitIds: [r.unitId, ...r.recipientUnitIds],
          addresseeUnitIds: r.recipientUnitIds,
          signer: r.issuedByName,
          build: (f) =>
            flash
              ? flashReportDocument(
                  { ...content, spread: r.spread ?? '', measuresTaken: r.measuresTaken ?? [] },
                  f,
                )
              : specialReportDocument(content, f),
        };
      }
      case DocumentKind.WARNING_NOTICE: {
        const i = await this.incidents.authorized(p, recordId, Action.IncidentRead);
        const w = i.warning;
        if (!w || !w.active || w.action === 'LIFTED')
          throw documentError(DocumentError.RECORD_NOT_READY, '该事件没有生效的预警');
        // Addressed to the units working the incident (its owner, linkage members, assignees) other than the issuer.
        const addressees = i.visibleUnits.filter((u) => u !== w.issuingUnitId);
        const names = await this.names(addressees);
        return {
          kind,
          recordId,
          instance: w.at,
          issuingUnitId: w.issuingUnitId,
          countyId: i.countyId,
          incidentId: i.incidentId,
          classification: recordClass(i.confidential),
          readerUnitIds: [w.issuingUnitId, ...i.visibleUnits],
          addresseeUnitIds: addressees,
          signer: null,
          build: (f) =>
            warningNoticeDocument(
              {
                incidentTitle: i.title,
                action: w.action,
                level: w.level,
                object: w.object,
                startAt: w.startAt,
                scope: w.scope,
                matters: w.matters,
                measures: w.measures,
                reason: w.reason,
                addresseeNames: addressees.map((u) => names.get(u) ?? u),
              },
              f,
            ),
        };
      }
      case DocumentKind.ACCOUNTABILITY_NOTICE: {
        const i = await this.incidents.authorized(p, recordId, Action.IncidentRead);
        if (!i.accountability.length)
          throw documentError(DocumentError.RECORD_NOT_READY, '该事件尚未记录追责');
        const centre = i.countyId ? await this.organization.countyCentreUnitId(i.countyId) : null;
        if (!centre) throw documentError(DocumentError.RECORD_NOT_READY, '该事件所在县没有网络舆情中心');
        // Addressed to the units it names; read by whoever reads the incident.
        const named = [...new Set(i.accountability.map((a) => a.unitId))].filter((u) => u !== centre);
        const names = await this.names(i.accountability.map((a) => a.unitId));
        return {
          kind,
          recordId,
          // One notice per state of the findings: findings recorded later make a new notice.
          instance: String(i.accountability.length),
          issuingUnitId: centre,
          countyId: i.countyId,
          incidentId: i.incidentId,
          classification: recordClass(i.confidential),
          readerUnitIds: [centre, ...i.visibleUnits],
          addresseeUnitIds: named,
          signer: null,
          issueCheck: { action: Action.AccountabilityNoticeIssue, target: incidentTarget(i) },
          build: (f) =>
            accountabilityNoticeDocument(
              {
                incidentTitle: i.title,
                findings: i.accountability.map((a) => ({
                  unitName: names.get(a.unitId) ?? a.unitId,
                  person: a.person,
                  finding: a.finding,
                  measure: a.measure,
                })),
                recordedAt: i.accountability[i.accountability.length - 1].at,
                addresseeNames: named.map((u) => names.get(u) ?? u),
              },
              f,
            ),
        };
      }
      case DocumentKind.REVIEW_REPORT: {
        const i = await this.incidents.authorized(p, recordId, Action.IncidentRead);
        const r = i.review;
        if (!r) throw documentError(DocumentError.RECORD_NOT_READY, '该事件尚未总结评估');
        const centre = i.countyId ? await this.organization.countyCentreUnitId(i.countyId) : null;
        if (!centre) throw documentError(DocumentError.RECORD_NOT_READY, '该事件所在县没有网络舆情中心');
        return {
          kind,
          recordId,
          issuingUnitId: centre,
          countyId: i.countyId,
          incidentId: i.incidentId,
          classification: recordClass(i.confidential),
          readerUnitIds: [centre, ...i.visibleUnits],
          // Sent up to the county's leadership, who read it on the platform as the centre's; no unit's inbox.
          addresseeUnitIds: [],
          signer: null,
          // Whoever may file the review (the county centre's people who run the loop) issues its report.
          issueCheck: { action: Action.IncidentReview, target: incidentTarget(i) },
          build: (f) =>
            reviewReportDocument(
              {
                incidentTitle: i.title,
                gradeLabel: i.grade,
                discoveredAt: new Date(i.discoveredAt).toISOString(),
                closedAt: i.closedAt ? new Date(i.closedAt).toISOString() : null,
                cause: r.cause,
                spread: r.spread,
                result: r.result,
                experience: r.experience,
                problems: r.problems,
              },
              f,
            ),
        };
      }
      // — papers3: 联席会议纪要 and 考核通报 —
      case DocumentKind.JOINT_CONFERENCE_MINUTES:
        return this.conferenceMinutes(p, recordId);
      case DocumentKind.ASSESSMENT_NOTICE:
        return this.assessmentNotice(p, recordId);
      case DocumentKind.DAILY_REPORT: {
        const r = await this.dailyReports.report(p, recordId);
        return {
          kind,
          recordId,
          issuingUnitId: r.unitId,
          countyId: r.countyId,
          incidentId: null,
          // The day's list names incidents; 涉密 ones are unnamed in it, so the report itself is internal at most.
          classification: Classification.PUBLIC,
          readerUnitIds: [r.unitId, ...r.recipientUnitIds],
          addresseeUnitIds: r.recipientUnitIds,
          signer: r.issuedByName,
          build: (f) =>
            dailyReportDocument(
              {
                day: r.day,
                revision: r.revision,
                figures: r.figures,
                sensitive: r.sensitive,
                positive: r.positive,
                remarks: r.remarks,
                correctionReason: r.correctionReason,
                recipientNames: r.recipientNames,
              },
              f,
            ),
        };
      }
    }
  }

  /**
   * A paper on a task, for those who read the task: issued by one side of it (the dispatcher's notices, the
   * assignee's feedback) and addressed to the other, whose name the builder gets.
   */
  private async taskPaper(
    p: Principal,
    kind: DocumentKind,
    recordId: string,
    t: TaskView,
    from: 'dispatcher' | 'assignee',
    build: (addresseeName: string) => ResolvedRecord['build'],
  ): Promise<ResolvedRecord> {
    authorize(p, Action.TaskRead, taskTarget(t), recordId);
    const [issuer, addressee] =
      from === 'dispatcher' ? [t.dispatcherUnitId, t.assigneeUnitId] : [t.assigneeUnitId, t.dispatcherUnitId];
    const names = await this.names([addressee]);
    return {
      kind,
      recordId,
      countyId: t.countyId,
      incidentId: t.incidentId,
      classification: recordClass(t.confidential),
      readerUnitIds: [
        t.dispatcherUnitId,
        t.assigneeUnitId,
        ...(t.parentAssigneeUnitId ? [t.parentAssigneeUnitId] : []),
      ],
      signer: null,
      issuingUnitId: issuer,
      addresseeUnitIds: [addressee],
      build: build(names.get(addressee) ?? addressee),
    };
  }

  /** The task a 督办 notice was sent on (its notices live in the task's row). */
  private async taskOfNotice(noticeId: string): Promise<TaskView> {
    const row = UUID.test(noticeId)
      ? await this.db.run(SYSTEM_SCOPE, (m) =>
          m
            .createQueryBuilder(TaskView, 't')
            .where(`t.supervisions @> :probe::jsonb`, { probe: JSON.stringify([{ noticeId }]) })
            .getOne(),
        )
      : null;
    if (!row) throw documentError(DocumentError.NOT_FOUND, noticeId);
    return row;
  }

  // — papers3: 联席会议纪要 and 考核通报 —

  /**
   * 联席会议纪要 of one recorded conference (its id is the record: an incident holds several, each its own 纪要).
   * Issued by the county centre, which convenes the conference (004 §五(一)) — whoever may record one; addressed to
   * the units that took part, copied to the linkage's other members; read by whoever reads the incident.
   */
  private async conferenceMinutes(p: Principal, conferenceId: string): Promise<ResolvedRecord> {
    const kind = DocumentKind.JOINT_CONFERENCE_MINUTES;
    const found = UUID.test(conferenceId)
      ? await this.db.run(SYSTEM_SCOPE, (m) =>
          m
            .createQueryBuilder(IncidentView, 'i')
            .select('i.incidentId')
            .where(`i.conferences @> :probe::jsonb`, { probe: JSON.stringify([{ conferenceId }]) })
            .getOne(),
        )
      : null;
    if (!found) throw documentError(DocumentError.NOT_FOUND, conferenceId);
    const i = await this.incidents.authorized(p, found.incidentId, Action.IncidentRead);
    const c = i.conferences.find((x) => x.conferenceId === conferenceId)!;
    const centre = i.countyId ? await this.organization.countyCentreUnitId(i.countyId) : null;
    if (!centre) throw documentError(DocumentError.RECORD_NOT_READY, '该事件所在县没有网络舆情中心');
    const present = c.participantUnitIds.filter((u) => u !== centre);
    const absent = (i.linkage?.memberUnitIds ?? []).filter((u) => u !== centre && !present.includes(u));
    const names = await this.names([centre, ...c.participantUnitIds, ...absent]);
    const name = (u: string) => names.get(u) ?? u;
    return {
      kind,
      recordId: conferenceId,
      issuingUnitId: centre,
      countyId: i.countyId,
      incidentId: i.incidentId,
      classification: recordClass(i.confidential),
      readerUnitIds: [centre, ...i.visibleUnits],
      addresseeUnitIds: present,
      signer: null,
      issueCheck: { action: Action.LinkageManage, target: incidentTarget(i) },
      build: (f) =>
        jointConferenceMinutesDocument(
          {
            incidentTitle: i.title,
            heldAt: c.heldAt,
            convenerName: name(centre),
            participantUnitNames: c.participantUnitIds.map(name),
            participants: c.participants,
            decisions: c.decisions,
            followUpTasks: c.followUpTaskIds.length,
            addresseeNames: present.map(name),
            copyNames: absent.map(name),
          },
          f,
        ),
    };
  }

  /**
   * 考核通报 of a county's closed period: issued by the county centre over its leader's name (the access policy's
   * AssessmentNoticeIssue), addressed to the units ranked, read by every unit of the county; another county learns
   * nothing of it. Only a closed period: its figures no longer move, and the notice, once issued, is the period's.
   */
  private async assessmentNotice(p: Principal, recordId: string): Promise<ResolvedRecord> {
    const kind = DocumentKind.ASSESSMENT_NOTICE;
    const record = parseAssessmentRecordId(recordId);
    if (!record) throw documentError(DocumentError.NOT_FOUND, recordId);
    const { countyId } = record;
    authorize(p, Action.CountyRead, { kind: 'county', countyId }, recordId);
    const centre = await this.organization.countyCentreUnitId(countyId);
    if (!centre) throw documentError(DocumentError.NOT_FOUND, recordId);
    const countyUnits = await this.organization.units({ scope: 'county', countyId, unitId: centre });
    const base = {
      kind,
      recordId,
      issuingUnitId: centre,
      countyId,
      incidentId: null,
      // Scores and figures of units, no incident named: internal (the handler's default floor), never 涉密.
      classification: Classification.PUBLIC,
      readerUnitIds: countyUnits.map((u) => u.unitId),
      signer: null,
      issueCheck: { action: Action.AssessmentNoticeIssue, target: { kind: 'county' as const, countyId } },
    };
    // Only those who may issue it need its figures; a unit reading the notice sent to it reads the stored model.
    if (!decide(p, base.issueCheck.action, base.issueCheck.target).allowed)
      return {
        ...base,
        addresseeUnitIds: [],
        build: () => {
          throw documentError(DocumentError.NOT_FOUND, recordId);
        },
      };
    const period = { ...record.period };
    const stats = await this.assessment.statistics(p, { period, rules: 'IN_FORCE' });
    if (stats.period.to >= beijingDay(this.clock.now()))
      throw documentError(DocumentError.PERIOD_NOT_CLOSED, stats.period.label);
    const ranked = stats.units.filter((u) => u.unitId !== centre);
    if (!ranked.length)
      throw documentError(DocumentError.RECORD_NOT_READY, `${stats.period.label}没有考核数据`);
    const t = stats.total;
    return {
      ...base,
      addresseeUnitIds: ranked.map((u) => u.unitId),
      build: (f) =>
        assessmentNoticeDocument(
          {
            periodLabel: stats.period.label,
            from: stats.period.from,
            to: stats.period.to,
            rulesLabel: stats.rulesLabel,
            rows: ranked.map((u) => ({
              // Ranked among the units addressed (the centre, which hands in nothing, is not one of them).
              rank: 1 + ranked.filter((x) => x.score > u.score).length,
              unitName: u.unitName,
              score: u.score,
              scoreWithCorrections: u.corrections ? u.scoreWithCorrections : null,
              tasksReceived: u.figures.tasksReceived,
              handedInOnTime: u.figures.handedInOnTime,
              handedInLate: u.figures.handedInLate,
              overdueOpenAtEnd: u.overdueOpenAtEnd,
              supervised: u.figures.supervised,
              sentBack: u.figures.sentBack,
              lettersLate: u.figures.lettersSignedLate + u.figures.lettersMissed,
            })),
            total: {
              tasksReceived: t.tasksReceived,
              handedIn: t.handedIn,
              handedInOnTime: t.handedInOnTime,
              handedInLate: t.handedInLate,
              supervised: t.supervised,
              lettersReceived: t.lettersReceived,
              lettersSignedLate: t.lettersSignedLate,
              lettersMissed: t.lettersMissed,
            },
            addresseeNames: ranked.map((u) => u.unitName),
            copyNames: ['县委、县政府有关领导'],
          },
          f,
        ),
    };
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const units = await this.organization.unitsByIds(SYSTEM_SCOPE, ids);
    return new Map(units.map((u) => [u.unitId, u.name]));
  }
}
