import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleExporter } from '@app/audit';
import { auditVerifyCommand } from '../apps/cli/src/audit-verify-command';
import { readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import sharp from 'sharp';
import {
  bundledFiles,
  DiskBlobStore,
  exportBundleFiles,
  OrphanCollector,
  PREVIEW_EDGE,
  PreviewMaker,
} from '@app/evidence';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * Evidence and attachments over HTTP and GraphQL (issue 22): a township hands in with a photo and the centre sees
 * and downloads it through a short-lived link; the event that attaches it carries its SHA-256; bad uploads and
 * callers are refused with a coded error and leave nothing behind; a file altered in storage is reported.
 */
let api: ApiFixture;
let owner: Client;
let centre: Session;
let township: Session;
let otherTownship: Session;
let auditor: Session;
let incidentId: string;
let taskId: string;

const ATT = `id recordKind recordId purpose sha256 size mediaType originalName confidential attachedByName
  downloadPath previewPath linkExpiresAt`;
interface Att {
  id: string;
  recordKind: string;
  recordId: string;
  purpose: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  confidential: boolean;
  attachedByName: string;
  downloadPath: string;
  previewPath: string | null;
  linkExpiresAt: string;
}
interface Receipt {
  uploadId: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
}
const reason = (r: { errors?: { extensions: { code: string; reason?: string } }[] }) =>
  r.errors?.[0]?.extensions;

/** A JPEG as a phone's camera makes one (start and end markers around its data). */
const jpeg = (bytes = 4000) =>
  Buffer.concat([
    Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
    randomBytes(bytes),
    Buffer.from('ffd9', 'hex'),
  ]);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000), Buffer.from('\n%%EOF\n')]);

async function upload(s: Session | null, body: Buffer, name = '现场照片.jpg') {
  const res = await fetch(new URL(`/files/uploads?name=${encodeURIComponent(name)}`, api.url), {
    method: 'POST',
    headers: {
      ...(s ? { authorization: `Bearer ${s.token}` } : {}),
      'content-type': 'application/octet-stream',
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as Receipt & { reason?: string; message?: string } };
}

const attach = (s: Session, input: Record<string, unknown>) =>
  mutate<Att>(api.url, s.token, 'attachFile', input, ATT);
const list = (s: Session, recordKind: string, recordId: string) =>
  gql<{ attachments: Att[] }>(
    api.url,
    `query Q($k: AttachmentRecordKind!, $r: ID!) { attachments(recordKind: $k, recordId: $r) { ${ATT} } }`,
    { k: recordKind, r: recordId },
    s,
  );
const download = (path: string) => fetch(new URL(path, api.url));

async function uploadRows(): Promise<number> {
  return (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM evidence_upload`)).rows[0].n;
}
async function attachEvents(): Promise<{ data: Record<string, unknown> }[]> {
  return (
    await owner.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM es_events WHERE event_type = 'AttachmentAttached' ORDER BY global_position`,
    )
  ).rows;
}

beforeAll(async () => {
  api = await startApi({ label: 'evidence' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [centre, township, otherTownship, auditor] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang', 'qianjun'].map((u) => login(api.url, u)),
  );
  incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(),
  });
  taskId = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈，附现场照片' },
      'id',
    ),
  ).dispatchTask.id;
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
});

