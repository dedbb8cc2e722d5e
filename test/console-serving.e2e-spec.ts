import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ApiFixture, startApi } from './support/api-fixture';

/**
 * The API serves the built console at `/`: assets as the build compressed them (brotli or gzip, by the browser's
 * Accept-Encoding; the plain file to a client that accepts neither), hashed assets cached for good, index.html never,
 * and index.html for every page path the console routes in the browser — never for /graphql or /healthz.
 */
const SCRIPT = `console.log(${JSON.stringify('舆情'.repeat(2000))});\n`;
let api: ApiFixture;
let dir: string;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yuqing-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
  api = await startApi({ seed: false, consoleDir: dir, label: 'console' });
  base = api.server.url;
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide what was sent). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(`${base}${path}`, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

it('sends a script as brotli to a browser that accepts it, gzip to one that accepts only gzip', async () => {
  const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
  expect(br.status).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['content-type']).toMatch(/javascript/);
  expect(br.headers.vary).toMatch(/Accept-Encoding/i);
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(br.body).toEqual(brotliCompressSync(SCRIPT));
  expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);

  const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.body).toEqual(gzipSync(SCRIPT));
});

it('sends the plain file to a client that accepts no compression', async () => {
  const plain = await get('/assets/index-abc123.js');
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(SCRIPT);
});

it('answers page paths with index.html, never cached, and leaves /graphql and /healthz to the API', async () => {
  for (const path of ['/', '/dashboard', '/incidents/3f1c']) {
    const page = await get(path, { accept: 'text/html', 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain('<div id="root">');
  }
  for (const path of ['/healthz', '/healthz/live', '/healthz/ready']) {
    const health = await get(path, { accept: 'text/html' });
    expect(health.body.toString()).not.toContain('<div id="root">');
  }
  const graphql = await get('/graphql', { accept: 'text/html' });
  expect(graphql.body.toString()).not.toContain('<div id="root">');
  const missing = await get('/assets/nothing-here.js', { accept: '*/*' });
  expect(missing.status).toBe(404);
});
