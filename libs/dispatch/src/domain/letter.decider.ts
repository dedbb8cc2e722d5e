import { Grade } from '@app/incidents/domain';
import { Decider, DecisionContext, FieldProblem, problem, textProblems, ValidationFailed } from '@app/kernel';
import { LetterAlreadySent, LetterAlreadySigned, LetterNotFound } from './dispatch.errors';

export const LetterEventType = {
  Sent: 'RiskLetterSent',
  Signed: 'RiskLetterSigned',
  Chased: 'RiskLetterChased',
  Escalated: 'RiskLetterEscalated',
} as const;

export const LETTER_STREAM_TYPE = 'RiskLetter';
export const letterStreamId = (letterId: string) => `letter-${letterId}`;

/** 网络风险提示函 (004 §二(二)): the risk, its level and scope, what to watch, what to do. */
export interface RiskLetterSentData {
  letterId: string;
  incidentId: string | null;
  countyId: string | null;
  senderUnitId: string;
  recipientUnitIds: string[];
  title: string;
  risk: string;
  level: Grade;
  scope: string;
  watchPoints: string;
  requestedMeasures: string;
  receiptDueAt: string;
  confidential: boolean;
  by: string;
  at: string;
}

/** 签收: a recipient acknowledges the letter. */
export interface RiskLetterSignedData {
  letterId: string;
  incidentId: string | null;
  unitId: string;
  by: string;
  at: string;
}

/**
 * 催签 / escalation by the platform: recipients that had not signed for the letter when its timer fell due
 * (ADR 0009). Chased at the receipt deadline; raised to the sender's leaders if still unsigned later.
 */
export interface RiskLetterChasedData {
  letterId: string;
  incidentId: string | null;
  timerId: string;
  unsignedUnitIds: string[];
  receiptDueAt: string;
  at: string;
}

export type LetterEvent =
  | { type: typeof LetterEventType.Sent; data: RiskLetterSentData }
  | { type: typeof LetterEventType.Signed; data: RiskLetterSignedData }
  | { type: typeof LetterEventType.Chased; data: RiskLetterChasedData }
  | { type: typeof LetterEventType.Escalated; data: RiskLetterChasedData };

export interface LetterContent {
  title: string;
  risk: string;
  level: Grade;
  scope: string;
  watchPoints: string;
  requestedMeasures: string;
}

/** Who and when arrive in `context`, the kernel's one decision-context shape (as for tasks and incidents). */
export type LetterCommand = { letterId: string; context: DecisionContext } & (
  | {
      type: 'SendRiskLetter';
      incidentId: string | null;
      countyId: string | null;
      recipientUnitIds: string[];
      /** Recipients that exist in the county (checked by the handler). */
      knownRecipientUnitIds: string[];
      content: LetterContent;
      receiptDueAt: Date;
      confidential: boolean;
    }
  | { type: 'SignRiskLetter' }
  | { type: 'FireLetterTimer'; timerId: string; kind: 'CHASE' | 'ESCALATE' }
);

export interface LetterState {
  exists: boolean;
  incidentId: string | null;
  recipients: string[];
  signed: string[];
  receiptDueAt: Date | null;
  firedTimers: string[];
}

export const initialLetterState = (): LetterState => ({
  exists: false,
  incidentId: null,
  recipients: [],
  signed: [],
  receiptDueAt: null,
  firedTimers: [],
});

export function decideLetter(c: LetterCommand, s: LetterState): LetterEvent[] {
  switch (c.type) {
    case 'SendRiskLetter': {
      if (s.exists) throw new LetterAlreadySent();
      const k = c.content;
      const p: FieldProblem[] = [
        ...textProblems('input.title', k.title, 1, 200),
        ...textProblems('input.risk', k.risk, 1, 5000),
        ...textProblems('input.scope', k.scope, 1, 1000),
        ...textProblems('input.watchPoints', k.watchPoints, 1, 5000),
        ...textProblems('input.requestedMeasures', k.requestedMeasures, 1, 5000),
      ];
      const recipients = [...new Set(c.recipientUnitIds)];
      if (recipients.length === 0)
        p.push(problem('input.recipientUnitIds', '至少选择一个接收单位', 'choose at least one recipient'));
      recipients.forEach((u, i) => {
        if (!c.knownRecipientUnitIds.includes(u))
          p.push(problem(`input.recipientUnitIds[${i}]`, '不是本县单位', 'not a unit of this county'));
      });
      if (c.receiptDueAt.getTime() <= c.context.now.getTime())
        p.push(problem('input.receiptDueAt', '签收时限须晚于现在', 'must be in the future'));
      if (p.length) throw new ValidationFailed(p);
      return [
        {
          type: LetterEventType.Sent,
          data: {
            letterId: c.letterId,
            incidentId: c.incidentId,
            countyId: c.countyId,
            senderUnitId: c.context.actorUnitId,
            recipientUnitIds: recipients,
            title: k.title.trim(),
            risk: k.risk.trim(),
            level: k.level,
            scope: k.scope.trim(),
            watchPoints: k.watchPoints.trim(),
            requestedMeasures: k.requestedMeasures.trim(),
            receiptDueAt: c.receiptDueAt.toISOString(),
            confidential: c.confidential,
            by: c.context.actorUserId,
            at: c.context.now.toISOString(),
          },
        },
      ];
    }
    case 'SignRiskLetter': {
      if (!s.exists) throw new LetterNotFound(c.letterId);
      if (s.signed.includes(c.context.actorUnitId)) throw new LetterAlreadySigned();
      return [
        {
          type: LetterEventType.Signed,
          data: {
            letterId: c.letterId,
            incidentId: s.incidentId,
            unitId: c.context.actorUnitId,
            by: c.context.actorUserId,
            at: c.context.now.toISOString(),
          },
        },
      ];
    }
    case 'FireLetterTimer': {
      // Fires once, and only for recipients still unsigned: a letter everyone signed for needs no chasing.
      const unsigned = s.recipients.filter((u) => !s.signed.includes(u));
      if (!s.exists || s.firedTimers.includes(c.timerId) || unsigned.length === 0) return [];
      if (c.context.now.getTime() < s.receiptDueAt!.getTime()) return [];
      return [
        {
          type: c.kind === 'CHASE' ? LetterEventType.Chased : LetterEventType.Escalated,
          data: {
            letterId: c.letterId,
            incidentId: s.incidentId,
            timerId: c.timerId,
            unsignedUnitIds: unsigned,
            receiptDueAt: s.receiptDueAt!.toISOString(),
            at: c.context.now.toISOString(),
          },
        },
      ];
    }
  }
}

export function evolveLetter(s: LetterState, e: LetterEvent): LetterState {
  switch (e.type) {
    case LetterEventType.Sent:
      return {
        exists: true,
        incidentId: e.data.incidentId,
        recipients: e.data.recipientUnitIds,
        signed: [],
        receiptDueAt: new Date(e.data.receiptDueAt),
        firedTimers: [],
      };
    case LetterEventType.Signed:
      return { ...s, signed: [...s.signed, e.data.unitId] };
    case LetterEventType.Chased:
    case LetterEventType.Escalated:
      return { ...s, firedTimers: [...s.firedTimers, e.data.timerId] };
  }
}

export const letterDecider: Decider<LetterCommand, LetterEvent, LetterState> = {
  decide: decideLetter,
  evolve: evolveLetter,
  initialState: initialLetterState,
};
