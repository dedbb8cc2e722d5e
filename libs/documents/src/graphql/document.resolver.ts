import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CommandCtx,
  CurrentPrincipal,
  Principal,
  RequestCommandContext,
} from '@app/access';
import { Clock } from '@app/kernel';
import { IssueDocumentCommand } from '../commands/issue-document/issue-document.command';
import { DocumentService } from '../document.service';
import { Classification, DocumentKind } from '../domain/document-kind';
import { PdfRenderer } from '../pdf/pdf-renderer';
import { DocumentView } from '../projections/document-view.entity';
import { DocumentType, DocumentVerificationType, IssueDocumentInput } from './document.types';

export const documentPath = (id: string, format: 'docx' | 'pdf') => `/files/documents/${id}/${format}`;

const toType = (d: DocumentView, pdfAvailable: boolean): DocumentType => ({
  id: d.documentId,
  kind: d.kind as DocumentKind,
  recordId: d.recordId,
  incidentId: d.incidentId,
  unitId: d.unitId,
  documentNumber: d.documentNumber,
  year: d.year,
  number: d.number,
  title: d.title,
  classification: d.classification as Classification,
  sha256: d.sha256,
  byteLength: d.byteLength,
  verificationCode: d.verificationCode,
  issuedByName: d.issuedByName,
  issuedAt: d.issuedAt,
  docxPath: documentPath(d.documentId, 'docx'),
  pdfPath: documentPath(d.documentId, 'pdf'),
  pdfAvailable,
});

/** 公文: issue from a record, list a record's or a unit's, check a copy. Parse, delegate, map. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class DocumentResolver {
  constructor(
    private readonly service: DocumentService,
    private readonly pdf: PdfRenderer,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  @Query(() => [DocumentType], {
    description:
      '某记录印发的公文（与阅读该记录同权限）/ Documents issued from a record (same access as the record)',
  })
  async documents(
    @CurrentPrincipal() p: Principal,
    @Args('recordId', { type: () => ID }) recordId: string,
  ): Promise<DocumentType[]> {
    return (await this.service.documentsOfRecord(p, recordId)).map((d) => toType(d, this.pdf.available));
  }

  @Query(() => Boolean, {
    description:
      '本人现在能否由该记录印发此类公文（与 issueDocument 同一检查，不发文）/ Whether the caller may issue this document now',
  })
  async documentIssuable(
    @CurrentPrincipal() p: Principal,
    @Args('kind', { type: () => DocumentKind }) kind: DocumentKind,
    @Args('recordId', { type: () => ID }) recordId: string,
  ): Promise<boolean> {
    return this.service.mayIssue(p, kind, recordId);
  }

  @Query(() => [DocumentType], {
    description: '某单位的发文（默认本单位；新的在前，最多 200 份）/ A unit’s issued documents',
  })
  async unitDocuments(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string | null,
  ): Promise<DocumentType[]> {
    return (await this.service.unitDocuments(p, unitId ?? p.unitId)).map((d) =>
      toType(d, this.pdf.available),
    );
  }

  @Query(() => DocumentType, { description: '一份公文 / One document' })
  async document(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DocumentType> {
    return toType(await this.service.document(p, id), this.pdf.available);
  }

  @Query(() => DocumentVerificationType, {
    description:
      '公文核验：按末页核验码查发文记录，可附副本的 SHA-256 比对 / Check a copy by its verification code',
  })
  async verifyDocument(
    @CurrentPrincipal() p: Principal,
    @Args('code', { type: () => String }) code: string,
    @Args('sha256', { type: () => String, nullable: true }) sha256?: string | null,
  ): Promise<DocumentVerificationType> {
    const r = await this.service.verify(p, code, sha256);
    return { document: toType(r.view, this.pdf.available), unitName: r.unitName, matches: r.matches };
  }

  @Mutation(() => DocumentType, {
    description:
      '发文：由记录生成公文，编发文字号（不跳号不重号），哈希记入日志 / Issue a document from a record',
  })
  async issueDocument(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: RequestCommandContext,
    @Args('input') input: IssueDocumentInput,
  ): Promise<DocumentType> {
    const documentId = await this.commands.execute(
      new IssueDocumentCommand(p, input, { ...ctx, now: this.clock.now() }),
    );
    return toType(await this.service.document(p, documentId), this.pdf.available);
  }
}
