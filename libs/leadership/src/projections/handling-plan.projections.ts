import { RecordedEvent, RowProjection } from '@app/event-store';
import {
  HandlingPlanDecidedData,
  HandlingPlanDraftedData,
  HandlingPlanEventType,
  HandlingPlanPolicySetData,
  HandlingPlanApprovedData,
  HandlingPlanSentBackData,
  HandlingPlanStatus,
} from '../domain/handling-plan.events';
import { HandlingPlanPolicyView, HandlingPlanView } from './handling-plan-view.entity';

export function applyToHandlingPlanView(
  row: HandlingPlanView | undefined,
  e: RecordedEvent,
): HandlingPlanView | undefined {
  if (e.type === HandlingPlanEventType.Drafted) {
    const d = e.data as unknown as HandlingPlanDraftedData;
    return Object.assign(row ?? new HandlingPlanView(), {
      planId: d.planId,
      incidentId: d.incidentId,
      countyId: d.countyId,
      incidentTitle: d.incidentTitle,
      field: d.field,
      status: HandlingPlanStatus.PENDING,
      measures: d.measures,
      unitIds: d.unitIds,
      timing: d.timing,
      revision: d.revision,
      draftedByName: d.byName,
      draftedAt: new Date(d.at),
      decidedByName: null,
      decidedByPost: null,
      decidedAt: null,
      reason: null,
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  const d = e.data as unknown as HandlingPlanDecidedData;
  return Object.assign(row, {
    status:
      e.type === HandlingPlanEventType.Approved ? HandlingPlanStatus.APPROVED : HandlingPlanStatus.SENT_BACK,
    decidedByName: d.leaderName,
    decidedByPost: d.post,
    decidedAt: new Date(d.at),
    // The leader's words with the decision: why, when sent back; the 审批意见, if any, when approved.
    reason:
      e.type === HandlingPlanEventType.SentBack
        ? (d as HandlingPlanSentBackData).reason
        : ((d as HandlingPlanApprovedData).opinion ?? null),
    version: e.streamVersion,
  });
}

export const handlingPlanViewProjection = () =>
  new RowProjection<HandlingPlanView>({
    name: 'handling-plan-view',
    entity: HandlingPlanView,
    table: 'handling_plan_view',
    keyProperty: 'planId',
    eventTypes: [
      HandlingPlanEventType.Drafted,
      HandlingPlanEventType.Approved,
      HandlingPlanEventType.SentBack,
    ],
    keyOf: (e) => (e.data as { planId: string }).planId,
    apply: applyToHandlingPlanView,
  });

export function applyToHandlingPlanPolicyView(
  row: HandlingPlanPolicyView | undefined,
  e: RecordedEvent,
): HandlingPlanPolicyView | undefined {
  const d = e.data as unknown as HandlingPlanPolicySetData;
  return Object.assign(row ?? new HandlingPlanPolicyView(), {
    countyId: d.countyId,
    fromGrade: d.fromGrade,
    setAt: new Date(d.at),
  });
}

export const handlingPlanPolicyProjection = () =>
  new RowProjection<HandlingPlanPolicyView>({
    name: 'handling-plan-policy-view',
    entity: HandlingPlanPolicyView,
    table: 'handling_plan_policy_view',
    keyProperty: 'countyId',
    eventTypes: [HandlingPlanEventType.PolicySet],
    keyOf: (e) => (e.data as { countyId: string }).countyId,
    apply: applyToHandlingPlanPolicyView,
  });
