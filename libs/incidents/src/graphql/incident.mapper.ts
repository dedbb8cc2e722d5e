import { Grade, IncidentField, IncidentNature, IncidentStatus, Veracity } from '../domain/incident.enums';
import { IncidentView } from '../projections/incident-view.entity';
import { IncidentType } from './incident.types';

export function toIncidentType(v: IncidentView): IncidentType {
  return {
    id: v.incidentId,
    version: v.version,
    status: v.status as IncidentStatus,
    title: v.title,
    excerpt: v.excerpt,
    channel: v.channel as IncidentType['channel'],
    platform: v.platform as IncidentType['platform'],
    urls: v.urls,
    discoveredAt: v.discoveredAt,
    spread: v.spread,
    confidential: v.confidential,
    grade: (v.grade as Grade | null) ?? null,
    assessment:
      v.grade && v.assessedAt
        ? {
            nature: v.nature as IncidentNature,
            veracity: v.veracity as Veracity,
            field: v.field as IncidentField,
            grade: v.grade as Grade,
            indicators: v.indicators ?? [],
            reasoning: v.reasoning ?? '',
            revision: v.assessmentRevision,
            assessedBy: v.assessedBy ?? '',
            assessedAt: v.assessedAt,
          }
        : null,
    reportingUnitId: v.reportingUnitId,
    reportedBy: v.reportedBy,
    reportedAt: v.reportedAt,
    updatedAt: v.updatedAt,
  };
}
