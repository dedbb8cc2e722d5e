import { RecordedEvent, RowProjection } from '@app/event-store';
import {
  DutyEventType,
  DutyLogRecordedData,
  DutyPost,
  DutyShiftAssignedData,
  DutyShiftCancelledData,
} from '../domain/duty.events';
import { DutyLogView, DutyShiftView } from './duty-views.entity';

/** A shift assigned or cancelled, into its row. */
export function applyToShift(row: DutyShiftView | undefined, e: RecordedEvent): DutyShiftView | undefined {
  if (e.type === DutyEventType.ShiftAssigned) {
    const d = e.data as unknown as DutyShiftAssignedData;
    return Object.assign(new DutyShiftView(), {
      shiftId: d.shiftId,
      unitId: d.unitId,
      countyId: d.countyId,
      userId: d.userId,
      userName: d.userName,
      startsAt: new Date(d.startsAt),
      endsAt: new Date(d.endsAt),
      post: d.post ?? DutyPost.OFFICER,
      note: d.note,
      cancelled: false,
    });
  }
  if (e.type === DutyEventType.ShiftCancelled && row) return Object.assign(row, { cancelled: true });
  return row;
}

export const dutyShiftViewProjection = () =>
  new RowProjection<DutyShiftView>({
    name: 'duty-shift-view',
    entity: DutyShiftView,
    table: 'duty_shift_view',
    keyProperty: 'shiftId',
    eventTypes: [DutyEventType.ShiftAssigned, DutyEventType.ShiftCancelled],
    keyOf: (e) => (e.data as unknown as DutyShiftCancelledData).shiftId,
    apply: applyToShift,
  });

/** A duty log line, into its own row (a log only grows). */
export function applyToDutyLog(_row: DutyLogView | undefined, e: RecordedEvent): DutyLogView {
  const d = e.data as unknown as DutyLogRecordedData;
  return Object.assign(new DutyLogView(), {
    entryId: d.entryId,
    unitId: d.unitId,
    countyId: d.countyId,
    userId: d.userId,
    userName: d.userName,
    kind: d.kind,
    text: d.text,
    incidentId: d.incidentId,
    onDuty: d.onDuty,
    at: new Date(d.at),
  });
}

export const dutyLogViewProjection = () =>
  new RowProjection<DutyLogView>({
    name: 'duty-log-view',
    entity: DutyLogView,
    table: 'duty_log_view',
    keyProperty: 'entryId',
    eventTypes: [DutyEventType.LogRecorded],
    keyOf: (e) => (e.data as unknown as DutyLogRecordedData).entryId,
    apply: applyToDutyLog,
  });
