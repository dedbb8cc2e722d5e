import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import {
  AttachmentPurpose,
  AttachmentRecordKind,
  PURPOSE_LABELS,
  RECORD_KIND_LABELS,
} from '../domain/attachment-kinds';

registerLabelledEnum(
  AttachmentRecordKind,
  'AttachmentRecordKind',
  '附件所属记录 / What a file is attached to',
  RECORD_KIND_LABELS,
);
registerLabelledEnum(AttachmentPurpose, 'AttachmentPurpose', '材料类别 / Kind of material', PURPOSE_LABELS);
export const BlobCheckValue = { INTACT: 'INTACT', ALTERED: 'ALTERED', MISSING: 'MISSING' } as const;
registerLabelledEnum(BlobCheckValue, 'AttachmentIntegrity', '附件完整性 / Integrity of a stored file', {
  INTACT: { zh: '完好', en: 'Intact' },
  ALTERED: { zh: '已被改动', en: 'Altered in storage' },
  MISSING: { zh: '缺失', en: 'Missing from storage' },
});

@ObjectType('Attachment', { description: '附件（证据、照片、扫描件）/ A file attached to a record' })
export class AttachmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => AttachmentRecordKind)
  recordKind!: AttachmentRecordKind;

  @Field(() => ID)
  recordId!: string;

  @Field(() => AttachmentPurpose)
  purpose!: AttachmentPurpose;

  @Field({ description: '文件内容的 SHA-256，记录在日志中 / SHA-256 of the bytes, as logged' })
  sha256!: string;

  @Field(() => Float, { description: '字节数 / Size in bytes' })
  size!: number;

  @Field({ description: '按文件内容识别的类型 / Media type detected from the bytes' })
  mediaType!: string;

  @Field({ description: '上传时的文件名 / Name as uploaded' })
  originalName!: string;

  @Field({ description: '涉密 / Confidential (reads are recorded)' })
  confidential!: boolean;

  @Field()
  attachedByName!: string;

  @Field()
  attachedAt!: Date;

  @Field({
    description:
      '短时有效的下载链接（无需令牌，过期失效；涉密附件的下载会被记录）/ Short-lived signed download link',
  })
  downloadPath!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '图片预览的短时链接（去除 EXIF 与位置；生成后才有）/ Signed link to the image preview (no EXIF, no location), once made',
  })
  previewPath!: string | null;

  @Field({ description: '下载链接的失效时间 / When the link expires' })
  linkExpiresAt!: Date;
}

@ObjectType('AttachmentCheck', { description: '附件完整性核验 / A stored file checked against its hash' })
export class AttachmentCheckType {
  @Field(() => ID)
  attachmentId!: string;

  @Field()
  originalName!: string;

  @Field()
  sha256!: string;

  @Field(() => BlobCheckValue)
  integrity!: keyof typeof BlobCheckValue;
}

@InputType({ description: '把已上传的文件附加到记录 / Attach an uploaded file to a record' })
export class AttachFileInput {
  @Field(() => ID, { description: 'POST /files/uploads 返回的 uploadId / From POST /files/uploads' })
  uploadId!: string;

  @Field(() => AttachmentRecordKind)
  recordKind!: AttachmentRecordKind;

  @Field(() => ID)
  recordId!: string;

  @Field(() => AttachmentPurpose)
  purpose!: AttachmentPurpose;
}
