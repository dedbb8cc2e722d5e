import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Upload } from 'tus-js-client';
import { loadEvidenceSettings, OrphanCollector } from '@app/evidence';
import { DEFAULT_HTTP_LIMITS } from '../apps/api/src/app-config';
import { ApiFixture, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * Resumable upload for large video over poor links (issue 22), tus over HTTP: a video sent in chunks, cut off,
 * resumed from its offset, attached by its upload id and downloaded with the same SHA-256; the same sign-in as
 * POST /files/uploads; the same checks (type by the bytes, size per kind, empty refused); a client killed
 * mid-upload leaves nothing attached and nothing stored, and its partial upload is collected like an orphan. The
 * server here cuts any request that takes over a second to arrive (HTTP_REQUEST_TIMEOUT_MS = 1000): an upload of
 * many chunks, several seconds in all, still goes through.
 */
let api: ApiFixture;
let owner: Client;
let centre: Session;
let township: Session;
let incidentId: string;
const work = mkdtempSync(join(tmpdir(), 'evidence-resumable-'));

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** An MP4 as its first box shows one (file-type reads `ftyp`/`isom`), then the film. */
const mp4 = (bytes: number) =>
  Buffer.concat([Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex'), randomBytes(bytes)]);
const jpeg = (bytes: number) =>
  Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(bytes)]);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Receipt {
  uploadId: string;
  sha256: string;
  size: number;
  mediaType: string;
}

beforeAll(async () => {
  api = await startApi({
    label: 'resumable',
    http: { ...DEFAULT_HTTP_LIMITS, requestTimeoutMs: 1000, headersTimeoutMs: 1000 },
    evidence: loadEvidenceSettings({ EVIDENCE_DIR: join(work, 'evidence'), EVIDENCE_MAX_IMAGE_MB: '1' }),
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [centre, township] = await Promise.all(['zhouming', 'lina'].map((u) => login(api.url, u)));
  incidentId = await listedIncident(api.url, centre.token, { title: '现场视频', discoveredAt: new Date() });
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
  rmSync(work, { recursive: true, force: true });
});

const endpoint = () => new URL('/files/tus', api.url).toString();
const partials = () => readdirSync(api.evidence.resumableDir);

/** One tus upload of `bytes` in `chunkSize` pieces; resolves with the receipt, or rejects with the server's answer. */
function send(
  bytes: Buffer,
  o: {
    token?: string;
    chunkSize?: number;
    uploadUrl?: string;
    name?: string;
    /** Called before each PATCH with the offset it starts from. */
    onPatch?: (offset: number, upload: Upload) => void | Promise<void>;
  } = {},
): { upload: Upload; done: Promise<{ receipt: Receipt | null; url: string }> } {
  let upload!: Upload;
  const done = new Promise<{ receipt: Receipt | null; url: string }>((resolve, reject) => {
    upload = new Upload(bytes, {
      endpoint: endpoint(),
      uploadUrl: o.uploadUrl,
      chunkSize: o.chunkSize ?? 256 * 1024,
      retryDelays: [],
      metadata: { filename: o.name ?? '现场视频.mp4' },
      headers:
        o.token === undefined
          ? { authorization: `Bearer ${centre.token}` }
          : o.token
            ? { authorization: `Bearer ${o.token}` }
            : {},
      onBeforeRequest: async (req) => {
        if (req.getMethod() === 'PATCH') await o.onPatch?.(Number(req.getHeader('Upload-Offset')), upload);
      },
      onSuccess: ({ lastResponse }) => {
        const body = lastResponse.getBody();
        resolve({ receipt: body ? (JSON.parse(body) as Receipt) : null, url: upload.url! });
      },
      onError: reject,
    });
    upload.start();
  });
  return { upload, done };
}

/** Starts an upload and drops the link (abort) once `after` bytes are through; the upload's URL. */
function cutOff(bytes: Buffer, after: number): Promise<string> {
  return new Promise((resolve, reject) => {
    send(bytes, {
      onPatch: (offset, upload) => {
        // A chunk already on its way may still land: settle before anyone asks the offset.
        if (offset >= after)
          void upload
            .abort()
            .then(() => sleep(500))
            .then(() => resolve(upload.url!), reject);
      },
    }).done.catch(reject);
  });
}

const idOf = (url: string) => url.split('/').pop()!;
const offsetOf = async (url: string, token = centre.token) => {
  const res = await fetch(new URL(url, api.url), {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
  });
  return { status: res.status, offset: Number(res.headers.get('upload-offset')) };
};
const attachVideo = (uploadId: string) =>
  mutate<{ id: string; sha256: string; size: number; downloadPath: string }>(
    api.url,
    centre.token,
    'attachFile',
    { uploadId, recordKind: 'INCIDENT', recordId: incidentId, purpose: 'VIDEO' },
    'id sha256 size downloadPath',
  );
const attachEvents = async (uploadId: string) =>
  (
    await owner.query(
      `SELECT 1 FROM es_events WHERE event_type = 'AttachmentAttached' AND data->>'attachmentId' = $1`,
      [uploadId],
    )
  ).rowCount;

it('sends a video in chunks, is cut off, resumes from its offset, and the attached file hashes the same', async () => {
  const video = mp4(3 * 1024 * 1024);
  // First attempt: the link drops once a megabyte is through.
  const url = await cutOff(video, 1024 * 1024);
  expect(url).toMatch(/\/files\/tus\/[0-9a-f-]{36}$/);
  const cut = await offsetOf(url);
  expect(cut.status).toBe(200);
  expect(cut.offset).toBeGreaterThanOrEqual(1024 * 1024);
  expect(cut.offset).toBeLessThan(video.length);
  // Not yet an upload anyone can attach.
  expect((await attachVideo(idOf(url))).errors?.[0]?.extensions).toMatchObject({
    reason: 'EVIDENCE.UPLOAD_NOT_FOUND',
  });

  // Resumed on the same URL: the first PATCH starts where the server stopped, not at 0.
  const offsets: number[] = [];
  const { receipt } = await send(video, { uploadUrl: url, onPatch: (offset) => void offsets.push(offset) })
    .done;
  expect(offsets[0]).toBe(cut.offset);
  expect(receipt).toMatchObject({
    uploadId: idOf(url),
    sha256: sha(video),
    size: video.length,
    mediaType: 'video/mp4',
  });
  // The chunks are gone from the resumable folder: the bytes live in the store alone.
  expect(partials()).toEqual([]);

  const att = ok(await attachVideo(idOf(url))).attachFile;
  expect(att).toMatchObject({ id: idOf(url), sha256: sha(video), size: video.length });
  const got = Buffer.from(await (await fetch(new URL(att.downloadPath, api.url))).arrayBuffer());
  expect(sha(got)).toBe(sha(video));
  // Asked again (the last answer lost on a poor link), the finished upload says it is complete.
  expect(await offsetOf(url)).toEqual({ status: 200, offset: video.length });
});

it('takes an upload of many chunks longer than HTTP_REQUEST_TIMEOUT_MS in all, which one request is not', async () => {
  // One request trickling its body over ~2.5 s is cut off by the 1 s limit …
  const cut = await new Promise<string>((resolve) => {
    const req = request(new URL('/files/uploads?name=slow.mp4', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${centre.token}`, 'content-length': String(640 * 1024) },
    });
    let sent = 0;
    const end = (how: string) => {
      clearInterval(tick);
      req.destroy();
      resolve(how);
    };
    req.on('response', (res) => end(`HTTP ${res.statusCode}`));
    req.on('error', (err) => end(err.message));
    const tick = setInterval(() => {
      if (sent === 10 || req.destroyed) return clearInterval(tick);
      req.write(sent++ === 0 ? mp4(64 * 1024 - 24) : randomBytes(64 * 1024));
    }, 250);
  });
  expect(cut).toMatch(/HTTP 408|socket hang up|ECONNRESET/);
  // … while the same bytes in chunks, each its own short request, go through.
  const video = mp4(640 * 1024);
  const started = Date.now();
  // 10 chunks, each sent after a pause: ~2.5 s in all against a 1 s limit on each request.
  const { receipt } = await send(video, { chunkSize: 64 * 1024, onPatch: () => sleep(250) }).done;
  expect(Date.now() - started).toBeGreaterThan(2000);
  expect(receipt?.sha256).toBe(sha(video));
});

describe('the same sign-in as POST /files/uploads', () => {
  it('refuses an upload without a session', async () => {
    const res = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '1000' },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ reason: 'EVIDENCE.SIGN_IN_REQUIRED' });
    expect(partials()).toEqual([]);
  });

  it('does not let another person resume, read or end someone’s upload', async () => {
    const url = await cutOff(mp4(1024 * 1024), 1);
    const theirs = await offsetOf(url, township.token);
    expect(theirs.status).toBe(404);
    const patch = await fetch(new URL(url, api.url), {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${township.token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': String((await offsetOf(url)).offset),
        'content-type': 'application/offset+octet-stream',
      },
      body: randomBytes(1000),
    });
    expect(patch.status).toBe(404);
    expect(await patch.json()).toMatchObject({ reason: 'EVIDENCE.UPLOAD_NOT_FOUND' });
    const get = await fetch(new URL(url, api.url), { headers: { authorization: `Bearer ${centre.token}` } });
    expect(get.status).toBe(404);
    // Its owner ends it.
    const del = await fetch(new URL(url, api.url), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${centre.token}`, 'tus-resumable': '1.0.0' },
    });
    expect(del.status).toBe(204);
  });
});

describe('the same checks as a one-request upload', () => {
  it('refuses an empty file', async () => {
    const res = await fetch(endpoint(), {
      method: 'POST',
      headers: { authorization: `Bearer ${centre.token}`, 'tus-resumable': '1.0.0', 'upload-length': '0' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ reason: 'EVIDENCE.EMPTY_FILE' });
    expect(partials()).toEqual([]);
  });

  it('reads the type from the bytes, and keeps nothing it refuses', async () => {
    const rows = (await owner.query(`SELECT 1 FROM evidence_upload`)).rowCount;
    await expect(send(Buffer.from('不是视频'.repeat(50_000)), { name: 'film.mp4' }).done).rejects.toThrow(
      /EVIDENCE.TYPE_NOT_ACCEPTED/,
    );
    // A photo over the image limit (1 MB here), though far under the video one.
    await expect(send(jpeg(1_200_000), { name: 'big.jpg' }).done).rejects.toThrow(/EVIDENCE.TOO_LARGE/);
    expect((await owner.query(`SELECT 1 FROM evidence_upload`)).rowCount).toBe(rows);
    expect(partials()).toEqual([]);
  });
});

it('leaves nothing attached or stored when the uploading process is killed, and collects its part later', async () => {
  const video = mp4(4 * 1024 * 1024);
  const file = join(work, 'killed.mp4');
  writeFileSync(file, video);
  // Another process sends it, slowly, and is killed outright part-way.
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const { Upload } = require('tus-js-client');
       const u = new Upload(require('fs').readFileSync(process.argv[1]), {
         endpoint: process.argv[2], chunkSize: 128 * 1024, retryDelays: [],
         headers: { authorization: 'Bearer ' + process.argv[3] }, metadata: { filename: 'killed.mp4' },
         onBeforeRequest: (req) => new Promise((r) => setTimeout(r, 100)),
         onChunkComplete: () => console.log(u.url),
         onError: () => process.exit(1),
       });
       u.start();`,
      file,
      endpoint(),
      centre.token,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve) =>
    child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim().split('\n')[0])),
  );
  await sleep(300);
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  await sleep(300);

  const id = idOf(url);
  const partial = await offsetOf(url);
  expect(partial.offset).toBeGreaterThan(0);
  expect(partial.offset).toBeLessThan(video.length);
  expect((await owner.query(`SELECT 1 FROM evidence_upload WHERE upload_id = $1`, [id])).rowCount).toBe(0);
  expect(await api.evidence.store.sizeOf(sha(video))).toBeNull();
  expect((await attachVideo(id)).errors?.[0]?.extensions).toMatchObject({
    reason: 'EVIDENCE.UPLOAD_NOT_FOUND',
  });
  expect(await attachEvents(id)).toBe(0);

  // A day on, the sweep removes the abandoned part with the orphans.
  const info = join(api.evidence.resumableDir, `${id}.json`);
  const meta = JSON.parse(readFileSync(info, 'utf8')) as { creation_date: string };
  meta.creation_date = new Date(Date.now() - 25 * 3_600_000).toISOString();
  writeFileSync(info, JSON.stringify(meta));
  const swept = await api.server.app.get(OrphanCollector).sweep();
  expect(swept.partials).toBe(1);
  expect(partials()).toEqual([]);
  expect((await offsetOf(url)).status).toBe(404);
});

// Last: it leaves a partial upload behind that the sweep will collect a day later.
it('stops a deactivated person mid-upload: the next chunk is refused', async () => {
  const gaoyang = await login(api.url, 'gaoyang');
  let url = '';
  await new Promise<void>((resolve, reject) => {
    send(mp4(1024 * 1024), {
      token: gaoyang.token,
      onPatch: (offset, upload) => {
        url = upload.url!;
        if (offset > 0) void upload.abort().then(() => resolve(), reject);
      },
    }).done.catch(reject);
  });
  const admin = await login(api.url, 'zhaoqiang');
  ok(
    await mutate(
      api.url,
      admin.token,
      'deactivateUser',
      { userId: gaoyang.userId, reason: '调离岗位' },
      'active',
    ),
  );
  const resumed = await fetch(new URL(url, api.url), {
    method: 'HEAD',
    headers: { authorization: `Bearer ${gaoyang.token}`, 'tus-resumable': '1.0.0' },
  });
  expect(resumed.status).toBe(401);
});
