import { registerEnumType } from '@nestjs/graphql';
import { LocalizedMessage } from '@app/kernel';
import { OPERATIONS } from '../domain/incident.decider';
import {
  DISCOVERY_CHANNEL_LABELS,
  DiscoveryChannel,
  ESCALATION_LABELS,
  EscalationTarget,
  TASK_ROLE_LABELS,
  TaskRole,
  FIELD_LABELS,
  Grade,
  GRADE_LABELS,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  NATURE_LABELS,
  Platform,
  PLATFORM_LABELS,
  STATUS_LABELS,
  Veracity,
  VERACITY_LABELS,
} from '../domain/incident.enums';

const OPERATION_LABELS = Object.fromEntries(
  Object.entries(OPERATIONS).map(([k, v]) => [k, { zh: v.zh, en: k }]),
) as Record<string, LocalizedMessage>;

/** Enum values stay English identifiers; each carries its Chinese label (and English) as its description. */
function register<E extends string>(
  enumRef: Record<string, E>,
  name: string,
  description: string,
  labels: Record<E, LocalizedMessage>,
): void {
  registerEnumType(enumRef, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.values(enumRef).map((v) => [v, { description: `${labels[v].zh} / ${labels[v].en}` }]),
    ),
  });
}

register(DiscoveryChannel, 'DiscoveryChannel', '发现渠道 / Discovery channel', DISCOVERY_CHANNEL_LABELS);
register(Platform, 'Platform', '发布平台 / Platform', PLATFORM_LABELS);
register(IncidentNature, 'IncidentNature', '舆情性质 / Nature of the opinion', NATURE_LABELS);
register(Veracity, 'Veracity', '真实性 / Veracity', VERACITY_LABELS);
register(IncidentField, 'IncidentField', '所属领域 / Field', FIELD_LABELS);
register(Grade, 'Grade', '舆情等级（预警级别）/ Grade (warning level)', GRADE_LABELS);
register(IncidentStatus, 'IncidentStatus', '事件状态 / Incident status', STATUS_LABELS);
register(EscalationTarget, 'EscalationTarget', '上报对象 / Escalated to', ESCALATION_LABELS);
register(TaskRole, 'TaskRole', '工单角色 / Task role', TASK_ROLE_LABELS);

/** The lifecycle's operations, as the client may offer them (`Incident.allowedActions`). */
export enum IncidentAction {
  assessIncident = 'assessIncident',
  listIncident = 'listIncident',
  issueWarning = 'issueWarning',
  adjustWarning = 'adjustWarning',
  liftWarning = 'liftWarning',
  escalateIncident = 'escalateIncident',
  activateLinkage = 'activateLinkage',
  addLinkageMembers = 'addLinkageMembers',
  releaseLinkageMember = 'releaseLinkageMember',
  recordJointConference = 'recordJointConference',
  dispatchTask = 'dispatchTask',
  markIncidentCalmed = 'markIncidentCalmed',
  closeIncident = 'closeIncident',
  reopenIncident = 'reopenIncident',
  fileIncidentReview = 'fileIncidentReview',
  recordAccountability = 'recordAccountability',
}
register(
  IncidentAction,
  'IncidentAction',
  '事件可执行的操作 / What the incident allows next',
  OPERATION_LABELS,
);
