import { VerificationReport } from '@app/event-store';
import { IncidentAsOf } from '../domain/incident-as-of';
import { integrityVerdict } from '../domain/integrity-verdict';
import { IncidentAsOfType, IntegrityReportType } from './audit.types';

export function toAsOfType(s: IncidentAsOf & { unitNames: Map<string, string> }): IncidentAsOfType {
  return {
    incidentId: s.incidentId,
    at: s.at,
    exists: s.exists,
    title: s.title,
    confidential: s.confidential,
    status: s.state.status,
    grade: s.state.grade,
    nature: s.state.nature,
    assessments: s.state.assessments,
    warning: s.state.warning,
    escalatedTo: s.state.escalatedTo,
    linkage: s.state.linkage,
    reviewFiled: s.state.reviewFiled,
    tasks: s.tasks.map((t) => ({ ...t, assigneeUnitName: s.unitNames.get(t.assigneeUnitId) ?? null })),
    letters: s.letters,
    statements: s.statements,
    eventsApplied: s.eventsApplied,
    lastPosition: s.lastPosition,
    lastEventAt: s.lastEventAt,
  };
}

export function toIntegrityReport(
  r: VerificationReport & { verifiedAt: Date },
  keyId: string,
): IntegrityReportType {
  return {
    ok: r.ok,
    verdict: integrityVerdict(r),
    verifiedAt: r.verifiedAt,
    keyId,
    eventsChecked: r.eventsChecked,
    streamsChecked: r.streamsChecked,
    checkpointsChecked: r.checkpointsChecked,
    unsignedCheckpoints: r.unsignedCheckpoints,
    witnessedCheckpoints: r.witnessedCheckpoints,
    unsealedEvents: r.unsealedEvents,
    independentWitness: r.independentWitness ?? null,
    firstCheckpoint: r.range.firstCheckpoint,
    lastCheckpoint: r.range.lastCheckpoint,
    fault: r.fault
      ? {
          kind: r.fault.kind,
          message: r.fault.message,
          messageEn: r.fault.messageEn,
          streamId: r.fault.streamId ?? null,
          streamVersion: r.fault.streamVersion ?? null,
          position: r.fault.position ?? null,
          checkpointSeq: r.fault.checkpointSeq ?? null,
        }
      : null,
  };
}
