import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import { loadEvidenceSettings } from '@app/evidence';
import { LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { startApiServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';

/**
 * `npm run bench:files` (issue 22): evidence files over HTTP as the console sends and fetches them.
 * - Upload (POST /files/uploads, raw streaming body) and download (the signed link) throughput for 1 MB and 50 MB
 *   files, each beside copying the same bytes from file to file on the same disk in the same run: the reference.
 * - Peak resident memory while a 500 MB video goes up and comes back down: flat, never the whole file.
 * - The time to attach 20 photos to one hand-in through the API, one after the other, as the phone console does
 *   (upload, then attachFile, per photo).
 * The API runs in this process (as `npm start` builds it, evidence on a local folder); figures are medians, nothing
 * is asserted. The last line is one JSON object; its `ratio…` keys are the same-run ratios (goal ≥ 0.5).
 */
const MB = 1024 * 1024;
const SMALL_RUNS = Number(process.env.BENCH_FILES_SMALL_RUNS ?? 20);
const LARGE_RUNS = Number(process.env.BENCH_FILES_LARGE_RUNS ?? 4);
const HUGE_MB = Number(process.env.BENCH_FILES_HUGE_MB ?? 500);
const PHOTOS = 20;
const PHOTO_BYTES = 3 * MB;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const round = (n: number, d = 1) => Number(n.toFixed(d));
const agent = new Agent({ keepAlive: true });

/** A JPEG's and an MP4's first bytes, so the server's type check (by the bytes) takes them as what they are. */
const JPEG_HEAD = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');
const MP4_HEAD = Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex');

/**
 * Writes a file of `bytes` from a 1 MB random block, its start marked with `seed` so every file has its own SHA-256
 * (the store keeps one copy of equal content: a second upload of the same bytes would measure nothing).
 */
async function makeFile(path: string, bytes: number, head: Buffer, seed: number): Promise<void> {
  const block = randomBytes(MB);
  const f = await open(path, 'w');
  try {
    const first = Buffer.concat([head, Buffer.from(`seed ${seed} ${Date.now()} `), block]).subarray(0, MB);
    let written = 0;
    while (written < bytes) {
      const part = (written === 0 ? first : block).subarray(0, Math.min(MB, bytes - written));
      await f.write(part, 0, part.length, written);
      written += part.length;
    }
  } finally {
    await f.close();
  }
}

/** The reference: the same bytes copied from file to file through a stream, as a plain server would store them. */
async function copyToDisk(from: string, to: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  await pipeline(createReadStream(from), createWriteStream(to));
  const s = seconds(t0);
  await rm(to, { force: true });
  return s;
}

interface Receipt {
  uploadId: string;
  sha256: string;
  size: number;
}

/** One upload: the file streamed as the request body, as the console's fetch(file) sends it. */
function upload(base: string, token: string, path: string, size: number, name: string): Promise<Receipt> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(`/files/uploads?name=${encodeURIComponent(name)}`, base),
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/octet-stream',
          'content-length': String(size),
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => {
          const body = Buffer.concat(parts).toString();
          if (res.statusCode !== 201) reject(new Error(`upload ${name}: HTTP ${res.statusCode} ${body}`));
          else resolve(JSON.parse(body) as Receipt);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    createReadStream(path).on('error', reject).pipe(req);
  });
}

/** One download through its signed link, written to a file (the same work as the reference's writing side). */
function download(base: string, path: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { agent }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`download: HTTP ${res.statusCode}`));
      pipeline(res, createWriteStream(to)).then(resolve, reject);
    })
      .on('error', reject)
      .end();
  });
}

async function graphql<T>(url: string, token: string | null, query: string, variables = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const mutation = (name: string, select = 'id') =>
  `mutation M($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${select} } }`;

/** Samples this process's resident memory every 20 ms while `work` runs: its peak. */
async function peakRss(work: () => Promise<void>): Promise<number> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage.rss());
}

