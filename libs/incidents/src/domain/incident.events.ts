import { DiscoveryChannel, Grade, IncidentField, IncidentNature, Platform, Veracity } from './incident.enums';

/** Stored event type names: explicit strings, never derived from class names. */
export const IncidentEventType = {
  Reported: 'IncidentReported',
  Assessed: 'IncidentAssessed',
} as const;

export const INCIDENT_STREAM_TYPE = 'Incident';

export function incidentStreamId(incidentId: string): string {
  return `incident-${incidentId}`;
}

export interface SpreadFigures {
  posts: number;
  reposts: number;
  comments: number;
  views: number;
  /** Number of mainstream media outlets that picked the story up. */
  mainstreamMediaPickups: number;
}

export interface IncidentReportedData {
  incidentId: string;
  channel: DiscoveryChannel;
  platform: Platform;
  urls: string[];
  title: string;
  excerpt: string;
  discoveredAt: string;
  spread: SpreadFigures;
  /** 涉密: notifications and subscriptions carry only a reference (002). */
  confidential: boolean;
  reportingUnitId: string;
  /** The county of the registering unit (schema v2; v1 events read as null). */
  countyId: string | null;
  reportedBy: string;
  reportedAt: string;
}

export interface IncidentAssessedData {
  incidentId: string;
  nature: IncidentNature;
  veracity: Veracity;
  field: IncidentField;
  grade: Grade;
  /** Indicators the judgement rests on (e.g. repost counts, sensitivity). */
  indicators: string[];
  reasoning: string;
  previousGrade: Grade | null;
  /** 1 for the first assessment; grading is revisable at any time (002: dynamic management). */
  revision: number;
  assessedBy: string;
  assessedAt: string;
}

export type IncidentEvent =
  | { type: typeof IncidentEventType.Reported; data: IncidentReportedData }
  | { type: typeof IncidentEventType.Assessed; data: IncidentAssessedData };
