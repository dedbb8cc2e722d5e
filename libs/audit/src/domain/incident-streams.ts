import { RecordedEvent } from '@app/kernel';
import { letterStreamId, taskStreamId } from '@app/dispatch/domain';
import { INBOX_STREAM_TYPE, InboxRef } from '@app/inbox/domain';
import { incidentStreamId } from '@app/incidents/domain';
import { statementStreamId } from '@app/response/domain';
import { INCIDENT_OWNED_STREAM_TYPES } from './history-kind';

/** Streams an event points to (a task it attached, a letter delivered): each must exist in the log. */
export function namedStreams(e: Pick<RecordedEvent, 'streamType' | 'data'>): string[] {
  const d = e.data as {
    taskId?: string;
    childTaskId?: string;
    followUpTaskIds?: string[];
    letterId?: string;
    statementId?: string;
    refType?: InboxRef;
    refId?: string;
  };
  const ids: string[] = [];
  if (d.taskId) ids.push(taskStreamId(d.taskId));
  if (d.childTaskId) ids.push(taskStreamId(d.childTaskId));
  for (const t of d.followUpTaskIds ?? []) ids.push(taskStreamId(t));
  if (d.letterId) ids.push(letterStreamId(d.letterId));
  if (d.statementId) ids.push(statementStreamId(d.statementId));
  if (e.streamType === INBOX_STREAM_TYPE && d.refId) {
    if (d.refType === 'TASK') ids.push(taskStreamId(d.refId));
    if (d.refType === 'LETTER') ids.push(letterStreamId(d.refId));
    if (d.refType === 'STATEMENT') ids.push(statementStreamId(d.refId));
  }
  return ids;
}

/**
 * The streams to check whole for an incident: those of its own found in the log, and those its events name — a
 * stream removed entirely is still named by the events that point to it.
 */
export function wholeStreamsOf(
  incidentId: string,
  events: Pick<RecordedEvent, 'streamId' | 'streamType' | 'data'>[],
): string[] {
  // The incident's own stream always: if it vanished, nothing else would name it.
  const whole = new Set<string>([incidentStreamId(incidentId)]);
  for (const e of events) {
    if (INCIDENT_OWNED_STREAM_TYPES.includes(e.streamType)) whole.add(e.streamId);
    for (const id of namedStreams(e)) whole.add(id);
  }
  return [...whole].sort();
}
