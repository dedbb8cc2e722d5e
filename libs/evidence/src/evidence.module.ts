import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { DispatchModule } from '@app/dispatch';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule } from '@app/incidents';
import { ResponseModule } from '@app/response';
import { AttachFileHandler } from './commands/attach-file/attach-file.handler';
import { AttachmentEventType } from './domain/attachment.events';
import { CapturedPostEventType } from './domain/captured-post.events';
import { CapturePostHandler } from './commands/capture-post/capture-post.handler';
import { RecordPostSpreadHandler } from './commands/record-post-spread/record-post-spread.handler';
import { CapturedPostResolver } from './graphql/captured-post.resolver';
import { CapturedPostView } from './projections/captured-post-view.entity';
import { capturedPostViewProjection } from './projections/captured-post.projection';
import { CapturedPostReader } from './queries/captured-post-reader';
import { AttachmentResolver } from './graphql/attachment.resolver';
import { EvidenceController } from './http/evidence.controller';
import { AttachmentLinks } from './links/attachment-links';
import { AttachmentView } from './projections/attachment-view.entity';
import { attachmentViewProjection } from './projections/attachment.projection';
import { AttachmentIntegrity } from './queries/attachment-integrity';
import { AttachmentReader } from './queries/attachment-reader';
import { PREVIEW_TICK_MS, PreviewMaker } from './previews/preview-maker';
import { RecordTargets } from './records/record-targets';
import { EVIDENCE_SWEEP_MS, OrphanCollector } from './uploads/orphan-collector';
import { EvidenceConfig } from './uploads/evidence-settings';
import { ResumableUploads } from './uploads/resumable-uploads';
import { UploadIntake } from './uploads/upload-intake';
import { UploadLedger } from './uploads/upload-ledger';
import { EvidenceSettings, loadEvidenceSettings } from './storage/storage-config';

/** Evidence and attachments (issue 22): files stored by their SHA-256, attached to records in the log. */
@Module({})
export class EvidenceModule implements OnModuleInit {
  /**
   * `identity`: the process's identity module (the upload route authenticates the bearer token with it);
   * `settings`: storage and limits, from the environment unless a test gives its own; `sweepMs`: how often this
   * process offers to collect orphans, `previewMs` how often it makes due previews (0: never on their own).
   */
  static forRoot(
    identity: DynamicModule,
    options: { settings?: EvidenceSettings; sweepMs?: number; previewMs?: number } = {},
  ): DynamicModule {
    return {
      module: EvidenceModule,
      imports: [
        CqrsModule,
        identity,
        IncidentsModule,
        DispatchModule,
        ResponseModule,
        TypeOrmModule.forFeature([AttachmentView, CapturedPostView]),
      ],
      controllers: [EvidenceController],
      providers: [
        ScopedDb,
        {
          provide: EvidenceConfig,
          useFactory: (): EvidenceConfig => ({ settings: options.settings ?? loadEvidenceSettings() }),
        },
        { provide: EVIDENCE_SWEEP_MS, useValue: options.sweepMs ?? 0 },
        { provide: PREVIEW_TICK_MS, useValue: options.previewMs ?? 0 },
        PreviewMaker,
        RecordTargets,
        UploadIntake,
        ResumableUploads,
        UploadLedger,
        OrphanCollector,
        AttachmentReader,
        AttachmentIntegrity,
        AttachmentLinks,
        AttachFileHandler,
        AttachmentResolver,
        CapturedPostReader,
        CapturePostHandler,
        RecordPostSpreadHandler,
        CapturedPostResolver,
      ],
      exports: [EvidenceConfig, AttachmentReader, OrphanCollector, PreviewMaker],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    for (const type of [...Object.values(AttachmentEventType), ...Object.values(CapturedPostEventType)])
      this.schemas.define(type, 1);
    this.projections.add(attachmentViewProjection());
    this.projections.add(capturedPostViewProjection());
  }
}
