import { Injectable } from '@nestjs/common';
import { Action, dataScopeOf, decide, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { LetterView, letterTarget, lateness, TaskStatus, TaskView, taskTarget } from '@app/dispatch';
import { IncidentCommandService, incidentTarget, IncidentView } from '@app/incidents';
import { beijingFileStamp, fileNamePart } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { In } from 'typeorm';
import { fourFormsLedger } from './four-forms-ledger';
import { incidentsLedger } from './incidents-ledger';
import { lettersLedger } from './letters-ledger';

/** An incident's part of a ledger's file name: its title, or for a 涉密 one only its id's first digits. */
const ledgerName = (incident: IncidentView) =>
  incident.confidential ? `涉密事件-${incident.incidentId.slice(0, 8)}` : fileNamePart(incident.title);

/** The most incidents one ledger lists (newest first). */
const MAX_INCIDENTS = 2000;

/** Ledgers (台账) as .xlsx, for whoever may read what is in them. */
@Injectable()
export class LedgerService {
  constructor(
    private readonly db: ScopedDb,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
  ) {}

  /** 四单台账 of an incident: the tasks on it the caller may read (a township sees its own lines only). */
  async fourForms(p: Principal, incidentId: string, now: Date): Promise<{ fileName: string; bytes: Buffer }> {
    const incident = await this.incidents.authorized(p, incidentId, Action.IncidentRead);
    const tasks = (
      await this.db.run(SYSTEM_SCOPE, (m) =>
        m.find(TaskView, { where: { incidentId }, order: { dispatchedAt: 'ASC', dispatchSeq: 'ASC' } }),
      )
    ).filter((t) => decide(p, Action.TaskRead, taskTarget(t)).allowed);
    const units = await this.organization.unitsByIds(SYSTEM_SCOPE, [
      ...new Set([...tasks.map((t) => t.assigneeUnitId), p.unitId]),
    ]);
    const name = new Map(units.map((u) => [u.unitId, u.name]));
    const title = incident.confidential ? '四单台账（涉密事件）' : `「${incident.title}」四单台账`;
    const bytes = await fourFormsLedger(
      title,
      tasks.map((t) => ({
        incidentTitle: t.incidentTitle,
        confidential: t.confidential,
        grade: t.grade,
        listedAt: incident.listedAt,
        assigneeName: name.get(t.assigneeUnitId) ?? t.assigneeUnitId,
        role: t.role,
        requirements: t.requirements,
        status: t.status,
        dispatchedAt: t.dispatchedAt,
        signedAt: t.signedAt,
        dueAt: t.dueAt,
        handedInAt: t.handedInAt,
        settledAt: t.settledAt,
        late: t.late,
        lateByMinutes: t.lateByMinutes,
        returns: t.returns,
        reworks: t.reworks,
        supervisions: t.supervisions.length,
        reminders: t.reminders,
      })),
      now,
      name.get(p.unitId) ?? p.unitId,
    );
    return { fileName: `四单台账-${ledgerName(incident)}-${beijingFileStamp(now)}.xlsx`, bytes };
  }

  /**
   * 提示函签收台账 of an incident: the letters on it the caller may read, a line per recipient. The sender and the
   * county scope (centre, auditors) see every recipient's receipt; a recipient sees its own.
   */
  async letters(p: Principal, incidentId: string, now: Date): Promise<{ fileName: string; bytes: Buffer }> {
    const incident = await this.incidents.authorized(p, incidentId, Action.IncidentRead);
    const letters = (
      await this.db.run(SYSTEM_SCOPE, (m) =>
        m.find(LetterView, { where: { incidentId }, order: { sentAt: 'ASC' } }),
      )
    ).filter((l) => decide(p, Action.LetterRead, letterTarget(l)).allowed);
    const countyWide = dataScopeOf(p).scope === 'county';
    const ids = [...new Set(letters.flatMap((l) => l.recipientUnitIds)), p.unitId];
    const name = new Map(
      (await this.organization.unitsByIds(SYSTEM_SCOPE, ids)).map((u) => [u.unitId, u.name]),
    );
    const lines = letters.flatMap((l) =>
      l.receipts
        .filter((r) => countyWide || l.senderUnitId === p.unitId || r.unitId === p.unitId)
        .map((r) => ({
          incidentTitle: incident.title,
          confidential: l.confidential || incident.confidential,
          letterTitle: l.title,
          level: l.level,
          sentAt: l.sentAt,
          recipientName: name.get(r.unitId) ?? r.unitId,
          receiptDueAt: l.receiptDueAt,
          signedAt: r.signedAt ? new Date(r.signedAt) : null,
        })),
    );
    const title = incident.confidential
      ? '提示函签收台账（涉密事件）'
      : `「${incident.title}」提示函签收台账`;
    const bytes = await lettersLedger(title, lines, now, name.get(p.unitId) ?? p.unitId);
    return { fileName: `提示函签收台账-${ledgerName(incident)}-${beijingFileStamp(now)}.xlsx`, bytes };
  }

  /** 舆情事件台账: the county's incidents the caller may read (the centre and auditors: all), newest first. */
  async incidentList(p: Principal, now: Date): Promise<{ fileName: string; bytes: Buffer }> {
    const incidents = p.countyId
      ? (
          await this.db.run(dataScopeOf(p), (m) =>
            m.find(IncidentView, {
              where: { countyId: p.countyId! },
              order: { reportedAt: 'DESC' },
              take: MAX_INCIDENTS,
            }),
          )
        ).filter((i) => decide(p, Action.IncidentRead, incidentTarget(i)).allowed)
      : [];
    const tasks = incidents.length
      ? await this.db.run(SYSTEM_SCOPE, (m) =>
          m.find(TaskView, { where: { incidentId: In(incidents.map((i) => i.incidentId)) } }),
        )
      : [];
    const count = new Map<string, { tasks: number; late: number }>();
    for (const t of tasks) {
      const c = count.get(t.incidentId) ?? { tasks: 0, late: 0 };
      c.tasks++;
      const late = lateness(
        {
          status: t.status as TaskStatus,
          dueAt: t.dueAt,
          firstHandIn: t.handedInAt ? { late: t.late, lateByMinutes: t.lateByMinutes } : null,
        },
        now,
      ).late;
      if (late) c.late++;
      count.set(t.incidentId, c);
    }
    const unit = await this.organization.unit(SYSTEM_SCOPE, p.unitId);
    const bytes = await incidentsLedger(
      '舆情事件台账',
      incidents.map((i) => ({
        title: i.title,
        confidential: i.confidential,
        platform: i.platform,
        reportedAt: i.reportedAt,
        grade: i.grade,
        status: i.status,
        listedAt: i.listedAt,
        tasks: count.get(i.incidentId)?.tasks ?? 0,
        lateTasks: count.get(i.incidentId)?.late ?? 0,
        closedAt: i.closedAt,
      })),
      now,
      unit?.name ?? p.unitId,
    );
    return { fileName: `舆情事件台账-${beijingFileStamp(now)}.xlsx`, bytes };
  }
}
