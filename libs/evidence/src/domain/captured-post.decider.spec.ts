import { actingAs, deciderSpec } from '@test/given-when-then';
import { CapturedPostCommand, capturedPostDecider } from './captured-post.decider';
import { CapturedPostEvent, CapturedPostEventType } from './captured-post.events';
import { EvidenceError } from './evidence.errors';

const { given } = deciderSpec(capturedPostDecider);
const context = actingAs('zhouming', 'centre', new Date('2026-03-02T04:00:00Z'));
type Capture = Extract<CapturedPostCommand, { type: 'CapturePost' }>;

const capture = (over: Partial<Capture> = {}): Capture => ({
  type: 'CapturePost',
  postId: 'p1',
  incident: {
    incidentId: 'inc-1',
    countyId: 'qingshui',
    readerUnitIds: ['centre', 'donghu'],
    confidential: false,
  },
  url: 'https://weibo.example/p/1',
  platform: 'WEIBO',
  author: '东湖网友',
  textAsSeen: '补偿款三个月没发到位',
  capturedAt: new Date('2026-03-02T03:50:00Z'),
  screenshot: { attachmentId: 'a1', incidentId: 'inc-1', purpose: 'POST_SCREENSHOT', sha256: 'b'.repeat(64) },
  actorName: '周明',
  context,
  ...over,
});

const captured: CapturedPostEvent = {
  type: CapturedPostEventType.Captured,
  data: {
    postId: 'p1',
    incidentId: 'inc-1',
    unitId: 'centre',
    countyId: 'qingshui',
    readerUnitIds: ['centre', 'donghu'],
    confidential: false,
    url: 'https://weibo.example/p/1',
    platform: 'WEIBO',
    author: '东湖网友',
    textAsSeen: '补偿款三个月没发到位',
    capturedAt: '2026-03-02T03:50:00.000Z',
    screenshotAttachmentId: 'a1',
    screenshotSha256: 'b'.repeat(64),
    capturedBy: 'zhouming',
    capturedByName: '周明',
    at: context.now.toISOString(),
  },
};

const spread = (readAt: string, views = 1200) => ({
  type: 'RecordSpread' as const,
  reposts: 35,
  comments: 80,
  views,
  readAt: new Date(readAt),
  context,
});

describe('a post captured as evidence', () => {
  it('keeps what was seen, where, when, by whom, with its screenshot’s hash', () => {
    given([]).when(capture()).then([captured]);
  });

  it('is captured once', () => {
    given([captured]).when(capture()).thenThrows(EvidenceError.POST_ALREADY_CAPTURED);
  });

  it('refuses a bad URL, an empty text and a capture in the future, naming each field', () => {
    given([])
      .when(capture({ url: 'weibo p1', textAsSeen: ' ', capturedAt: new Date('2026-03-02T05:00:00Z') }))
      .thenThrows('INPUT.INVALID', ['url', 'textAsSeen', 'capturedAt']);
  });

  it('takes as screenshot only a 原帖截图 of the same incident', () => {
    given([])
      .when(capture({ screenshot: { ...capture().screenshot, incidentId: 'inc-2' } }))
      .thenThrows(EvidenceError.SCREENSHOT_NOT_OF_INCIDENT);
    given([])
      .when(capture({ screenshot: { ...capture().screenshot, purpose: 'PHOTO' } }))
      .thenThrows(EvidenceError.SCREENSHOT_NOT_OF_INCIDENT);
  });
});

describe('its spread, read over time', () => {
  it('adds a reading of 转发/评论/浏览 at its moment', () => {
    given([captured])
      .when(spread('2026-03-02T03:55:00Z'))
      .then([
        {
          type: CapturedPostEventType.SpreadRead,
          data: {
            postId: 'p1',
            reposts: 35,
            comments: 80,
            views: 1200,
            readAt: '2026-03-02T03:55:00.000Z',
            readBy: 'zhouming',
            at: context.now.toISOString(),
          },
        },
      ]);
  });

  it('refuses negative figures and a reading before the capture', () => {
    given([captured]).when(spread('2026-03-02T03:55:00Z', -1)).thenThrows('INPUT.INVALID', ['views']);
    given([captured]).when(spread('2026-03-02T03:00:00Z')).thenThrows('INPUT.INVALID', ['readAt']);
  });

  it('knows no post that was never captured', () => {
    given([]).when(spread('2026-03-02T03:55:00Z')).thenThrows(EvidenceError.POST_NOT_FOUND);
  });
});
