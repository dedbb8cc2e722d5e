import { RecordedEvent, RowProjection } from '@app/event-store';
import { StatementEvent, StatementEventType, StatementStatus } from '../domain/statement.decider';
import { StatementView } from './statement-view.entity';

export function applyToStatementView(
  row: StatementView | undefined,
  event: RecordedEvent,
): StatementView | undefined {
  const e = { type: event.type, data: event.data } as unknown as StatementEvent;
  const touched = { version: event.streamVersion, updatedAt: event.recordedAt };
  if (e.type === StatementEventType.Drafted) {
    const d = e.data;
    return Object.assign(new StatementView(), {
      statementId: d.statementId,
      incidentId: d.incidentId,
      countyId: d.countyId,
      draftingUnitId: d.draftingUnitId,
      propagandaUnitId: d.propagandaUnitId,
      visibleUnits: [
        ...new Set(
          [d.draftingUnitId, d.propagandaUnitId, ...d.incidentVisibleUnits].filter((u): u is string => !!u),
        ),
      ],
      kind: d.kind,
      tier: d.tier,
      title: d.title,
      content: d.content,
      status: StatementStatus.DRAFT,
      draftedBy: d.by,
      draftedAt: new Date(d.at),
      approvedBy: null,
      approvedAt: null,
      publishedBy: null,
      publishedAt: null,
      channels: [],
      rejections: [],
      ...touched,
    });
  }
  if (!row) return row;
  switch (e.type) {
    case StatementEventType.Revised:
      return Object.assign(row, touched, {
        title: e.data.title,
        content: e.data.content,
        status: StatementStatus.DRAFT,
      });
    case StatementEventType.Approved:
      return Object.assign(row, touched, {
        status: StatementStatus.APPROVED,
        approvedBy: e.data.by,
        approvedAt: new Date(e.data.at),
      });
    case StatementEventType.Rejected:
      return Object.assign(row, touched, {
        status: StatementStatus.REJECTED,
        rejections: [...row.rejections, { reason: e.data.reason, by: e.data.by, at: e.data.at }],
      });
    case StatementEventType.Published:
      return Object.assign(row, touched, {
        status: StatementStatus.PUBLISHED,
        publishedBy: e.data.by,
        publishedAt: new Date(e.data.at),
        channels: e.data.channels,
      });
  }
}

export const statementViewProjection = () =>
  new RowProjection<StatementView>({
    name: 'statement-view',
    entity: StatementView,
    table: 'statement_view',
    keyProperty: 'statementId',
    eventTypes: Object.values(StatementEventType),
    keyOf: (e) => String((e.data as { statementId?: string }).statementId),
    apply: applyToStatementView,
  });
