import { FieldProblem, problem, textProblems } from '@app/kernel';
import { IntakeSpread } from './intake.events';
import { normalizeUrl } from './url-normalization';

/** Platforms as the incidents library names them (the item pre-fills an incident's platform). */
export const INTAKE_PLATFORMS = [
  'WEIBO',
  'WECHAT',
  'DOUYIN',
  'KUAISHOU',
  'FORUM',
  'NEWS_SITE',
  'LEADER_MESSAGE_BOARD',
  'MAYOR_MAILBOX',
  'OTHER',
] as const;

const SPREAD_KEYS: (keyof IntakeSpread)[] = [
  'posts',
  'reposts',
  'comments',
  'views',
  'mainstreamMediaPickups',
];

/** An item as a monitor pushes it, checked: what the decider and the read model take. */
export interface IntakeItemInput {
  externalId: string;
  url: string | null;
  normalizedUrl: string | null;
  platform: string;
  author: string;
  title: string;
  text: string;
  publishedAt: Date;
  spread: IntakeSpread;
  /** A 留言板 or 书记县长信箱 message's own reply deadline (the board's rule), tracked like a task's. */
  replyDueAt?: Date | null;
}

/** Platforms whose messages carry a reply deadline of their own (004 §二(一)2: 领导留言板、书记县长信箱). */
export const MESSAGE_PLATFORMS = ['LEADER_MESSAGE_BOARD', 'MAYOR_MAILBOX'];

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Monitoring tools' clocks drift a little; further ahead than this is a typing error (as for incidents). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks one pushed (or typed, or imported) item field by field, from untyped JSON: every problem with its path
 * (`items[3].publishedAt`), Chinese first, so a monitor's developer can fix them all in one go.
 */
export function checkIntakeItem(
  raw: unknown,
  path: string,
  now: Date,
): { item: IntakeItemInput | null; problems: FieldProblem[] } {
  const p: FieldProblem[] = [];
  if (!isRecord(raw)) return { item: null, problems: [problem(path, '须为对象', 'must be an object')] };
  const str = (key: string, min: number, max: number): string => {
    const v = raw[key];
    if (v === undefined || v === null) {
      if (min > 0) p.push(problem(`${path}.${key}`, '不能为空', 'is required'));
      return '';
    }
    if (typeof v !== 'string') {
      p.push(problem(`${path}.${key}`, '须为文本', 'must be a string'));
      return '';
    }
    p.push(...textProblems(`${path}.${key}`, v, min, max));
    return v.trim();
  };
  const externalId = str('id', 1, 200);
  const text = str('text', 1, 5000);
  const author = str('author', 0, 100);
  let title = str('title', 0, 200);
  const platform = str('platform', 1, 40);
  if (platform && !(INTAKE_PLATFORMS as readonly string[]).includes(platform))
    p.push(
      problem(
        `${path}.platform`,
        `取值无效：${platform.slice(0, 40)}（可选：${INTAKE_PLATFORMS.join('、')}）`,
        `is not one of ${INTAKE_PLATFORMS.join(', ')}`,
      ),
    );
  const rawUrl = str('url', 0, 2000);
  const normalizedUrl = rawUrl ? normalizeUrl(rawUrl) : null;
  if (rawUrl && !normalizedUrl)
    p.push(problem(`${path}.url`, `不是有效的网址：${rawUrl.slice(0, 80)}`, 'is not a valid http(s) URL'));
  let publishedAt = new Date(NaN);
  const when = raw.publishedAt;
  if (typeof when !== 'string' || !ISO_WITH_OFFSET.test(when))
    p.push(
      problem(
        `${path}.publishedAt`,
        '发布时间须为带时区的 ISO 8601 时间，如 2026-12-07T08:30:00+08:00',
        'must be an ISO 8601 time with its offset',
      ),
    );
  else {
    publishedAt = new Date(when);
    if (Number.isNaN(publishedAt.getTime()))
      p.push(problem(`${path}.publishedAt`, '时间无效', 'is not a valid time'));
    else if (publishedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      p.push(problem(`${path}.publishedAt`, '发布时间不能晚于当前时间', 'cannot be in the future'));
  }
  const spread: IntakeSpread = { posts: 0, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 };
  const s = raw.spread;
  if (s !== undefined && s !== null && !isRecord(s))
    p.push(problem(`${path}.spread`, '须为对象', 'must be an object'));
  else if (isRecord(s))
    for (const key of SPREAD_KEYS) {
      const v = s[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        p.push(
          problem(`${path}.spread.${key}`, '必须是不小于 0 的整数', 'must be a whole number, 0 or more'),
        );
      else spread[key] = v;
    }
  let replyDueAt: Date | null = null;
  const due = raw.replyDueAt;
  if (due !== undefined && due !== null && due !== '') {
    if (typeof due !== 'string' || !ISO_WITH_OFFSET.test(due) || Number.isNaN(new Date(due).getTime()))
      p.push(
        problem(
          `${path}.replyDueAt`,
          '回复时限须为带时区的 ISO 8601 时间，如 2026-12-10T18:00:00+08:00',
          'must be an ISO 8601 time with its offset',
        ),
      );
    else if (platform && !MESSAGE_PLATFORMS.includes(platform))
      p.push(
        problem(
          `${path}.replyDueAt`,
          '只有领导留言板、书记县长信箱的留言有回复时限',
          'only messages to a leaders’ message board or the mailbox have a reply deadline',
        ),
      );
    else {
      replyDueAt = new Date(due);
      if (!Number.isNaN(publishedAt.getTime()) && replyDueAt <= publishedAt)
        p.push(
          problem(`${path}.replyDueAt`, '回复时限须晚于发布时间', 'must be after the message was posted'),
        );
    }
  }
  // A message without a title (a 留言板 post) is shown by its first words.
  if (!title) title = [...text].slice(0, 40).join('');
  if (p.length) return { item: null, problems: p };
  return {
    item: {
      externalId,
      url: rawUrl || null,
      normalizedUrl,
      platform,
      author,
      title,
      text,
      publishedAt,
      spread,
      replyDueAt,
    },
    problems: [],
  };
}
