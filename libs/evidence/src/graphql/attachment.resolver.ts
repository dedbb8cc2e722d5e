import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AttachFileCommand } from '../commands/attach-file/attach-file.command';
import { AttachmentPurpose, AttachmentRecordKind } from '../domain/attachment-kinds';
import { AttachmentLinks } from '../links/attachment-links';
import { AttachmentView } from '../projections/attachment-view.entity';
import { PreviewMaker } from '../previews/preview-maker';
import { AttachmentIntegrity } from '../queries/attachment-integrity';
import { AttachmentReader } from '../queries/attachment-reader';
import { AttachFileInput, AttachmentCheckType, AttachmentType } from './attachment.types';

/** Attachments: list a record's, attach an upload, check stored files. Parse, delegate, map. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class AttachmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: AttachmentReader,
    private readonly links: AttachmentLinks,
    private readonly integrity: AttachmentIntegrity,
    private readonly previews: PreviewMaker,
  ) {}

  private async toTypes(p: Principal, list: AttachmentView[]): Promise<AttachmentType[]> {
    const previewed = await this.previews.withPreview(list.map((a) => a.attachmentId));
    return list.map((a) => this.toType(p, a, previewed.has(a.attachmentId)));
  }

  private toType(p: Principal, a: AttachmentView, previewed: boolean): AttachmentType {
    const link = this.links.linkFor(p, a.attachmentId);
    return {
      id: a.attachmentId,
      recordKind: a.recordKind as AttachmentRecordKind,
      recordId: a.recordId,
      purpose: a.purpose as AttachmentPurpose,
      sha256: a.sha256,
      size: a.size,
      mediaType: a.mediaType,
      originalName: a.originalName,
      confidential: a.confidential,
      attachedByName: a.attachedByName,
      attachedAt: a.attachedAt,
      downloadPath: link.path,
      previewPath: previewed ? link.previewPath : null,
      linkExpiresAt: link.expiresAt,
    };
  }

  @Query(() => [AttachmentType], {
    description:
      '某记录的附件（与阅读该记录同权限）/ The files attached to a record (same access as the record)',
  })
  async attachments(
    @CurrentPrincipal() p: Principal,
    @Args('recordKind', { type: () => AttachmentRecordKind }) recordKind: AttachmentRecordKind,
    @Args('recordId', { type: () => ID }) recordId: string,
  ): Promise<AttachmentType[]> {
    return this.toTypes(p, await this.reader.ofRecord(p, recordKind, recordId));
  }

  @Query(() => AttachmentType, {
    description: '一个附件（含新的下载链接）/ One attachment, with a fresh link',
  })
  async attachment(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AttachmentType> {
    return (await this.toTypes(p, [await this.reader.one(p, id)]))[0];
  }

  @Query(() => [AttachmentCheckType], {
    description:
      '核验某记录附件在存储中是否完好（审计、管理员）/ Check a record’s stored files against their hashes',
  })
  async attachmentIntegrity(
    @CurrentPrincipal() p: Principal,
    @Args('recordKind', { type: () => AttachmentRecordKind }) recordKind: AttachmentRecordKind,
    @Args('recordId', { type: () => ID }) recordId: string,
  ): Promise<AttachmentCheckType[]> {
    return this.integrity.check(p, recordKind, recordId);
  }

  @Mutation(() => AttachmentType, {
    description: '把已上传的文件附加到记录 / Attach an uploaded file (POST /files/uploads) to a record',
  })
  async attachFile(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: AttachFileInput,
  ): Promise<AttachmentType> {
    const { attachmentId } = await this.commands.execute(new AttachFileCommand(p, input, ctx));
    return (await this.toTypes(p, [await this.reader.one(p, attachmentId)]))[0];
  }
}
