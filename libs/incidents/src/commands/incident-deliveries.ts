import { Inject, Injectable, Optional } from '@nestjs/common';
import { StoreTransaction } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { deliveriesOf } from '../domain/incident.deliveries';
import { EscalationTarget } from '../domain/incident.enums';
import { IncidentEvent, IncidentEventType } from '../domain/incident.events';
import { IncidentView } from '../projections/incident-view.entity';
import { ESCALATION_RECIPIENTS, EscalationRecipients } from './escalation-recipients';

/** What a delivery needs to know of the incident (the view has it all; a report up has neither grade nor field). */
export type IncidentAbout = {
  incidentId: string;
  countyId: string | null;
  title: string;
  confidential: boolean;
  /** Which leaders an escalation reaches. */
  field?: string | null;
  grade?: string | null;
} & Partial<Pick<IncidentView, 'visibleUnits' | 'warning' | 'localUnitId'>>;

/** The other side of an incident command: the inboxes of the units (and leaders) it reaches. */
@Injectable()
export class IncidentDeliveries {
  constructor(
    private readonly organization: OrganizationDirectory,
    @Optional() @Inject(ESCALATION_RECIPIENTS) private readonly leaders?: EscalationRecipients,
  ) {}

  /**
   * The inbox arrivals of the units an incident command reaches (report up, escalation, linkage), written in the
   * command's own transaction: the sender's event and the receiver's exist together or not at all.
   */
  async deliver(
    tx: StoreTransaction,
    context: CommandContext,
    events: readonly IncidentEvent[],
    about: IncidentAbout,
  ): Promise<void> {
    const centreUnitId = about.countyId ? await this.organization.countyCentreUnitId(about.countyId) : null;
    const before = {
      visibleUnits: about.visibleUnits ?? [],
      warningScopeUnitIds: about.warning?.active ? (about.warning.scopeUnitIds ?? []) : [],
      localUnitId: about.localUnitId ?? null,
    };
    for (const d of deliveriesOf(events, { centreUnitId }, before)) {
      await deliverToInbox(tx, context, {
        unitId: d.unitId,
        kind: d.kind,
        refType: InboxRef.INCIDENT,
        refId: about.incidentId,
        incidentId: about.incidentId,
        incidentTitle: about.title,
        confidential: about.confidential,
        note: about.confidential ? null : (d.note ?? null),
        evenToOwnUnit: d.evenToOwnUnit,
      });
    }
    await this.deliverToLeaders(tx, context, events, about);
    await this.deliverToResponsible(tx, context, events, about);
  }

  /** 包保领导 and 专人 hear, by name, that the incident is now theirs to answer for (on a leader's desk too). */
  private async deliverToResponsible(
    tx: StoreTransaction,
    context: CommandContext,
    events: readonly IncidentEvent[],
    about: IncidentAbout,
  ): Promise<void> {
    for (const e of events) {
      if (e.type !== IncidentEventType.ResponsibilityNamed) continue;
      const named = [
        e.data.guarantor && { person: e.data.guarantor, audience: InboxAudience.LEADERS, as: '包保领导' },
        e.data.tracker && { person: e.data.tracker, audience: InboxAudience.UNIT, as: '跟踪专人' },
      ];
      for (const n of named) {
        if (!n) continue;
        await deliverToInbox(tx, context, {
          unitId: n.person.unitId,
          kind: InboxChangeKind.INCIDENT_RESPONSIBILITY,
          refType: InboxRef.INCIDENT,
          refId: about.incidentId,
          incidentId: about.incidentId,
          incidentTitle: about.title,
          confidential: about.confidential,
          audience: n.audience,
          recipientUserIds: [n.person.userId],
          note: {
            zh: `您被指定为该事件的${n.as}`,
            en: `You are named the incident's ${n.as === '包保领导' ? 'guarantor leader' : 'tracker'}`,
          },
        });
      }
    }
  }

  /** 上报县领导 (004 §三(四)): the leaders in charge of the field, by name, in their own unit's inbox. */
  private async deliverToLeaders(
    tx: StoreTransaction,
    context: CommandContext,
    events: readonly IncidentEvent[],
    about: IncidentAbout,
  ): Promise<void> {
    const escalated = events.find(
      (e) => e.type === IncidentEventType.Escalated && e.data.to.includes(EscalationTarget.COUNTY_LEADERS),
    );
    if (escalated?.type !== IncidentEventType.Escalated || !this.leaders || !about.countyId) return;
    // The escalation's own summary travels with it (never for a confidential incident: deliverToInbox's rule).
    const summary = escalated.data.summary;
    for (const r of await this.leaders.leadersOf(about.countyId, {
      field: about.field ?? null,
      grade: about.grade ?? null,
    })) {
      await deliverToInbox(tx, context, {
        unitId: r.unitId,
        kind: InboxChangeKind.INCIDENT_ESCALATED,
        refType: InboxRef.INCIDENT,
        refId: about.incidentId,
        incidentId: about.incidentId,
        incidentTitle: about.title,
        confidential: about.confidential,
        audience: InboxAudience.LEADERS,
        recipientUserIds: r.userIds,
        note: about.confidential ? null : { zh: `上报摘要：${summary}`, en: `Summary: ${summary}` },
      });
    }
  }
}
