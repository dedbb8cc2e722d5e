import { Injectable } from '@nestjs/common';
import { dataScopeOf, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { AttachmentRecordKind } from '../domain/attachment-kinds';
import { EvidenceError, evidenceError } from '../domain/evidence.errors';
import { CapturedPostView } from '../projections/captured-post-view.entity';
import { RecordTargets } from '../records/record-targets';

/** Captured posts, read with their incident's access (policy, then row security). */
@Injectable()
export class CapturedPostReader {
  constructor(
    private readonly db: ScopedDb,
    private readonly records: RecordTargets,
  ) {}

  async ofIncident(p: Principal, incidentId: string): Promise<CapturedPostView[]> {
    await this.records.forRead(p, AttachmentRecordKind.INCIDENT, incidentId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(CapturedPostView, { where: { incidentId }, order: { capturedAt: 'ASC' } }),
    );
  }

  async one(p: Principal, postId: string): Promise<CapturedPostView> {
    const post = await this.byId(postId);
    if (!post) throw evidenceError(EvidenceError.POST_NOT_FOUND, postId);
    await this.records.forRead(p, AttachmentRecordKind.INCIDENT, post.incidentId);
    return post;
  }

  async byId(postId: string): Promise<CapturedPostView | null> {
    if (!/^[0-9a-f-]{36}$/i.test(postId)) return null;
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(CapturedPostView, { postId }));
  }
}
