import { registerLabelledEnum } from '@app/graphql';
import { LocalizedMessage } from '@app/kernel';
import { ALONGSIDE_OPERATIONS } from '../domain/incident-alongside';
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
  [...Object.entries(OPERATIONS), ...Object.entries(ALONGSIDE_OPERATIONS)].map(([k, v]) => [
    k,
    { zh: v.zh, en: k },
  ]),
) as Record<string, LocalizedMessage>;

registerLabelledEnum(
  DiscoveryChannel,
  'DiscoveryChannel',
  '发现渠道 / Discovery channel',
  DISCOVERY_CHANNEL_LABELS,
);
registerLabelledEnum(Platform, 'Platform', '发布平台 / Platform', PLATFORM_LABELS);
registerLabelledEnum(IncidentNature, 'IncidentNature', '舆情性质 / Nature of the opinion', NATURE_LABELS);
registerLabelledEnum(Veracity, 'Veracity', '真实性 / Veracity', VERACITY_LABELS);
registerLabelledEnum(IncidentField, 'IncidentField', '所属领域 / Field', FIELD_LABELS);
registerLabelledEnum(Grade, 'Grade', '舆情等级（预警级别）/ Grade (warning level)', GRADE_LABELS);
registerLabelledEnum(IncidentStatus, 'IncidentStatus', '事件状态 / Incident status', STATUS_LABELS);
registerLabelledEnum(EscalationTarget, 'EscalationTarget', '上报对象 / Escalated to', ESCALATION_LABELS);
registerLabelledEnum(TaskRole, 'TaskRole', '工单角色 / Task role', TASK_ROLE_LABELS);

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
  nameIncidentResponsibility = 'nameIncidentResponsibility',
  handleLocally = 'handleLocally',
  takeOverIncident = 'takeOverIncident',
  supplementIncident = 'supplementIncident',
  recordSpreadReading = 'recordSpreadReading',
  // Steps other capabilities record, offered on the incident (domain/incident-alongside.ts).
  sendRiskLetter = 'sendRiskLetter',
  referToPolice = 'referToPolice',
  draftStatement = 'draftStatement',
  draftSpecialReport = 'draftSpecialReport',
  sendTakedownRequest = 'sendTakedownRequest',
  draftHandlingPlan = 'draftHandlingPlan',
  attachEvidence = 'attachEvidence',
}
registerLabelledEnum(
  IncidentAction,
  'IncidentAction',
  '事件可执行的操作 / What the incident allows next',
  OPERATION_LABELS,
);
