import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Param, Post } from '@nestjs/common';
import { CheckpointClaim, ClaimRefusal, WitnessReceipt } from '@app/event-store';
import { ClaimRefused, CountersigningService, UnknownPeer } from './countersigning.service';
import { WitnessErrorReason } from './witness.errors';

const MAX_CLAIMS = 500;

const REFUSALS: Record<ClaimRefusal['kind'], { zh: string; en: string; status: HttpStatus }> = {
  MALFORMED: { zh: '封存点格式有误', en: 'The checkpoint is malformed', status: HttpStatus.BAD_REQUEST },
  NOT_THIS_PEER: {
    zh: '封存点不是用该部署的密钥签发的',
    en: "The checkpoint is not signed with this deployment's key",
    status: HttpStatus.BAD_REQUEST,
  },
  BAD_SIGNATURE: {
    zh: '封存点签名无效',
    en: 'The checkpoint signature is invalid',
    status: HttpStatus.BAD_REQUEST,
  },
  BAD_HASH: {
    zh: '封存点哈希与其内容不符',
    en: 'The checkpoint hash does not match it',
    status: HttpStatus.BAD_REQUEST,
  },
  CONFLICT: {
    zh: '此前已副签同一序号的另一封存点：该部署的历史被改写，已留存为证据',
    en: 'Another checkpoint with this number was countersigned before: the history was rewritten; kept as evidence',
    status: HttpStatus.CONFLICT,
  },
  NOT_NEXT: {
    zh: '封存点没有接续上一个已副签的封存点',
    en: 'The checkpoint does not follow the last one countersigned',
    status: HttpStatus.CONFLICT,
  },
};

/**
 * The witness's door for the deployments it witnesses (machine to machine, JSON). Nothing here needs a session: a
 * claim is only countersigned when the peer's own key signed it, and a receipt says nothing but a hash.
 */
@Controller('witness/v1')
export class WitnessController {
  constructor(private readonly service: CountersigningService) {}

  /** This witness's public key, to be pinned by its peers (compare it with the one published out of band). */
  @Get('key')
  key(): { publicKeyPem: string } {
    return { publicKeyPem: this.service.publicKeyPem };
  }

  @Post('peers/:peer/claims')
  @HttpCode(200)
  async claims(
    @Param('peer') peer: string,
    @Body() body: { claims?: unknown },
  ): Promise<{ receipts: WitnessReceipt[] }> {
    const claims = body?.claims;
    if (!Array.isArray(claims) || claims.length === 0 || claims.length > MAX_CLAIMS)
      throw refusal(HttpStatus.BAD_REQUEST, WitnessErrorReason.BAD_REQUEST, {
        zh: `须提交 1–${MAX_CLAIMS} 个封存点`,
        en: `send 1–${MAX_CLAIMS} checkpoints`,
      });
    try {
      return { receipts: await this.service.countersign(peer, claims as CheckpointClaim[]) };
    } catch (err) {
      throw this.mapped(err);
    }
  }

  @Get('peers/:peer/receipts')
  async receipts(@Param('peer') peer: string): Promise<{ receipts: WitnessReceipt[] }> {
    try {
      return { receipts: await this.service.receipts(peer) };
    } catch (err) {
      throw this.mapped(err);
    }
  }

  private mapped(err: unknown): unknown {
    if (err instanceof UnknownPeer)
      return refusal(HttpStatus.NOT_FOUND, WitnessErrorReason.UNKNOWN_PEER, {
        zh: '本见证方不为该部署见证（未登记其公钥）',
        en: 'This witness does not witness that deployment (its key is not registered)',
      });
    if (err instanceof ClaimRefused) {
      const r = REFUSALS[err.refusal.kind];
      return refusal(r.status, `WITNESS.${err.refusal.kind}`, r, { seq: err.seq, refusal: err.refusal });
    }
    return err;
  }
}

function refusal(
  status: HttpStatus,
  reason: string,
  message: { zh: string; en: string },
  details: Record<string, unknown> = {},
): HttpException {
  return new HttpException({ reason, message: message.zh, messageEn: message.en, ...details }, status);
}