describe('a township hands in with a photo, and the centre sees it', () => {
  const photo = jpeg();
  let receipt: Receipt;
  let att: Att;

  beforeAll(async () => {
    const up = await upload(township, photo, 'IMG_0001.jpg');
    expect(up.status).toBe(201);
    receipt = up.body;
    att = ok(
      await attach(township, {
        uploadId: receipt.uploadId,
        recordKind: 'TASK_HAND_IN',
        recordId: taskId,
        purpose: 'PHOTO',
      }),
    ).attachFile;
  });

  it('is stored under its SHA-256, its type read from its bytes', async () => {
    expect(receipt).toMatchObject({
      size: photo.length,
      mediaType: 'image/jpeg',
      originalName: 'IMG_0001.jpg',
    });
    const store = api.evidence.store as DiskBlobStore;
    expect(await store.sizeOf(receipt.sha256)).toBe(photo.length);
    expect(att).toMatchObject({ sha256: receipt.sha256, purpose: 'PHOTO', attachedByName: '李娜' });
  });

  it('is named in the log by the event that attaches it: hash, size, type, name and record', async () => {
    const [event] = (await attachEvents()).filter((e) => e.data.attachmentId === att.id);
    expect(event.data).toMatchObject({
      recordKind: 'TASK_HAND_IN',
      recordId: taskId,
      sha256: receipt.sha256,
      size: photo.length,
      mediaType: 'image/jpeg',
      originalName: 'IMG_0001.jpg',
    });
  });

  it('is listed for the centre, which downloads the same bytes through its link', async () => {
    const [seen] = ok(await list(centre, 'TASK_HAND_IN', taskId)).attachments;
    expect(seen.id).toBe(att.id);
    const res = await download(seen.downloadPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('is not seen by another township: the record’s NOT_FOUND', async () => {
    const r = await list(otherTownship, 'TASK_HAND_IN', taskId);
    expect(reason(r)?.code).toBe('NOT_FOUND');
  });

  it('goes out only through an unaltered, unexpired link', async () => {
    const [seen] = ok(await list(centre, 'TASK_HAND_IN', taskId)).attachments;
    const forged = seen.downloadPath.replace(/([?&]u=)[^&]+/, '$1gaoyang');
    expect((await download(forged)).status).toBe(403);
    const expired = seen.downloadPath.replace(/([?&]e=)\d+/, '$11');
    expect((await download(expired)).status).toBe(403);
    expect(new Date(seen.linkExpiresAt).getTime() - Date.now()).toBeLessThanOrEqual(300_000);
  });
});

describe('refusals leave nothing behind', () => {
  it('an empty upload', async () => {
    const before = await uploadRows();
    const up = await upload(township, Buffer.alloc(0));
    expect(up.status).toBe(400);
    expect(up.body.reason).toBe('EVIDENCE.EMPTY_FILE');
    expect(up.body.message).toMatch(/文件为空/);
    expect(await uploadRows()).toBe(before);
  });

  it('a text file named like a photo: the type is read from the bytes', async () => {
    const before = await uploadRows();
    const up = await upload(township, Buffer.from('这不是图片'.repeat(100)), 'photo.jpg');
    expect(up.status).toBe(400);
    expect(up.body.reason).toBe('EVIDENCE.TYPE_NOT_ACCEPTED');
    expect(await uploadRows()).toBe(before);
  });

  it('an upload cut off mid-way', async () => {
    const before = await uploadRows();
    const url = new URL('/files/uploads?name=cut.jpg', api.url);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${township.token}`, 'content-length': '100000' },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      req.write(jpeg(1000), () => setTimeout(() => req.destroy(), 100));
    });
    // The server notices the broken connection and removes the staged part.
    await new Promise((r) => setTimeout(r, 300));
    expect(await uploadRows()).toBe(before);
    expect(readdirSync(api.evidence.stagingDir)).toEqual([]);
  });

  it('an upload without a sign-in', async () => {
    const up = await upload(null, jpeg());
    expect(up.status).toBe(401);
    expect(up.body.reason).toBe('EVIDENCE.SIGN_IN_REQUIRED');
  });

  it('a photo on a task of another township, an auditor adding evidence, someone else’s upload', async () => {
    const events = (await attachEvents()).length;
    const mine = (await upload(otherTownship, jpeg())).body;
    const r1 = await attach(otherTownship, {
      uploadId: mine.uploadId,
      recordKind: 'TASK_HAND_IN',
      recordId: taskId,
      purpose: 'PHOTO',
    });
    expect(reason(r1)?.code).toBe('NOT_FOUND');
    const audit = (await upload(auditor, jpeg())).body;
    const r2 = await attach(auditor, {
      uploadId: audit.uploadId,
      recordKind: 'INCIDENT',
      recordId: incidentId,
      purpose: 'POST_SCREENSHOT',
    });
    expect(reason(r2)).toMatchObject({ code: 'FORBIDDEN' });
    const r3 = await attach(centre, {
      uploadId: mine.uploadId,
      recordKind: 'INCIDENT',
      recordId: incidentId,
      purpose: 'POST_SCREENSHOT',
    });
    expect(reason(r3)).toMatchObject({ code: 'NOT_FOUND', reason: 'EVIDENCE.UPLOAD_NOT_FOUND' });
    expect((await attachEvents()).length).toBe(events);
  });

  it('a PDF offered as the post’s screenshot', async () => {
    const doc = (await upload(centre, pdf(), 'shot.png')).body;
    expect(doc.mediaType).toBe('application/pdf');
    const r = await attach(centre, {
      uploadId: doc.uploadId,
      recordKind: 'INCIDENT',
      recordId: incidentId,
      purpose: 'POST_SCREENSHOT',
    });
    expect(reason(r)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'EVIDENCE.TYPE_NOT_FOR_PURPOSE' });
    // Refused, the upload may still be attached as what it is.
    const ok2 = await attach(centre, {
      uploadId: doc.uploadId,
      recordKind: 'INCIDENT',
      recordId: incidentId,
      purpose: 'WEB_ARCHIVE',
    });
    expect(ok(ok2).attachFile.mediaType).toBe('application/pdf');
  });
});

it('attaches an upload once when two attach it at the same moment', async () => {
  const up = (await upload(centre, jpeg())).body;
  const input = {
    uploadId: up.uploadId,
    recordKind: 'INCIDENT',
    recordId: incidentId,
    purpose: 'POST_SCREENSHOT',
  };
  const results = await Promise.all([attach(centre, input), attach(centre, input), attach(centre, input)]);
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect((await attachEvents()).filter((e) => e.data.attachmentId === up.uploadId)).toHaveLength(1);
});

it('records each read of 涉密 evidence in the log', async () => {
  const secret = await listedIncident(api.url, centre.token, {
    title: '涉密网帖',
    discoveredAt: new Date(),
    confidential: true,
  });
  const up = (await upload(centre, jpeg())).body;
  const att = ok(
    await attach(centre, {
      uploadId: up.uploadId,
      recordKind: 'INCIDENT',
      recordId: secret,
      purpose: 'POST_SCREENSHOT',
    }),
  ).attachFile;
  expect(att.confidential).toBe(true);
  const [seen] = ok(await list(auditor, 'INCIDENT', secret)).attachments;
  expect((await download(seen.downloadPath)).status).toBe(200);
  const reads = await owner.query<{ data: { readBy: string } }>(
    `SELECT data FROM es_events WHERE event_type = 'AttachmentRead' AND stream_id = $1`,
    [`attachment-${att.id}`],
  );
  expect(reads.rows.map((r) => r.data.readBy)).toHaveLength(1);
});

it('reports a file altered in storage to the auditor', async () => {
  const up = (await upload(centre, jpeg())).body;
  ok(
    await attach(centre, {
      uploadId: up.uploadId,
      recordKind: 'INCIDENT',
      recordId: incidentId,
      purpose: 'PHOTO',
    }),
  );
  const check = () =>
    gql<{ attachmentIntegrity: { attachmentId: string; integrity: string }[] }>(
      api.url,
      `query Q($r: ID!) { attachmentIntegrity(recordKind: INCIDENT, recordId: $r) { attachmentId integrity } }`,
      { r: incidentId },
      auditor,
    );
  const mine = async () => ok(await check()).attachmentIntegrity.find((c) => c.attachmentId === up.uploadId);
  expect((await mine())?.integrity).toBe('INTACT');
  writeFileSync((api.evidence.store as DiskBlobStore).pathOf(up.sha256), jpeg());
  expect((await mine())?.integrity).toBe('ALTERED');
  expect(
    reason(
      await gql(
        api.url,
        `{ attachmentIntegrity(recordKind: INCIDENT, recordId: "${incidentId}") { integrity } }`,
        {},
        township,
      ),
    )?.code,
  ).toBe('FORBIDDEN');
});

it('collects uploads never attached after a day, and keeps attached files', async () => {
  const orphan = (await upload(township, jpeg())).body;
  const kept = (await upload(township, jpeg())).body;
  ok(
    await attach(township, {
      uploadId: kept.uploadId,
      recordKind: 'TASK_PROGRESS',
      recordId: taskId,
      purpose: 'PHOTO',
    }),
  );
  await owner.query(`UPDATE evidence_upload SET uploaded_at = now() - interval '25 hours'`);
  const store = api.evidence.store;
  await api.server.app.get(OrphanCollector).tick();
  expect(await store.sizeOf(orphan.sha256)).toBeNull();
  expect(await store.sizeOf(kept.sha256)).toBe(kept.size);
  const left = await owner.query(`SELECT upload_id FROM evidence_upload WHERE upload_id = $1`, [
    orphan.uploadId,
  ]);
  expect(left.rows).toEqual([]);
});

describe('a post captured as evidence', () => {
  const POST = `id incidentId url platform author textAsSeen capturedAt screenshotSha256 capturedByName
    readings { reposts comments views readAt }`;
  let shot: Att;
  let postId: string;

  beforeAll(async () => {
    const up = (await upload(centre, jpeg(), '原帖截图.jpg')).body;
    shot = ok(
      await attach(centre, {
        uploadId: up.uploadId,
        recordKind: 'INCIDENT',
        recordId: incidentId,
        purpose: 'POST_SCREENSHOT',
      }),
    ).attachFile;
  });

  it('keeps URL, platform, author, the text as seen, when and by whom, with its screenshot', async () => {
    const capturedAt = new Date(Date.now() - 60_000).toISOString();
    const post = ok(
      await mutate<{ id: string; screenshotSha256: string; capturedByName: string; readings: unknown[] }>(
        api.url,
        centre.token,
        'capturePost',
        {
          incidentId,
          url: 'https://weibo.example/p/1',
          platform: 'WEIBO',
          author: '东湖网友甲',
          textAsSeen: '补偿款三个月没发到位，镇里不管',
          capturedAt,
          screenshotAttachmentId: shot.id,
        },
        POST,
      ),
    ).capturePost;
    postId = post.id;
    expect(post).toMatchObject({ screenshotSha256: shot.sha256, capturedByName: '周明', readings: [] });
  });

  it('adds spread readings over time, and the township working it reads them in order', async () => {
    for (const [views, ago] of [
      [5000, 10_000],
      [1200, 50_000],
    ])
      ok(
        await mutate(
          api.url,
          centre.token,
          'recordPostSpread',
          { postId, reposts: 10, comments: 20, views, readAt: new Date(Date.now() - ago).toISOString() },
          'id',
        ),
      );
    const r = await gql<{ capturedPosts: { readings: { views: number }[] }[] }>(
      api.url,
      `query Q($i: ID!) { capturedPosts(incidentId: $i) { ${POST} } }`,
      { i: incidentId },
      township,
    );
    // 东湖镇 was dispatched a task on the incident, so it reads the incident and its evidence.
    expect(ok(r).capturedPosts[0].readings.map((x) => x.views)).toEqual([1200, 5000]);
  });

  it('refuses a photo as the screenshot, and readings with a negative figure', async () => {
    const up = (await upload(centre, jpeg())).body;
    const photo = ok(
      await attach(centre, {
        uploadId: up.uploadId,
        recordKind: 'INCIDENT',
        recordId: incidentId,
        purpose: 'PHOTO',
      }),
    ).attachFile;
    const r1 = await mutate(
      api.url,
      centre.token,
      'capturePost',
      {
        incidentId,
        url: 'https://weibo.example/p/2',
        platform: 'WEIBO',
        author: '某网友',
        textAsSeen: '内容',
        capturedAt: new Date().toISOString(),
        screenshotAttachmentId: photo.id,
      },
      'id',
    );
    expect(reason(r1)).toMatchObject({ reason: 'EVIDENCE.SCREENSHOT_NOT_OF_INCIDENT' });
    const r2 = await mutate(
      api.url,
      centre.token,
      'recordPostSpread',
      { postId, reposts: -1, comments: 0, views: 0, readAt: new Date().toISOString() },
      'id',
    );
    expect(reason(r2)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('size limits, per kind', () => {
  it('refuses a declared size past every limit before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/files/uploads?name=big.mp4', api.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${township.token}`, 'content-length': String(4 * 1024 ** 3) },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.write(jpeg(10));
    });
    expect(status).toBe(413);
  });

  it('holds a photo to the image limit (20 MB by default)', async () => {
    const before = await uploadRows();
    const up = await upload(township, jpeg(21 * 1024 * 1024));
    expect(up.status).toBe(413);
    expect(up.body.reason).toBe('EVIDENCE.TOO_LARGE');
    expect(await uploadRows()).toBe(before);
  });
});

