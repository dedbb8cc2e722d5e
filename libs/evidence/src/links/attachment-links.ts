import { Injectable } from '@nestjs/common';
import { Principal } from '@app/access';
import { Clock } from '@app/kernel';
import { EvidenceConfig } from '../uploads/evidence-settings';
import { LinkClaims, SignedLinks } from './signed-links';

/** Makes and checks the process's download links, on the domain clock. */
@Injectable()
export class AttachmentLinks {
  private readonly links: SignedLinks;

  constructor(
    private readonly config: EvidenceConfig,
    private readonly clock: Clock,
  ) {
    this.links = new SignedLinks(config.settings.linkSecret);
  }

  linkFor(p: Principal, attachmentId: string): { path: string; previewPath: string; expiresAt: Date } {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + this.config.settings.linkSeconds;
    const claims = { attachmentId, userId: p.userId, unitId: p.unitId, expires };
    return {
      path: this.links.query(claims),
      previewPath: this.links.query(claims, 'preview'),
      expiresAt: new Date(expires * 1000),
    };
  }

  check(attachmentId: string, query: Record<string, unknown>): LinkClaims | null {
    return this.links.verify(attachmentId, query, Math.floor(this.clock.now().getTime() / 1000));
  }
}
