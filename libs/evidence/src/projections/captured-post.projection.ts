import { RecordedEvent, RowProjection } from '@app/event-store';
import { CapturedPostEventType, PostCapturedData, PostSpreadReadData } from '../domain/captured-post.events';
import { CapturedPostView } from './captured-post-view.entity';

export function applyToCapturedPostView(
  row: CapturedPostView | undefined,
  e: RecordedEvent,
): CapturedPostView | undefined {
  if (e.type === CapturedPostEventType.Captured) {
    const d = e.data as unknown as PostCapturedData;
    return Object.assign(new CapturedPostView(), {
      postId: d.postId,
      incidentId: d.incidentId,
      unitId: d.unitId,
      countyId: d.countyId,
      readerUnitIds: d.readerUnitIds,
      confidential: d.confidential,
      url: d.url,
      platform: d.platform,
      author: d.author,
      textAsSeen: d.textAsSeen,
      capturedAt: new Date(d.capturedAt),
      screenshotAttachmentId: d.screenshotAttachmentId,
      screenshotSha256: d.screenshotSha256,
      capturedByName: d.capturedByName,
      readings: [],
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  const d = e.data as unknown as PostSpreadReadData;
  const readings = [
    ...row.readings,
    { reposts: d.reposts, comments: d.comments, views: d.views, readAt: d.readAt },
  ].sort((a, b) => a.readAt.localeCompare(b.readAt));
  return Object.assign(row, { readings, version: e.streamVersion });
}

export const capturedPostViewProjection = () =>
  new RowProjection<CapturedPostView>({
    name: 'captured-post-view',
    entity: CapturedPostView,
    table: 'captured_post_view',
    keyProperty: 'postId',
    eventTypes: Object.values(CapturedPostEventType),
    keyOf: (e) => (e.data as { postId: string }).postId,
    apply: applyToCapturedPostView,
  });