describe('the auditor’s bundle carries the files’ hashes and checks the files offline', () => {
  let dir: string;
  let bundleFile: string;
  let keyFile: string;
  let filesDir: string;
  let shas: string[];

  beforeAll(async () => {
    const id = await listedIncident(api.url, centre.token, { title: '审计包附件', discoveredAt: new Date() });
    shas = [];
    for (const purpose of ['POST_SCREENSHOT', 'PHOTO']) {
      const up = (await upload(centre, jpeg())).body;
      ok(await attach(centre, { uploadId: up.uploadId, recordKind: 'INCIDENT', recordId: id, purpose }));
      shas.push(up.sha256);
    }
    dir = mkdtempSync(join(tmpdir(), 'evidence-bundle-'));
    const bundle = await api.server.app.get(BundleExporter).export(id);
    expect(
      bundledFiles(bundle)
        .map((f) => f.sha256)
        .sort(),
    ).toEqual([...shas].sort());
    bundleFile = join(dir, 'bundle.json');
    writeFileSync(bundleFile, JSON.stringify(bundle));
    keyFile = join(dir, 'key.pem');
    writeFileSync(keyFile, api.integrity.signingKey.publicKeyPem);
    filesDir = join(dir, 'files');
    expect(await exportBundleFiles(bundle, api.evidence.store, filesDir)).toBe(2);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const verify = () => auditVerifyCommand([bundleFile, '--key', keyFile, '--files', filesDir]);

  it('verifies every exported file against the logged SHA-256', async () => {
    const r = await verify();
    expect(r.output).toContain('附件 / attached files: 2');
    expect(r.code).toBe(0);
  });

  it('reports a file altered after export', async () => {
    writeFileSync(join(filesDir, shas[0]), jpeg());
    const r = await verify();
    expect(r.code).toBe(1);
    expect(r.output).toContain('FILE_ALTERED');
  });

  it('reports a file missing from the folder', async () => {
    unlinkSync(join(filesDir, shas[0]));
    const r = await verify();
    expect(r.code).toBe(1);
    expect(r.output).toContain('FILE_MISSING');
  });
});

it('makes a preview off the request path, without the photo’s EXIF location, and keeps it in the original', async () => {
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a6' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1' } })
    .toBuffer();
  const up = (await upload(township, photo, '现场.jpg')).body;
  const att = ok(
    await attach(township, {
      uploadId: up.uploadId,
      recordKind: 'TASK_PROGRESS',
      recordId: taskId,
      purpose: 'PHOTO',
    }),
  ).attachFile;
  // Not made while attaching: a background round makes it.
  expect(att.previewPath).toBeNull();
  expect(await api.server.app.get(PreviewMaker).makeDue()).toBeGreaterThan(0);
  const seen = ok(await list(centre, 'TASK_PROGRESS', taskId)).attachments.find((a) => a.id === att.id)!;
  const preview = Buffer.from(await (await download(seen.previewPath!)).arrayBuffer());
  const meta = await sharp(preview).metadata();
  expect(meta).toMatchObject({ format: 'jpeg', width: PREVIEW_EDGE, height: PREVIEW_EDGE * 0.75 });
  expect(meta.exif).toBeUndefined();
  const original = Buffer.from(await (await download(seen.downloadPath)).arrayBuffer());
  expect((await sharp(original).metadata()).exif).toBeDefined();
  expect(original.equals(photo)).toBe(true);
});

