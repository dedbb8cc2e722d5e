import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { AuditModule } from '@app/audit';
import { DispatchModule } from '@app/dispatch';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { IssueDocumentHandler } from './commands/issue-document/issue-document.handler';
import { DocumentService, DOCUMENT_OPTIONS, DocumentOptions } from './document.service';
import { DocumentEventType } from './domain/document.events';
import { DocumentResolver } from './graphql/document.resolver';
import { DocumentsController } from './http/documents.controller';
import { LedgerService } from './ledgers/ledger.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { DocumentView } from './projections/document-view.entity';
import { documentViewProjection } from './projections/document.projection';
import { RecordSources } from './sources/record-sources';

/** 公文 (issue 21): official documents and ledgers from the platform's records. */
@Module({})
export class DocumentsModule implements OnModuleInit {
  /**
   * `identity`: the process's identity module (the file routes authenticate the bearer token with it); `reports`:
   * the process's reports module, the very instance the platform imports (another would register its projections
   * twice); `assessment`: the process's assessment module (the 考核通报 reads its statistics), for the same reason.
   * `options.linkBase`: the address the QR code on a document's last page opens.
   */
  static forRoot(
    identity: DynamicModule,
    reports: DynamicModule,
    assessment: DynamicModule,
    options: Partial<DocumentOptions> = {},
  ): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [
        CqrsModule,
        identity,
        OrganizationModule,
        IncidentsModule,
        DispatchModule,
        AuditModule,
        reports,
        assessment,
        TypeOrmModule.forFeature([DocumentView]),
      ],
      controllers: [DocumentsController],
      providers: [
        ScopedDb,
        RecordSources,
        DocumentService,
        LedgerService,
        DocumentResolver,
        IssueDocumentHandler,
        { provide: PdfRenderer, useFactory: () => new PdfRenderer() },
        { provide: DOCUMENT_OPTIONS, useValue: { linkBase: options.linkBase ?? null } },
      ],
      exports: [DocumentService, LedgerService, PdfRenderer],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(DocumentEventType)) this.schemas.define(type, 1);
    this.projections.add(documentViewProjection());
  }
}
