import { Injectable } from '@nestjs/common';
import { Action, decide, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { TaskView, taskTarget } from '@app/dispatch';
import { IncidentCommandService } from '@app/incidents';
import { OrganizationDirectory } from '@app/organization';
import { fourFormsLedger } from './four-forms-ledger';

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
    return { fileName: `四单台账-${incidentId.slice(0, 8)}.xlsx`, bytes };
  }
}