describe('files on a letter and on a joint conference record, read by whoever reads the record', () => {
  let letterId: string;
  let conferenceId: string;

  beforeAll(async () => {
    letterId = ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'sendRiskLetter',
        {
          incidentId,
          recipientUnitIds: [demoUnitId('donghu')],
          title: '关于征地补偿舆情风险的提示函',
          level: 'III',
          risk: '补偿款发放引发集中投诉',
          scope: '东湖镇',
          watchPoints: '微博、本地论坛',
          requestedMeasures: '核实并回应',
        },
        'id',
      ),
    ).sendRiskLetter.id;
    ok(
      await mutate(
        api.url,
        centre.token,
        'activateLinkage',
        { incidentId, memberUnitIds: [demoUnitId('donghu')], byDecision: true, reason: '经研究启动联动' },
        'id',
      ),
    );
    const conferences = ok(
      await mutate<{ conferences: { id: string }[] }>(
        api.url,
        centre.token,
        'recordJointConference',
        {
          incidentId,
          heldAt: new Date().toISOString(),
          participants: ['县网信办 周明', '东湖镇 李娜'],
          participantUnitIds: [demoUnitId('donghu')],
          decisions: ['东湖镇当日核实并说明'],
          followUpTasks: [],
        },
        'conferences { id }',
      ),
    ).recordJointConference.conferences;
    conferenceId = conferences[conferences.length - 1].id;
  });

  it('the centre’s scan on the letter reaches the township it was sent to, and no other', async () => {
    const scan = pdf();
    const up = (await upload(centre, scan, '提示函（盖章）.pdf')).body;
    ok(
      await attach(centre, {
        uploadId: up.uploadId,
        recordKind: 'LETTER',
        recordId: letterId,
        purpose: 'SCAN',
      }),
    );
    const [seen] = ok(await list(township, 'LETTER', letterId)).attachments;
    expect(seen).toMatchObject({
      recordKind: 'LETTER',
      originalName: '提示函（盖章）.pdf',
      mediaType: 'application/pdf',
    });
    expect(Buffer.from(await (await download(seen.downloadPath)).arrayBuffer()).equals(scan)).toBe(true);
    expect(reason(await list(otherTownship, 'LETTER', letterId))?.code).toBe('NOT_FOUND');
  });

  it('a conference record takes the minutes’ scan and the township’s photo; outsiders and auditors are refused', async () => {
    const events = (await attachEvents()).length;
    const theirs = (await upload(otherTownship, jpeg())).body;
    expect(
      reason(
        await attach(otherTownship, {
          uploadId: theirs.uploadId,
          recordKind: 'CONFERENCE',
          recordId: conferenceId,
          purpose: 'PHOTO',
        }),
      )?.code,
    ).toBe('NOT_FOUND');
    const audit = (await upload(auditor, jpeg())).body;
    expect(
      reason(
        await attach(auditor, {
          uploadId: audit.uploadId,
          recordKind: 'CONFERENCE',
          recordId: conferenceId,
          purpose: 'PHOTO',
        }),
      )?.code,
    ).toBe('FORBIDDEN');
    // An id that names no conference (here, the incident's own) is nothing to attach to.
    expect(
      reason(
        await attach(centre, {
          uploadId: audit.uploadId,
          recordKind: 'CONFERENCE',
          recordId: incidentId,
          purpose: 'PHOTO',
        }),
      )?.code,
    ).toBe('NOT_FOUND');
    expect((await attachEvents()).length).toBe(events);

    const minutes = (await upload(centre, pdf(), '会议签到表.pdf')).body;
    ok(
      await attach(centre, {
        uploadId: minutes.uploadId,
        recordKind: 'CONFERENCE',
        recordId: conferenceId,
        purpose: 'SCAN',
      }),
    );
    const photo = (await upload(township, jpeg(), '会场.jpg')).body;
    ok(
      await attach(township, {
        uploadId: photo.uploadId,
        recordKind: 'CONFERENCE',
        recordId: conferenceId,
        purpose: 'PHOTO',
      }),
    );
    for (const s of [centre, township, auditor])
      expect(ok(await list(s, 'CONFERENCE', conferenceId)).attachments.map((a) => a.originalName)).toEqual([
        '会议签到表.pdf',
        '会场.jpg',
      ]);
    expect(reason(await list(otherTownship, 'CONFERENCE', conferenceId))?.code).toBe('NOT_FOUND');
  });
});
