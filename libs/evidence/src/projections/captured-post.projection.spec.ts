import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { CapturedPostCommand, capturedPostDecider } from '../domain/captured-post.decider';
import { applyToCapturedPostView } from './captured-post.projection';

/** captured_post_view as its fold builds it: the post as seen, and its spread readings in the order they were read. */
const context = actingAs('zhouming', 'centre', new Date('2026-03-02T06:00:00Z'));
const capture = (confidential = false): CapturedPostCommand => ({
  type: 'CapturePost',
  postId: 'p1',
  incident: { incidentId: 'inc-1', countyId: 'qingshui', readerUnitIds: ['centre', 'donghu'], confidential },
  url: 'https://weibo.example/p/1',
  platform: 'WEIBO',
  author: '东湖网友',
  textAsSeen: '补偿款三个月没发到位',
  capturedAt: new Date('2026-03-02T03:50:00Z'),
  screenshot: { attachmentId: 'a1', incidentId: 'inc-1', purpose: 'POST_SCREENSHOT', sha256: 'b'.repeat(64) },
  actorName: '周明',
  context,
});
const spread = (readAt: string, views: number): CapturedPostCommand => ({
  type: 'RecordSpread',
  reposts: 35,
  comments: 80,
  views,
  readAt: new Date(readAt),
  context,
});

it('keeps the post as seen with its screenshot, and no readings yet', () => {
  givenEvents(decided(capturedPostDecider, [capture()]))
    .project(applyToCapturedPostView)
    .then({
      postId: 'p1',
      incidentId: 'inc-1',
      unitId: 'centre',
      readerUnitIds: ['centre', 'donghu'],
      confidential: false,
      url: 'https://weibo.example/p/1',
      textAsSeen: '补偿款三个月没发到位',
      capturedAt: new Date('2026-03-02T03:50:00Z'),
      screenshotAttachmentId: 'a1',
      screenshotSha256: 'b'.repeat(64),
      capturedByName: '周明',
      readings: [],
      version: 1,
    });
});

it('keeps 涉密 from the incident', () => {
  givenEvents(decided(capturedPostDecider, [capture(true)]))
    .project(applyToCapturedPostView)
    .then({ confidential: true });
});

it('lists the readings by when they were read, not by when they were recorded', () => {
  const events = decided(capturedPostDecider, [
    capture(),
    spread('2026-03-02T05:00:00Z', 3000),
    spread('2026-03-02T04:00:00Z', 1200),
  ]);
  const row = givenEvents(events).project(applyToCapturedPostView).row()!;
  expect(row.readings).toEqual([
    { reposts: 35, comments: 80, views: 1200, readAt: '2026-03-02T04:00:00.000Z' },
    { reposts: 35, comments: 80, views: 3000, readAt: '2026-03-02T05:00:00.000Z' },
  ]);
  expect(row.version).toBe(3);
});

it('makes no row from a reading of a post it never saw captured', () => {
  const [, read] = decided(capturedPostDecider, [capture(), spread('2026-03-02T05:00:00Z', 3000)]);
  givenEvents([read]).project(applyToCapturedPostView).then(undefined);
});
