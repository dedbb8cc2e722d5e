import {
  Decider,
  DecisionContext,
  FieldProblem,
  oneOfProblems,
  problem,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import {
  TakedownAlreadyAnswered,
  TakedownExists,
  TakedownNotFound,
  TakedownOnClosedIncident,
  TakedownSenderOnly,
} from './takedown.errors';
import {
  TakedownAnswer,
  TakedownEvent,
  TakedownEventType,
  TakedownRequestSentData,
} from './takedown-request.events';

export type TakedownCommand =
  | {
      type: 'SendTakedownRequest';
      requestId: string;
      context: DecisionContext;
      incident: { incidentId: string; countyId: string | null; closed: boolean; visibleUnits: string[] };
      platform: string;
      itemUrls: string[];
      request: string;
    }
  | {
      type: 'RecordTakedownAnswer';
      requestId: string;
      context: DecisionContext;
      answer: TakedownAnswer;
      note: string;
    };

export interface TakedownState {
  sent: Pick<TakedownRequestSentData, 'incidentId' | 'byUnit'> | null;
  answer: TakedownAnswer | null;
}

const MAX_ITEMS = 50;

/** 未答复 is provisional: the platform may still act; removed or refused is its answer. */
export const awaitsAnswer = (answer: TakedownAnswer | null): boolean =>
  answer === null || answer === TakedownAnswer.NO_ANSWER;

function isWebLink(u: string): boolean {
  try {
    const url = new URL(u);
    return (url.protocol === 'http:' || url.protocol === 'https:') && u.length <= 2000;
  } catch {
    return false;
  }
}

function sendProblems(c: Extract<TakedownCommand, { type: 'SendTakedownRequest' }>): FieldProblem[] {
  const p = [
    ...textProblems('input.platform', c.platform, 2, 100),
    ...textProblems('input.request', c.request, 4, 2000),
  ];
  if (c.itemUrls.length === 0)
    p.push(problem('input.itemUrls', '至少需要 1 个链接', 'needs at least one link'));
  if (c.itemUrls.length > MAX_ITEMS)
    p.push(problem('input.itemUrls', `链接不能超过 ${MAX_ITEMS} 个`, `at most ${MAX_ITEMS} links`));
  c.itemUrls.forEach((u, i) => {
    if (!isWebLink(u))
      p.push(
        problem(`input.itemUrls[${i}]`, `不是有效的网址：${u.slice(0, 80)}`, `is not a valid http(s) URL`),
      );
  });
  return p;
}

function decide(c: TakedownCommand, s: TakedownState): TakedownEvent[] {
  const stamp = {
    requestId: c.requestId,
    by: c.context.actorUserId,
    byUnit: c.context.actorUnitId,
    at: c.context.now.toISOString(),
  };
  switch (c.type) {
    case 'SendTakedownRequest': {
      if (s.sent) throw new TakedownExists();
      if (c.incident.closed) throw new TakedownOnClosedIncident();
      const p = sendProblems(c);
      if (p.length) throw new ValidationFailed(p);
      return [
        {
          type: TakedownEventType.Sent,
          data: {
            ...stamp,
            incidentId: c.incident.incidentId,
            countyId: c.incident.countyId,
            incidentVisibleUnits: c.incident.visibleUnits,
            platform: c.platform.trim(),
            itemUrls: [...new Set(c.itemUrls.map((u) => u.trim()))],
            request: c.request.trim(),
          },
        },
      ];
    }
    case 'RecordTakedownAnswer': {
      if (!s.sent) throw new TakedownNotFound(c.requestId);
      if (s.sent.byUnit !== c.context.actorUnitId) throw new TakedownSenderOnly();
      if (!awaitsAnswer(s.answer)) throw new TakedownAlreadyAnswered(s.answer!);
      const p = [
        ...oneOfProblems('input.answer', c.answer, TakedownAnswer),
        ...textProblems('input.note', c.note, 0, 1000),
      ];
      if (p.length) throw new ValidationFailed(p);
      return [
        {
          type: TakedownEventType.Answered,
          data: { ...stamp, incidentId: s.sent.incidentId, answer: c.answer, note: c.note.trim() },
        },
      ];
    }
  }
}

function evolve(s: TakedownState, e: TakedownEvent): TakedownState {
  switch (e.type) {
    case TakedownEventType.Sent:
      return { sent: { incidentId: e.data.incidentId, byUnit: e.data.byUnit }, answer: null };
    case TakedownEventType.Answered:
      return { ...s, answer: e.data.answer };
  }
}

export const takedownDecider: Decider<TakedownCommand, TakedownEvent, TakedownState> = {
  initialState: () => ({ sent: null, answer: null }),
  decide,
  evolve,
};
