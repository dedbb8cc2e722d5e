import { S3BlobStore } from './s3-blob-store';

/** A real S3-compatible server (s3rver, an S3 implementation over local files) for the storage suite. */
export interface TestS3 {
  store: S3BlobStore;
  endpoint: string;
  stop(): Promise<void>;
}

export const TEST_BUCKET = 'evidence-test';

export async function startTestS3(directory: string): Promise<TestS3> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver ships no types; a dev dependency only
  const S3rver = require('s3rver') as new (o: object) => {
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  };
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const store = new S3BlobStore({
    endpoint,
    region: 'us-east-1',
    bucket: TEST_BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: 'evidence/',
  });
  return {
    store,
    endpoint,
    stop: async () => {
      store.close();
      await server.close();
    },
  };
}
