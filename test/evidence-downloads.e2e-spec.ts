import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlobStore,
  loadEvidenceSettings,
  startTestS3,
  TestS3,
  VERIFY_BEFORE_SENDING_BYTES,
} from '@app/evidence';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * Downloads check the hash, not only the size (issue 22): a stored file altered in place, same size, is never served
 * as if good. A small file is refused before a byte goes out, with the coded Chinese-first error and the integrity
 * check's word for it (ALTERED); a large one streams with its last bytes held until the digest matches, so it is cut
 * off short of its declared length. The disk and the S3 path, the same suite.
 */
const work = mkdtempSync(join(tmpdir(), 'evidence-downloads-'));
let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3(join(work, 's3'));
});
afterAll(async () => {
  await s3?.stop();
  rmSync(work, { recursive: true, force: true });
});

const jpeg = (bytes: number) =>
  Buffer.concat([
    Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
    randomBytes(bytes),
    Buffer.from('ffd9', 'hex'),
  ]);

describe.each(['disk', 's3'] as const)('%s storage', (backend) => {
  let api: ApiFixture;
  let store: BlobStore;
  let centre: Session;
  let auditor: Session;
  let incidentId: string;

  beforeAll(async () => {
    const local = loadEvidenceSettings({ EVIDENCE_DIR: join(work, `evidence-${backend}`) });
    const evidence = backend === 's3' ? { ...local, store: s3.store } : local;
    api = await startApi({ label: `downloads${backend}`, evidence });
    store = evidence.store;
    [centre, auditor] = await Promise.all(['zhouming', 'qianjun'].map((u) => login(api.url, u)));
    incidentId = await listedIncident(api.url, centre.token, {
      title: `存储被改动的证据（${backend}）`,
      discoveredAt: new Date(),
    });
  });
  afterAll(() => api?.close());

  /** Uploaded, attached as evidence; its fresh download link. */
  async function attached(bytes: Buffer): Promise<{ id: string; sha256: string; downloadPath: string }> {
    const res = await fetch(new URL('/files/uploads?name=shot.jpg', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${centre.token}`, 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(res.status).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    return ok(
      await mutate<{ id: string; sha256: string; downloadPath: string }>(
        api.url,
        centre.token,
        'attachFile',
        { uploadId, recordKind: 'INCIDENT', recordId: incidentId, purpose: 'POST_SCREENSHOT' },
        'id sha256 downloadPath',
      ),
    ).attachFile;
  }

  /** Other bytes of the same size under the original's name: storage edited in place. */
  async function alterInPlace(sha256: string, size: number) {
    const forged = join(work, `forged-${sha256}`);
    writeFileSync(forged, jpeg(size - 22));
    await store.remove(sha256);
    await store.put(sha256, forged, size);
    expect(await store.sizeOf(sha256)).toBe(size);
  }

  const integrityOf = async (id: string) =>
    ok(
      await gql<{ attachmentIntegrity: { attachmentId: string; integrity: string }[] }>(
        api.url,
        `query Q($r: ID!) { attachmentIntegrity(recordKind: INCIDENT, recordId: $r) { attachmentId integrity } }`,
        { r: incidentId },
        auditor,
      ),
    ).attachmentIntegrity.find((c) => c.attachmentId === id)?.integrity;

  it('refuses a small file altered in place before sending a byte, with a coded Chinese-first error', async () => {
    const bytes = jpeg(100_000);
    const att = await attached(bytes);
    const good = await fetch(new URL(att.downloadPath, api.url));
    expect(good.status).toBe(200);
    expect(Buffer.from(await good.arrayBuffer()).equals(bytes)).toBe(true);

    await alterInPlace(att.sha256, bytes.length);
    const res = await fetch(new URL(att.downloadPath, api.url));
    expect(res.status).toBe(500);
    const body = (await res.json()) as Record<string, string>;
    expect(body).toMatchObject({
      reason: 'EVIDENCE.FILE_ALTERED',
      integrity: 'ALTERED',
      attachmentId: att.id,
      sha256: att.sha256,
    });
    expect(body.message).toMatch(/^存储中的文件已被改动/);
    // The auditor's integrity check says the same of it.
    expect(await integrityOf(att.id)).toBe('ALTERED');
  });

  it('streams a large file, and cuts an altered one off short of its declared length', async () => {
    const bytes = jpeg(VERIFY_BEFORE_SENDING_BYTES + 2_000_000);
    const att = await attached(bytes);
    const good = await fetch(new URL(att.downloadPath, api.url));
    expect(good.status).toBe(200);
    expect(Buffer.from(await good.arrayBuffer()).equals(bytes)).toBe(true);

    await alterInPlace(att.sha256, bytes.length);
    const res = await fetch(new URL(att.downloadPath, api.url));
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    // The body never arrives whole: the connection is cut before the last chunk.
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(await integrityOf(att.id)).toBe('ALTERED');
  });
});
