import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertSha256, BlobMissing, BlobStore, Sha256 } from './blob-store';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (`endpoint/bucket/key`): what MinIO and most self-hosted stores expect. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, so one bucket can serve several deployments. */
  prefix: string;
}

const isNotFound = (err: unknown) =>
  err instanceof S3ServiceException &&
  (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404);

/**
 * Objects named `<prefix>sha256/<hash>` in one bucket of any S3-compatible store, through the AWS SDK v3. A PUT is
 * atomic on S3 (an object is visible whole or not at all), so a killed upload leaves nothing under the hash.
 */
export class S3BlobStore implements BlobStore {
  readonly backend = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // The SHA-256 is ours already; CRC trailers in aws-chunked bodies are not understood by every compatible store.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(sha256: Sha256): string {
    assertSha256(sha256);
    return `${this.settings.prefix}sha256/${sha256}`;
  }

  async put(sha256: Sha256, path: string, size: number): Promise<void> {
    if ((await this.sizeOf(sha256)) === size) return;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.keyOf(sha256),
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async sizeOf(sha256: Sha256): Promise<number | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }),
      );
      return head.ContentLength ?? 0;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async open(sha256: Sha256): Promise<Readable> {
    try {
      const got = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }),
      );
      return got.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) throw new BlobMissing(sha256);
      throw err;
    }
  }

  async remove(sha256: Sha256): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }),
    );
  }

  close(): void {
    this.client.destroy();
  }
}
