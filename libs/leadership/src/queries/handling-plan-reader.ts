import { Injectable } from '@nestjs/common';
import { DataScope, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { DispatchPrecondition } from '@app/dispatch';
import { handlingPlanApprovalRequired } from '../domain/leadership.errors';
import { HandlingPlanStatus, planRequired } from '../domain/handling-plan.events';
import { HandlingPlanPolicyView, HandlingPlanView } from '../projections/handling-plan-view.entity';

/** Reads plans and the county's policy on them; answers dispatch's question whether it may go ahead. */
@Injectable()
export class HandlingPlanReader implements DispatchPrecondition {
  constructor(private readonly db: ScopedDb) {}

  plan(scope: DataScope, planId: string): Promise<HandlingPlanView | null> {
    return this.db.run(scope, (m) => m.findOneBy(HandlingPlanView, { planId }));
  }

  ofIncident(scope: DataScope, incidentId: string): Promise<HandlingPlanView[]> {
    return this.db.run(scope, (m) =>
      m.find(HandlingPlanView, { where: { incidentId }, order: { draftedAt: 'ASC' } }),
    );
  }

  pending(scope: DataScope, countyId: string): Promise<HandlingPlanView[]> {
    return this.inStatus(scope, countyId, HandlingPlanStatus.PENDING);
  }

  inStatus(scope: DataScope, countyId: string, status: HandlingPlanStatus): Promise<HandlingPlanView[]> {
    return this.db.run(scope, (m) =>
      m.find(HandlingPlanView, {
        where: { countyId, status },
        order: { draftedAt: 'ASC' },
        take: 200,
      }),
    );
  }

  async fromGrade(countyId: string): Promise<string | null> {
    const row = await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(HandlingPlanPolicyView, { countyId }));
    return row?.fromGrade ?? null;
  }

  /**
   * 004 §二(四)「经主管领导同意后抓好落实」: from the county's grade on, a task waits for an approved plan. An approved
   * plan is final (the decider refuses revising it), so a dispatch that saw one cannot race with its withdrawal.
   */
  async check(incident: {
    incidentId: string;
    countyId: string | null;
    grade: string | null;
  }): Promise<void> {
    if (!incident.countyId) return;
    const fromGrade = await this.fromGrade(incident.countyId);
    if (!fromGrade || !planRequired(fromGrade, incident.grade)) return;
    const approved = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.existsBy(HandlingPlanView, { incidentId: incident.incidentId, status: HandlingPlanStatus.APPROVED }),
    );
    if (!approved) throw handlingPlanApprovalRequired(incident.grade ?? '', fromGrade);
  }
}
