export { EvidenceModule } from './evidence.module';
export * from './domain/attachment-kinds';
export * from './domain/attachment.events';
export { EvidenceError } from './domain/evidence.errors';
export { AttachmentView } from './projections/attachment-view.entity';
export { AttachmentReader } from './queries/attachment-reader';
export { OrphanCollector } from './uploads/orphan-collector';
export { EvidenceConfig } from './uploads/evidence-settings';
export { loadEvidenceSettings, EvidenceSettings } from './storage/storage-config';
export { BlobStore, BlobMissing } from './storage/blob-store';
export { checkBlob, BlobCheck } from './storage/blob-integrity';
export { DiskBlobStore } from './storage/disk-blob-store';
export { S3BlobStore, S3Settings } from './storage/s3-blob-store';
export { bundledFiles, exportBundleFiles, verifyBundleFiles, FileFault } from './audit/bundle-files';
export { PreviewMaker, PREVIEW_EDGE } from './previews/preview-maker';
export { readVerified, BlobNotIntact, VERIFY_BEFORE_SENDING_BYTES } from './storage/verified-read';
/** For tests and benches only: a real S3-compatible server (s3rver, a dev dependency, loaded when called). */
export { startTestS3, TestS3 } from './storage/test-s3-server';
