import { EscalationTarget, Grade, IncidentNature, IncidentStatus } from './incident.enums';

/** What the decider remembers of an incident's stream: only what its rules read. */
export interface IncidentState {
  exists: boolean;
  incidentId: string | null;
  status: IncidentStatus | null;
  grade: Grade | null;
  nature: IncidentNature | null;
  assessments: number;
  listed: boolean;
  warning: { level: Grade; active: boolean } | null;
  escalatedTo: EscalationTarget[];
  linkage: { active: boolean; leadUnitId: string; coreUnitIds: string[]; memberUnitIds: string[] } | null;
  /** Tasks dispatched for the incident, and whether each was struck off or cancelled. */
  tasks: Record<string, { unitId: string; settled: boolean }>;
  reviewFiled: boolean;
  /** 包保领导 and 专人 as named now (user ids). */
  guarantorUserId?: string | null;
  trackerUserId?: string | null;
  /** The township handling it itself (grade IV within its villages), until the centre takes it over. */
  localUnitId?: string | null;
  /** The centre took it back from a township: it is not handed down again. */
  takenOver?: boolean;
  /** The grade the spread last suggested since the last assessment (asked once per grade). */
  suggestedGrade?: Grade | null;
}

export const initialIncidentState = (): IncidentState => ({
  exists: false,
  incidentId: null,
  status: null,
  grade: null,
  nature: null,
  assessments: 0,
  listed: false,
  warning: null,
  escalatedTo: [],
  linkage: null,
  tasks: {},
  reviewFiled: false,
  guarantorUserId: null,
  trackerUserId: null,
  localUnitId: null,
  takenOver: false,
  suggestedGrade: null,
});
