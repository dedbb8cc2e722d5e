import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import {
  Classification,
  CLASSIFICATION_LABELS,
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  Urgency,
  URGENCY_LABELS,
} from '../domain/document-kind';

registerLabelledEnum(
  DocumentKind,
  'DocumentKind',
  '公文种类 / Kind of official document',
  DOCUMENT_KIND_LABELS,
);
registerLabelledEnum(
  Classification,
  'DocumentClassification',
  '密级 / Classification',
  CLASSIFICATION_LABELS,
);
registerLabelledEnum(Urgency, 'DocumentUrgency', '紧急程度 / Urgency', URGENCY_LABELS);

@ObjectType('Document', { description: '已印发的公文 / An issued official document' })
export class DocumentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => ID, {
    description: '所依据的记录（提示函、工单、督办、专报、日报）/ The record it was made from',
  })
  recordId!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => ID, { description: '发文单位 / Issuing unit' })
  unitId!: string;

  @Field({ description: '发文字号，如 清水网信函〔2026〕7号 / Document number' })
  documentNumber!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '年度序号（按单位、种类，不跳号不重号）/ Running number of the year' })
  number!: number;

  @Field()
  title!: string;

  @Field(() => Classification)
  classification!: Classification;

  @Field({ description: '文件（.docx）的 SHA-256，记录在日志中 / SHA-256 of the .docx, as logged' })
  sha256!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field({ description: '核验码（印于末页）/ Verification code printed on the last page' })
  verificationCode!: string;

  @Field()
  issuedByName!: string;

  @Field()
  issuedAt!: Date;

  @Field({ description: 'Word 下载地址（带登录令牌 GET）/ Word download (GET with the bearer token)' })
  docxPath!: string;

  @Field({ description: 'PDF 下载地址（带登录令牌 GET）/ PDF download (GET with the bearer token)' })
  pdfPath!: string;

  @Field({ description: '本服务器能否生成 PDF / Whether this server renders PDF' })
  pdfAvailable!: boolean;
}

@ObjectType('DocumentVerification', { description: '公文核验结果 / What a verification code finds' })
export class DocumentVerificationType {
  @Field(() => DocumentType)
  document!: DocumentType;

  @Field({ description: '发文单位名称 / Issuing unit' })
  unitName!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '所给 SHA-256 与发文记录是否一致（未给时为空）/ Whether the SHA-256 given matches the record',
  })
  matches!: boolean | null;
}

@InputType('IssueDocumentInput', { description: '发文 / Issue an official document from a record' })
export class IssueDocumentInput {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => ID, {
    description:
      '记录：提示函的 id、督办（supervision）的 id、工单 id（书面反馈）、专报或日报的 id、联席会议的 id、考核期（县:期间，如 qingshui:2026-03、qingshui:2026-Q1、qingshui:2026）/ The record',
  })
  recordId!: string;

  @Field(() => Classification, {
    nullable: true,
    description: '默认「内部」，不低于记录的密级 / Default INTERNAL',
  })
  classification?: Classification | null;

  @Field(() => Urgency, { nullable: true })
  urgency?: Urgency | null;
}
