import { EntityManager } from 'typeorm';
import { Projection, RecordedEvent, RowProjection } from '@app/event-store';
import { INBOX_ITEM_ARRIVED, InboxItemArrivedData } from '@app/inbox';
import { deterministicUuid } from '@app/kernel';
import {
  CountyLeaderAppointedData,
  CountyLeaderRelievedData,
  LeaderInstructionFeedbackReportedData,
  LeaderInstructionGivenData,
  LeaderInstructionTaskLinkedData,
  LeadershipEventType,
} from '../domain/leadership.events';
import { LeaderArrivalView } from './leader-arrival-view.entity';
import { LeaderInstructionView } from './leader-instruction-view.entity';

/** The roster: an appointment replaces the leader's row (a change of post or fields), relieving removes it. */
export class CountyLeaderViewProjection implements Projection {
  readonly name = 'county-leader-view';
  readonly tables = ['county_leader_view'];
  readonly eventTypes = [LeadershipEventType.LeaderAppointed, LeadershipEventType.LeaderRelieved];
  readonly version = 1;

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      if (e.type === LeadershipEventType.LeaderRelieved) {
        const d = e.data as unknown as CountyLeaderRelievedData;
        await manager.query(`DELETE FROM county_leader_view WHERE county_id = $1 AND user_id = $2`, [
          d.countyId,
          d.userId,
        ]);
        continue;
      }
      const d = e.data as unknown as CountyLeaderAppointedData;
      await manager.query(
        `INSERT INTO county_leader_view (county_id, user_id, unit_id, name, post, fields, principal, appointed_at, version)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9)
         ON CONFLICT (county_id, user_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, name = EXCLUDED.name,
           post = EXCLUDED.post, fields = EXCLUDED.fields, principal = EXCLUDED.principal,
           appointed_at = EXCLUDED.appointed_at, version = EXCLUDED.version`,
        [d.countyId, d.userId, d.unitId, d.name, d.post, d.fields, d.principal, d.at, e.streamVersion],
      );
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM county_leader_view`);
  }
}

export function applyToLeaderInstructionView(
  row: LeaderInstructionView | undefined,
  e: RecordedEvent,
): LeaderInstructionView | undefined {
  if (e.type === LeadershipEventType.InstructionGiven) {
    const d = e.data as unknown as LeaderInstructionGivenData;
    return Object.assign(new LeaderInstructionView(), {
      instructionId: d.instructionId,
      incidentId: d.incidentId,
      countyId: d.countyId,
      incidentTitle: d.incidentTitle,
      confidential: d.confidential,
      leaderUserId: d.leaderUserId,
      leaderUnitId: d.leaderUnitId,
      leaderName: d.leaderName,
      post: d.post,
      text: d.text,
      givenAt: new Date(d.at),
      taskIds: [],
      feedback: [],
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  if (e.type === LeadershipEventType.InstructionTaskLinked) {
    const d = e.data as unknown as LeaderInstructionTaskLinkedData;
    return Object.assign(row, { taskIds: [...row.taskIds, d.taskId], version: e.streamVersion });
  }
  const d = e.data as unknown as LeaderInstructionFeedbackReportedData;
  return Object.assign(row, {
    feedback: [...row.feedback, { text: d.text, byName: d.byName, at: d.at }],
    version: e.streamVersion,
  });
}

export const leaderInstructionViewProjection = () =>
  new RowProjection<LeaderInstructionView>({
    name: 'leader-instruction-view',
    entity: LeaderInstructionView,
    table: 'leader_instruction_view',
    keyProperty: 'instructionId',
    eventTypes: [
      LeadershipEventType.InstructionGiven,
      LeadershipEventType.InstructionTaskLinked,
      LeadershipEventType.InstructionFeedbackReported,
    ],
    keyOf: (e) => (e.data as { instructionId: string }).instructionId,
    apply: applyToLeaderInstructionView,
  });

/**
 * The rows one arrival makes: one per person it names, keyed by the arrival and the person, so that applying it
 * again writes the same rows.
 */
export function leaderArrivalRows(e: RecordedEvent): LeaderArrivalView[] {
  const d = e.data as unknown as InboxItemArrivedData;
  return (d.recipientUserIds ?? []).map((userId) =>
    Object.assign(new LeaderArrivalView(), {
      eventId: deterministicUuid('leader-arrival', e.eventId, userId),
      userId,
      unitId: d.unitId,
      countyId: null,
      kind: d.kind,
      refType: d.refType,
      refId: d.refId,
      incidentId: d.incidentId,
      // 涉密 (002): only the reference is kept.
      title: d.confidential ? null : d.title,
      note: d.confidential ? null : (d.note?.zh ?? null),
      confidential: d.confidential,
      fromUnitId: d.fromUnitId,
      arrivedAt: new Date(d.at),
    }),
  );
}

/**
 * What reached a leader by name: every inbox arrival that names its people (an escalation to the leaders in charge,
 * a report back on an instruction), one row per person named.
 */
export class LeaderArrivalViewProjection implements Projection {
  readonly name = 'leader-arrival-view';
  readonly tables = ['leader_arrival_view'];
  readonly eventTypes = [INBOX_ITEM_ARRIVED];
  readonly version = 1;

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = events.flatMap(leaderArrivalRows);
    if (rows.length) await manager.upsert(LeaderArrivalView, rows, ['eventId']);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM leader_arrival_view`);
  }
}