async function main(): Promise<string> {
  const db = await benchDatabase();
  const work = await mkdtemp(join(tmpdir(), 'bench-files-'));
  const evidence = loadEvidenceSettings({ EVIDENCE_DIR: join(work, 'evidence') });
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
    integrity: {
      hashAlgorithm: 'sha256',
      signingKey: LogSigningKey.generate(),
      witness: new MemoryCheckpointWitness(),
    },
    evidence,
    logLevels: ['error', 'warn'],
  });
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  progress(`Files benchmark on ${db.serverLabel}, ${cpus().length} cores; API in this process`);
  try {
    await server.app.get(DemoSeeder).seed();
    const gql = `${server.url}/graphql`;
    const signIn = async (username: string) =>
      (
        await graphql<{ login: { accessToken: string } }>(
          gql,
          null,
          `
            mutation L($i: LoginInput!) {
              login(input: $i) {
                accessToken
              }
            }
          `,
          { i: { username, password: DEMO_PASSWORD } },
        )
      ).login.accessToken;
    const centre = await signIn('zhouming');
    const township = await signIn('lina');
    const incidentId = (
      await graphql<{ reportIncident: { id: string } }>(gql, centre, mutation('reportIncident'), {
        i: {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: '基准测试：证据文件',
          urls: ['https://weibo.example/p/bench'],
          discoveredAt: new Date().toISOString(),
          confidential: false,
        },
      })
    ).reportIncident.id;
    await graphql(gql, centre, mutation('assessIncident'), {
      i: {
        incidentId,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'III',
        reasoning: '研判',
      },
    });
    await graphql(gql, centre, mutation('listIncident'), { i: { incidentId, requirements: '核实并反馈' } });
    const attach = async (
      token: string,
      uploadId: string,
      recordKind: string,
      recordId: string,
      purpose: string,
    ) =>
      (
        await graphql<{ attachFile: { id: string; downloadPath: string } }>(
          gql,
          token,
          mutation('attachFile', 'id downloadPath'),
          { i: { uploadId, recordKind, recordId, purpose } },
        )
      ).attachFile;

    // Throughput: for each size, upload and download each file once, and copy it once (the reference), in turn.
    const sizes = [
      { label: '1 MB', bytes: MB, runs: SMALL_RUNS, head: JPEG_HEAD, purpose: 'PHOTO' },
      { label: '50 MB', bytes: 50 * MB, runs: LARGE_RUNS, head: MP4_HEAD, purpose: 'VIDEO' },
    ];
    const rows: { label: string; up: number; down: number; copy: number }[] = [];
    for (const size of sizes) {
      const up: number[] = [];
      const down: number[] = [];
      const copy: number[] = [];
      for (let i = 0; i < size.runs; i++) {
        const file = join(work, `source-${i}`);
        await makeFile(file, size.bytes, size.head, i);
        copy.push(await copyToDisk(file, join(work, 'copy')));
        let t0 = process.hrtime.bigint();
        const receipt = await upload(server.url, centre, file, size.bytes, `bench-${i}`);
        up.push(seconds(t0));
        const att = await attach(centre, receipt.uploadId, 'INCIDENT', incidentId, size.purpose);
        t0 = process.hrtime.bigint();
        await download(server.url, att.downloadPath, join(work, 'downloaded'));
        down.push(seconds(t0));
        if ((await stat(join(work, 'downloaded'))).size !== size.bytes) throw new Error('short download');
        await rm(join(work, 'downloaded'), { force: true });
        await rm(file, { force: true });
      }
      const mbps = (s: number) => size.bytes / MB / s;
      rows.push({
        label: size.label,
        up: mbps(median(up)),
        down: mbps(median(down)),
        copy: mbps(median(copy)),
      });
      progress(`${size.label}: ${size.runs} runs done`);
    }

    // Memory: a 500 MB video up and down; the process's peak resident memory against its level before.
    const huge = join(work, 'huge.mp4');
    await makeFile(huge, HUGE_MB * MB, MP4_HEAD, -1);
    const rssBefore = process.memoryUsage.rss();
    let hugeAttachment = { id: '', downloadPath: '' };
    let t0 = process.hrtime.bigint();
    const rssUpload = await peakRss(async () => {
      const r = await upload(server.url, centre, huge, HUGE_MB * MB, 'huge.mp4');
      hugeAttachment = await attach(centre, r.uploadId, 'INCIDENT', incidentId, 'VIDEO');
    });
    const hugeUpSeconds = seconds(t0);
    t0 = process.hrtime.bigint();
    const rssDownload = await peakRss(() =>
      download(server.url, hugeAttachment.downloadPath, join(work, 'huge-downloaded')),
    );
    const hugeDownSeconds = seconds(t0);
    await rm(huge, { force: true });
    await rm(join(work, 'huge-downloaded'), { force: true });
    progress(`${HUGE_MB} MB: done`);

    // 20 photos on one hand-in, from the township's phone: one after the other, upload then attach.
    const taskId = (
      await graphql<{ dispatchTask: { id: string } }>(gql, centre, mutation('dispatchTask'), {
        i: { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '现场核查并拍照' },
      })
    ).dispatchTask.id;
    await graphql(gql, township, mutation('signTask'), { i: { taskId } });
    const photos: string[] = [];
    for (let i = 0; i < PHOTOS; i++) {
      photos.push(join(work, `photo-${i}.jpg`));
      await makeFile(photos[i], PHOTO_BYTES, JPEG_HEAD, 1000 + i);
    }
    t0 = process.hrtime.bigint();
    for (const [i, photo] of photos.entries()) {
      const r = await upload(server.url, township, photo, PHOTO_BYTES, `IMG_${i}.jpg`);
      await attach(township, r.uploadId, 'TASK_HAND_IN', taskId, 'PHOTO');
    }
    const photosSeconds = seconds(t0);
    const listed = await graphql<{ attachments: unknown[] }>(
      gql,
      centre,
      `
        query Q($r: ID!) {
          attachments(recordKind: TASK_HAND_IN, recordId: $r) {
            id
          }
        }
      `,
      { r: taskId },
    );
    if (listed.attachments.length !== PHOTOS) throw new Error(`${listed.attachments.length} photos listed`);

    const result: Record<string, number | string> = { cores: cpus().length };
    for (const r of rows) {
      const key = r.label.replace(' ', '');
      result[`upload${key}MBps`] = round(r.up);
      result[`download${key}MBps`] = round(r.down);
      result[`copy${key}MBps`] = round(r.copy);
      result[`ratioUpload${key}ToCopy`] = round(r.up / r.copy, 2);
      result[`ratioDownload${key}ToCopy`] = round(r.down / r.copy, 2);
    }
    Object.assign(result, {
      hugeMB: HUGE_MB,
      hugeUploadMBps: round(HUGE_MB / hugeUpSeconds),
      hugeDownloadMBps: round(HUGE_MB / hugeDownSeconds),
      rssBeforeMB: round(rssBefore / MB),
      rssPeakUploadMB: round(rssUpload / MB),
      rssPeakDownloadMB: round(rssDownload / MB),
      // The growth over the level before, as a share of the file: near 0 when nothing holds the whole file.
      ratioRssGrowthToFile: round((Math.max(rssUpload, rssDownload) - rssBefore) / (HUGE_MB * MB), 3),
      photos: PHOTOS,
      photoMB: PHOTO_BYTES / MB,
      attach20PhotosSeconds: round(photosSeconds, 2),
      attachPhotoMeanMs: round((photosSeconds / PHOTOS) * 1000, 0),
    });
    const line = (a: string, b: string, c: string, d: string) =>
      `${a.padEnd(10)} ${b.padStart(14)} ${c.padStart(16)} ${d.padStart(16)}\n`;
    process.stdout.write(
      `\n${line('file', 'upload MB/s', 'download MB/s', 'disk copy MB/s')}` +
        rows
          .map((r) =>
            line(
              r.label,
              `${r.up.toFixed(0)} (${(r.up / r.copy).toFixed(2)}×)`,
              `${r.down.toFixed(0)} (${(r.down / r.copy).toFixed(2)}×)`,
              r.copy.toFixed(0),
            ),
          )
          .join('') +
        `\n${HUGE_MB} MB video: up ${result.hugeUploadMBps} MB/s, down ${result.hugeDownloadMBps} MB/s; resident memory ` +
        `${result.rssBeforeMB} MB before, peak ${result.rssPeakUploadMB} MB uploading, ${result.rssPeakDownloadMB} MB downloading\n` +
        `${PHOTOS} photos of ${PHOTO_BYTES / MB} MB on one hand-in (upload + attachFile each, in turn): ` +
        `${result.attach20PhotosSeconds} s, ${result.attachPhotoMeanMs} ms a photo\n`,
    );
    return JSON.stringify(result);
  } finally {
    agent.destroy();
    await server.close();
    await db.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  // After the shutdown, whose messages must not come after it: the last line is the JSON.
  (json) => process.stdout.write(`${json}\n`, () => process.exit(0)),
  (err: unknown) => {
    process.stderr.write(
      `files bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
