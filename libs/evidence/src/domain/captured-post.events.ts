/**
 * A post captured as evidence (issue 22): what was seen, where, when and by whom, with its screenshot (an
 * attachment of the incident). Posts are deleted within hours; this is the proof of what was said. Spread figures
 * are readings added over time, each with its moment, never overwritten.
 */
export const CapturedPostEventType = {
  Captured: 'PostCaptured',
  SpreadRead: 'PostSpreadRead',
} as const;

export const CAPTURED_POST_STREAM_TYPE = 'CapturedPost';
export const capturedPostStreamId = (postId: string) => `captured-post-${postId}`;

export interface PostCapturedData {
  postId: string;
  incidentId: string;
  unitId: string;
  countyId: string | null;
  readerUnitIds: string[];
  confidential: boolean;
  url: string;
  platform: string;
  author: string;
  textAsSeen: string;
  capturedAt: string;
  screenshotAttachmentId: string;
  screenshotSha256: string;
  capturedBy: string;
  capturedByName: string;
  at: string;
}

/** 转发 / 评论 / 浏览 as read at one moment. */
export interface PostSpreadReadData {
  postId: string;
  reposts: number;
  comments: number;
  views: number;
  readAt: string;
  readBy: string;
  at: string;
}

export type CapturedPostEvent =
  | { type: typeof CapturedPostEventType.Captured; data: PostCapturedData }
  | { type: typeof CapturedPostEventType.SpreadRead; data: PostSpreadReadData };
