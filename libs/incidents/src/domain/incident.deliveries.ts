import { InboxChangeKind } from '@app/inbox/domain';
import { EscalationTarget } from './incident.enums';
import { IncidentEvent, IncidentEventType } from './incident.events';

const SPREAD_FIGURE_WORDS = {
  posts: { zh: '发帖', en: 'posts' },
  comments: { zh: '跟帖', en: 'comments' },
  views: { zh: '点击', en: 'views' },
  mainstreamMediaPickups: { zh: '主流媒体报道', en: 'mainstream media' },
} as const;

/** Who must hear of an incident event in their inbox, beyond the unit that caused it. */
export interface IncidentDelivery {
  unitId: string;
  kind: InboxChangeKind;
  /** What the arrival says beyond its kind (never for a confidential incident: the delivery drops it). */
  note?: { zh: string; en: string };
  /** A notice of the platform's own that reaches the unit even when its own people took the step. */
  evenToOwnUnit?: boolean;
}

/** Commands whose events can reach another unit; the others append without a delivery transaction. */
export const DELIVERING_COMMANDS = new Set([
  'ReportIncident',
  'EscalateIncident',
  'ActivateLinkage',
  'AddLinkageMembers',
  'ReleaseLinkageMember',
  'IssueWarning',
  'AdjustWarning',
  'LiftWarning',
  'NameIncidentResponsibility',
  'HandleLocally',
  'TakeOverIncident',
  'SupplementIncident',
  'RecordSpreadReading',
]);

/** What the incident looked like before the command: who already works it, and whom its warning reached. */
export interface IncidentReach {
  visibleUnits: readonly string[];
  warningScopeUnitIds: readonly string[];
  /** The township handling it itself, if any. */
  localUnitId?: string | null;
}

/**
 * The receiving side of the incident's cross-unit steps: a report from below reaches the county centre (上报,
 * 004 §二(三)), and a village's its township's office as well (000 §三1); an escalation reaches the city office or, from below, the county centre; the linkage's lead, core
 * and member units hear that they are in it or released from it. A warning issued, adjusted or lifted reaches the
 * units named in its scope and the units already working the incident (002 预警发布: 向可能受影响的单位发布).
 */
export function deliveriesOf(
  events: readonly IncidentEvent[],
  county: { centreUnitId: string | null },
  before: IncidentReach = { visibleUnits: [], warningScopeUnitIds: [] },
): IncidentDelivery[] {
  const out: IncidentDelivery[] = [];
  const to = (kind: InboxChangeKind, ...unitIds: (string | null | undefined)[]) => {
    for (const unitId of new Set(unitIds)) if (unitId) out.push({ unitId, kind });
  };
  const withNote = (kind: InboxChangeKind, note: IncidentDelivery['note'], ...unitIds: (string | null)[]) => {
    for (const unitId of new Set(unitIds)) if (unitId) out.push({ unitId, kind, note });
  };
  for (const e of events) {
    switch (e.type) {
      case IncidentEventType.Reported:
        to(InboxChangeKind.INCIDENT_REPORTED, county.centreUnitId, e.data.townshipUnitId);
        break;
      case IncidentEventType.Escalated:
        if (e.data.to.includes(EscalationTarget.CITY_OFFICE))
          to(InboxChangeKind.INCIDENT_ESCALATED, e.data.cityOfficeUnitId);
        if (e.data.to.includes(EscalationTarget.COUNTY_LEADERS))
          to(InboxChangeKind.INCIDENT_ESCALATED, county.centreUnitId);
        break;
      case IncidentEventType.LinkageActivated:
        to(InboxChangeKind.LINKAGE_JOINED, e.data.leadUnitId, ...e.data.coreUnitIds, ...e.data.memberUnitIds);
        break;
      case IncidentEventType.LinkageMembersAdded:
        to(InboxChangeKind.LINKAGE_JOINED, ...e.data.unitIds);
        break;
      case IncidentEventType.LinkageMemberReleased:
        to(InboxChangeKind.LINKAGE_RELEASED, e.data.unitId);
        break;
      case IncidentEventType.WarningIssued:
        to(InboxChangeKind.WARNING_ISSUED, ...(e.data.scopeUnitIds ?? []), ...before.visibleUnits);
        break;
      // An adjustment reaches those the warning reached before as well as any unit it now names.
      case IncidentEventType.WarningAdjusted:
        to(
          InboxChangeKind.WARNING_ADJUSTED,
          ...(e.data.scopeUnitIds ?? []),
          ...before.warningScopeUnitIds,
          ...before.visibleUnits,
        );
        break;
      case IncidentEventType.WarningLifted:
        to(InboxChangeKind.WARNING_LIFTED, ...before.warningScopeUnitIds, ...before.visibleUnits);
        break;
      // The centre hears that a township handles it itself; the township, that the centre took it back.
      case IncidentEventType.TakenUpLocally:
        to(InboxChangeKind.INCIDENT_TAKEN_UP_LOCALLY, county.centreUnitId);
        break;
      case IncidentEventType.TakenOver:
        to(InboxChangeKind.INCIDENT_TAKEN_OVER, e.data.fromUnitId);
        break;
      // What a unit adds reaches the centre and the unit handling it (itself excepted by the delivery).
      case IncidentEventType.Supplemented:
        withNote(
          InboxChangeKind.INCIDENT_SUPPLEMENTED,
          { zh: `补充情况：${e.data.text}`, en: `Added: ${e.data.text}` },
          county.centreUnitId,
          before.localUnitId ?? null,
        );
        break;
      // The figures ask the centre to assess again: every duty officer hears it, whoever's reading it was.
      case IncidentEventType.ReassessmentSuggested: {
        const why = e.data.reasons.map(
          (r) => `${SPREAD_FIGURE_WORDS[r.figure].zh} ${r.value}（标准 ${r.threshold}）`,
        );
        const whyEn = e.data.reasons.map(
          (r) => `${r.value} ${SPREAD_FIGURE_WORDS[r.figure].en} (criterion ${r.threshold})`,
        );
        if (county.centreUnitId)
          out.push({
            unitId: county.centreUnitId,
            kind: InboxChangeKind.REASSESSMENT_SUGGESTED,
            note: {
              zh: `传播数据已达 ${e.data.suggestedGrade} 级标准：${why.join('、')}${e.data.grade ? `；现为 ${e.data.grade} 级` : '；尚未研判'}`,
              en: `the spread reached grade ${e.data.suggestedGrade}: ${whyEn.join(', ')}${e.data.grade ? `; now grade ${e.data.grade}` : '; not assessed yet'}`,
            },
            evenToOwnUnit: true,
          });
        break;
      }
      // Steps that stay with the county centre (or reach others through their own streams: tasks, letters).
      case IncidentEventType.SpreadReadingRecorded:
      case IncidentEventType.Assessed:
      case IncidentEventType.Listed:
      case IncidentEventType.JointConferenceRecorded:
      case IncidentEventType.TaskAttached:
      case IncidentEventType.TaskSettled:
      case IncidentEventType.Calmed:
      case IncidentEventType.Closed:
      case IncidentEventType.Reopened:
      case IncidentEventType.ReviewFiled:
      case IncidentEventType.AccountabilityRecorded:
        break;
      // The people named reach their own desks by name (IncidentDeliveries), not every clerk of their units.
      case IncidentEventType.ResponsibilityNamed:
        break;
    }
  }
  return out;
}
