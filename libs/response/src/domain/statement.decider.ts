import {
  checkReason,
  Decider,
  DecisionContext,
  LocalizedMessage,
  problem,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import { InvalidStatementTransition, StatementExists, StatementNotFound } from './statement.errors';

/** Wording (口径) or press release (通稿) (004 §四(二)). */
export enum StatementKind {
  WORDING = 'WORDING',
  PRESS_RELEASE = 'PRESS_RELEASE',
}

/** Guidance tiers of 002, progressive or simultaneous: 正面回应, 网评引导, 强势宣传. */
export enum GuidanceTier {
  POSITIVE_RESPONSE = 'POSITIVE_RESPONSE',
  COMMENTARY = 'COMMENTARY',
  STRONG_PUBLICITY = 'STRONG_PUBLICITY',
}

export enum StatementStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
}

export const STATEMENT_KIND_LABELS: Record<StatementKind, LocalizedMessage> = {
  WORDING: { zh: '口径', en: 'Wording' },
  PRESS_RELEASE: { zh: '通稿', en: 'Press release' },
};
export const GUIDANCE_TIER_LABELS: Record<GuidanceTier, LocalizedMessage> = {
  POSITIVE_RESPONSE: { zh: '正面回应', en: 'Positive response' },
  COMMENTARY: { zh: '网评引导', en: 'Online commentary' },
  STRONG_PUBLICITY: { zh: '强势宣传', en: 'Strong publicity' },
};
export const STATEMENT_STATUS_LABELS: Record<StatementStatus, LocalizedMessage> = {
  DRAFT: { zh: '待审核', en: 'Draft' },
  APPROVED: { zh: '已审核', en: 'Approved' },
  REJECTED: { zh: '退回修改', en: 'Sent back' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
};

export const StatementEventType = {
  Drafted: 'StatementDrafted',
  Revised: 'StatementRevised',
  Approved: 'StatementApproved',
  Rejected: 'StatementRejected',
  Published: 'StatementPublished',
} as const;

export const STATEMENT_STREAM_TYPE = 'Statement';
export const statementStreamId = (id: string) => `statement-${id}`;

interface Stamp {
  statementId: string;
  incidentId: string;
  by: string;
  byUnit: string;
  at: string;
}

export interface StatementDraftedData extends Stamp {
  countyId: string | null;
  draftingUnitId: string;
  propagandaUnitId: string | null;
  incidentVisibleUnits: string[];
  kind: StatementKind;
  tier: GuidanceTier;
  title: string;
  content: string;
}

export interface StatementRevisedData extends Stamp {
  title: string;
  content: string;
}

export interface StatementReasonData extends Stamp {
  reason: string;
}

export interface StatementPublishedData extends Stamp {
  channels: string[];
}

export type StatementEvent =
  | { type: typeof StatementEventType.Drafted; data: StatementDraftedData }
  | { type: typeof StatementEventType.Revised; data: StatementRevisedData }
  | { type: typeof StatementEventType.Approved; data: StatementReasonData }
  | { type: typeof StatementEventType.Rejected; data: StatementReasonData }
  | { type: typeof StatementEventType.Published; data: StatementPublishedData };

/** Who and when arrive in `context`, the kernel's one decision-context shape (as for tasks, letters, incidents). */
type Context = { statementId: string; context: DecisionContext };

export type StatementCommand = Context &
  (
    | { type: 'DraftStatement'; draft: Omit<StatementDraftedData, keyof Stamp> & { incidentId: string } }
    | { type: 'ReviseStatement'; title: string; content: string }
    | { type: 'ApproveStatement'; note: string }
    | { type: 'RejectStatement'; reason: string }
    | { type: 'PublishStatement'; channels: string[] }
  );

export interface StatementState {
  exists: boolean;
  incidentId: string | null;
  status: StatementStatus | null;
}

export const initialStatementState = (): StatementState => ({
  exists: false,
  incidentId: null,
  status: null,
});

const ALLOWED: Record<StatementCommand['type'], StatementStatus[]> = {
  DraftStatement: [],
  ReviseStatement: [StatementStatus.DRAFT, StatementStatus.REJECTED],
  ApproveStatement: [StatementStatus.DRAFT],
  RejectStatement: [StatementStatus.DRAFT],
  // Published only once approved by the propaganda department (DOMAIN §5).
  PublishStatement: [StatementStatus.APPROVED],
};

/** The steps a statement in this state allows, by command (who may take them is the access policy's answer). */
export function allowedStatementSteps(
  status: StatementStatus,
): Exclude<StatementCommand['type'], 'DraftStatement'>[] {
  return (['ReviseStatement', 'ApproveStatement', 'RejectStatement', 'PublishStatement'] as const).filter(
    (c) => ALLOWED[c].includes(status),
  );
}

export function decideStatement(c: StatementCommand, s: StatementState): StatementEvent[] {
  const stamp = {
    statementId: c.statementId,
    incidentId: s.incidentId ?? '',
    by: c.context.actorUserId,
    byUnit: c.context.actorUnitId,
    at: c.context.now.toISOString(),
  };
  if (c.type === 'DraftStatement') {
    if (s.exists) throw new StatementExists();
    const d = c.draft;
    const p = [
      ...textProblems('input.title', d.title, 1, 200),
      ...textProblems('input.content', d.content, 1, 20000),
    ];
    if (!Object.values(StatementKind).includes(d.kind))
      p.push(problem('input.kind', '类型无效', 'invalid kind'));
    if (!Object.values(GuidanceTier).includes(d.tier))
      p.push(problem('input.tier', '引导层级无效', 'invalid tier'));
    if (p.length) throw new ValidationFailed(p);
    return [
      {
        type: StatementEventType.Drafted,
        data: { ...stamp, ...d, incidentId: d.incidentId, title: d.title.trim(), content: d.content.trim() },
      },
    ];
  }
  if (!s.exists || !s.status) throw new StatementNotFound(c.statementId);
  if (!ALLOWED[c.type].includes(s.status))
    throw new InvalidStatementTransition(s.status, STATEMENT_STATUS_LABELS[s.status], c.type);
  switch (c.type) {
    case 'ReviseStatement': {
      const p = [
        ...textProblems('input.title', c.title, 1, 200),
        ...textProblems('input.content', c.content, 1, 20000),
      ];
      if (p.length) throw new ValidationFailed(p);
      return [
        {
          type: StatementEventType.Revised,
          data: { ...stamp, title: c.title.trim(), content: c.content.trim() },
        },
      ];
    }
    case 'ApproveStatement':
      return [{ type: StatementEventType.Approved, data: { ...stamp, reason: c.note.trim() } }];
    case 'RejectStatement': {
      checkReason('input.reason', c.reason, 2000, { zh: '退回修改', en: 'send a draft back' });
      return [{ type: StatementEventType.Rejected, data: { ...stamp, reason: c.reason.trim() } }];
    }
    case 'PublishStatement': {
      // Published means published somewhere: the record names where (a release account, the website, a press
      // conference), each once.
      const channels = [...new Set(c.channels.map((x) => x.trim()).filter(Boolean))];
      const p = channels.flatMap((ch, i) => textProblems(`input.channels.${i}`, ch, 1, 60));
      if (!channels.length)
        p.push(
          problem('input.channels', '请至少填写一个发布渠道', 'name at least one channel it is published on'),
        );
      if (channels.length > 20)
        p.push(problem('input.channels', '发布渠道最多 20 个', 'at most 20 channels'));
      if (p.length) throw new ValidationFailed(p);
      return [{ type: StatementEventType.Published, data: { ...stamp, channels } }];
    }
  }
}

export function evolveStatement(s: StatementState, e: StatementEvent): StatementState {
  switch (e.type) {
    case StatementEventType.Drafted:
      return { exists: true, incidentId: e.data.incidentId, status: StatementStatus.DRAFT };
    case StatementEventType.Revised:
      return { ...s, status: StatementStatus.DRAFT };
    case StatementEventType.Approved:
      return { ...s, status: StatementStatus.APPROVED };
    case StatementEventType.Rejected:
      return { ...s, status: StatementStatus.REJECTED };
    case StatementEventType.Published:
      return { ...s, status: StatementStatus.PUBLISHED };
  }
}

export const statementDecider: Decider<StatementCommand, StatementEvent, StatementState> = {
  decide: decideStatement,
  evolve: evolveStatement,
  initialState: initialStatementState,
};
