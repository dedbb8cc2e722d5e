import { Decider, DecisionContext, FieldProblem, ValidationFailed } from '@app/kernel';
import { CapturedPostEvent, CapturedPostEventType, PostCapturedData } from './captured-post.events';
import { EvidenceError, evidenceError } from './evidence.errors';

/** The screenshot as the handler found it among the incident's attachments. */
export interface ScreenshotFacts {
  attachmentId: string;
  incidentId: string | null;
  purpose: string;
  sha256: string;
}

export type CapturedPostCommand =
  | {
      type: 'CapturePost';
      postId: string;
      incident: {
        incidentId: string;
        countyId: string | null;
        readerUnitIds: string[];
        confidential: boolean;
      };
      url: string;
      platform: string;
      author: string;
      textAsSeen: string;
      capturedAt: Date;
      screenshot: ScreenshotFacts;
      actorName: string;
      context: DecisionContext;
    }
  | {
      type: 'RecordSpread';
      reposts: number;
      comments: number;
      views: number;
      readAt: Date;
      context: DecisionContext;
    };

export interface CapturedPostState {
  post: PostCapturedData | null;
  lastReadAt: string | null;
}

const problem = (field: string, zh: string, en: string): FieldProblem => ({ field, message: { zh, en } });
const URL_RE = /^https?:\/\/[^\s]+$/i;

function captureProblems(c: Extract<CapturedPostCommand, { type: 'CapturePost' }>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!URL_RE.test(c.url)) out.push(problem('url', '须为 http(s) 网址', 'must be an http(s) URL'));
  if (!c.author.trim()) out.push(problem('author', '请填写发帖人', 'the author is required'));
  if (!c.textAsSeen.trim()) out.push(problem('textAsSeen', '请照录帖文内容', 'the text as seen is required'));
  if (c.capturedAt.getTime() > c.context.now.getTime())
    out.push(problem('capturedAt', '留存时间不能晚于现在', 'cannot be in the future'));
  return out;
}

function spreadProblems(c: Extract<CapturedPostCommand, { type: 'RecordSpread' }>, s: CapturedPostState) {
  const out: FieldProblem[] = [];
  for (const f of ['reposts', 'comments', 'views'] as const)
    if (!Number.isSafeInteger(c[f]) || c[f] < 0)
      out.push(problem(f, '须为非负整数', 'must be a whole number ≥ 0'));
  if (c.readAt.getTime() > c.context.now.getTime())
    out.push(problem('readAt', '读数时间不能晚于现在', 'cannot be in the future'));
  else if (s.post && c.readAt.getTime() < new Date(s.post.capturedAt).getTime())
    out.push(problem('readAt', '读数时间不能早于留存时间', 'cannot be before the capture'));
  return out;
}

/**
 * A post is captured once, with a screenshot that is this incident's 原帖截图 (its bytes' hash goes with it);
 * readings of its spread come after the capture, one per moment they were read.
 */
export const capturedPostDecider: Decider<CapturedPostCommand, CapturedPostEvent, CapturedPostState> = {
  initialState: () => ({ post: null, lastReadAt: null }),
  evolve: (s, e) =>
    e.type === CapturedPostEventType.Captured ? { ...s, post: e.data } : { ...s, lastReadAt: e.data.readAt },
  decide: (c, s) => {
    if (c.type === 'CapturePost') {
      if (s.post) throw evidenceError(EvidenceError.POST_ALREADY_CAPTURED, s.post.url);
      const problems = captureProblems(c);
      if (problems.length) throw new ValidationFailed(problems);
      if (c.screenshot.incidentId !== c.incident.incidentId || c.screenshot.purpose !== 'POST_SCREENSHOT')
        throw evidenceError(EvidenceError.SCREENSHOT_NOT_OF_INCIDENT, c.screenshot.attachmentId);
      return [
        {
          type: CapturedPostEventType.Captured,
          data: {
            postId: c.postId,
            incidentId: c.incident.incidentId,
            unitId: c.context.actorUnitId,
            countyId: c.incident.countyId,
            readerUnitIds: [...new Set([c.context.actorUnitId, ...c.incident.readerUnitIds])],
            confidential: c.incident.confidential,
            url: c.url,
            platform: c.platform,
            author: c.author.trim(),
            textAsSeen: c.textAsSeen,
            capturedAt: c.capturedAt.toISOString(),
            screenshotAttachmentId: c.screenshot.attachmentId,
            screenshotSha256: c.screenshot.sha256,
            capturedBy: c.context.actorUserId,
            capturedByName: c.actorName,
            at: c.context.now.toISOString(),
          },
        },
      ];
    }
    if (!s.post) throw evidenceError(EvidenceError.POST_NOT_FOUND);
    const problems = spreadProblems(c, s);
    if (problems.length) throw new ValidationFailed(problems);
    return [
      {
        type: CapturedPostEventType.SpreadRead,
        data: {
          postId: s.post.postId,
          reposts: c.reposts,
          comments: c.comments,
          views: c.views,
          readAt: c.readAt.toISOString(),
          readBy: c.context.actorUserId,
          at: c.context.now.toISOString(),
        },
      },
    ];
  },
};
