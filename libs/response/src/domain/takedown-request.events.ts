/**
 * 函告网站 (000 §三4; 001 §二(五)): for a false post the unit handling it writes to the website or platform that
 * carries it, naming the items by their links, and records what the platform answered. Its own stream per request;
 * every event carries the incident, so the incident's timeline and the auditor's history show it.
 */
export const TAKEDOWN_STREAM_TYPE = 'TakedownRequest';
export const takedownStreamId = (requestId: string) => `takedown-${requestId}`;

export const TakedownEventType = {
  Sent: 'TakedownRequestSent',
  Answered: 'TakedownAnswerRecorded',
} as const;

/** What the platform did: removed the items, refused, or said nothing by the time it was recorded. */
export const TakedownAnswer = {
  REMOVED: 'REMOVED',
  REFUSED: 'REFUSED',
  NO_ANSWER: 'NO_ANSWER',
} as const;
export type TakedownAnswer = (typeof TakedownAnswer)[keyof typeof TakedownAnswer];

export const TAKEDOWN_ANSWER_LABELS: Record<TakedownAnswer, { zh: string; en: string }> = {
  REMOVED: { zh: '已删除', en: 'Removed' },
  REFUSED: { zh: '拒绝处理', en: 'Refused' },
  NO_ANSWER: { zh: '未答复', en: 'No answer' },
};

interface Stamp {
  requestId: string;
  incidentId: string;
  by: string;
  byUnit: string;
  at: string;
}

export interface TakedownRequestSentData extends Stamp {
  countyId: string | null;
  /** The units that could read the incident when it was sent: they read the request too. */
  incidentVisibleUnits: string[];
  /** The outside platform by name (e.g. 某某论坛运营方), not a unit of the platform. */
  platform: string;
  itemUrls: string[];
  /** What is asked and why (不实贴文, 请依法依规处置). */
  request: string;
}

export interface TakedownAnswerRecordedData extends Stamp {
  answer: TakedownAnswer;
  note: string;
}

export type TakedownEvent =
  | { type: typeof TakedownEventType.Sent; data: TakedownRequestSentData }
  | { type: typeof TakedownEventType.Answered; data: TakedownAnswerRecordedData };
