import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoUnitId } from '@app/demo';
import {
  DOCUMENT_KIND_RULES,
  documentDate,
  findSoffice,
  PdfRenderer,
  renderOfficialDocument,
  sampleDocuments,
} from '@app/documents';
import { ApiFixture, gql, login, startApi } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';

/** pdftotext's text of one page, without the spaces and line breaks its layout puts between characters. */
function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'])
    .toString('utf8')
    .replace(/\s+/g, '');
}
function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

let dir: string;
beforeAll(() => {
  // No silent skip: without the renderer this suite has nothing to prove, and says so.
  if (!findSoffice())
    throw new Error('soffice not found: apt-get install -y libreoffice-writer-nogui (or set SOFFICE_PATH)');
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'yuqing-docs-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(sampleDocuments().map((s) => [s.kind, s] as const))('%s as PDF', (kind, sample) => {
  let pdf: string;
  let pages: number;
  beforeAll(async () => {
    const bytes = await new PdfRenderer().toPdf(await renderOfficialDocument(sample.model));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    pdf = join(dir, `${kind}.pdf`);
    writeFileSync(pdf, bytes);
    pages = pageCount(pdf);
  });

  it('has the 发文字号, the title and the start of the body on page one', () => {
    const first = pageText(pdf, 1);
    expect(first).toContain(squeeze(sample.model.documentNumber!));
    expect(first).toContain(squeeze(sample.model.title));
    expect(first).toContain(squeeze(sample.bodyText));
    expect(first).toContain(squeeze(sample.model.issuerMark));
  });

  it('names its 签发人 beside the number when it goes up, and no one otherwise', () => {
    const first = pageText(pdf, 1);
    if (DOCUMENT_KIND_RULES[kind].sentUp) expect(first).toContain(`签发人：${sample.model.signers![0]}`);
    else expect(first).not.toContain('签发人');
  });

  it('ends with the signature, 成文日期 and verification code on the last page, and the 版记 on files', () => {
    const last = pageText(pdf, pages);
    expect(last).toContain(documentDate(sample.model.date));
    expect(last).toContain(sample.model.verificationCode!);
    // The 印发 line ends the text, save for a page number pdftotext may read after it (an odd page's sits right).
    if (sample.model.format === 'FILE') expect(last).toMatch(/印发(—\d+—)?$/);
    else expect(last).not.toContain('印发');
  });

  it('sets the 版记 at the foot of the last page, its last line on the type area’s lower edge (§7.4)', () => {
    if (sample.model.format !== 'FILE') return;
    // The words' boxes in points from the page's top: the type area ends 37 + 225 mm down.
    const boxes = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-bbox', pdf, '-'])
      .toString('utf8')
      .split('\n');
    const printed = boxes.find((l) => />[^<]*印发<\/word>/.test(l));
    expect(printed).toBeDefined();
    const yMax = Number(/yMax="([\d.]+)"/.exec(printed!)![1]);
    const lowerEdge = ((37 + 225) / 25.4) * 72;
    expect(lowerEdge - yMax).toBeGreaterThanOrEqual(0);
    expect(lowerEdge - yMax).toBeLessThan(20);
  });

  it('numbers its pages — n — (a letter’s first page carries none)', () => {
    if (pages > 1 || sample.model.format === 'FILE') expect(pageText(pdf, pages)).toContain(`—${pages}—`);
    if (sample.model.format === 'LETTER') expect(pageText(pdf, 1)).not.toContain('—1—');
  });
});

describe('PDF over the API', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ label: 'docpdf' });
  });
  afterAll(async () => api?.close());

  it('serves the issued letter as a PDF made from its .docx', async () => {
    const centre = await login(api.url, 'zhouming');
    const incidentId = await listedIncident(api.url, centre.token, {
      title: '西山镇道路积水网帖',
      discoveredAt: new Date(),
    });
    const letterId = ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'sendRiskLetter',
        {
          incidentId,
          recipientUnitIds: [demoUnitId('xishan')],
          title: '西山镇道路积水网帖',
          risk: '网民反映西山镇主干道积水严重。',
          level: 'IV',
          scope: '西山镇',
          watchPoints: '跟帖情况',
          requestedMeasures: '及时排水并回应',
        },
        'id',
      ),
    ).sendRiskLetter.id;
    const doc = ok(
      await mutate<{ pdfPath: string; documentNumber: string }>(
        api.url,
        centre.token,
        'issueDocument',
        { kind: 'RISK_LETTER', recordId: letterId },
        'pdfPath documentNumber',
      ),
    ).issueDocument;
    const res = await fetch(new URL(doc.pdfPath, api.url), {
      headers: { authorization: `Bearer ${centre.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = join(dir, 'api.pdf');
    writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const first = pageText(pdf, 1);
    expect(first).toContain(squeeze(doc.documentNumber));
    expect(first).toContain('关于西山镇道路积水网帖的网络风险提示函');
  });

  it('gives the auditor a one-page PDF report of a bundle check, naming the verdict and the file’s fingerprint', async () => {
    const centre = await login(api.url, 'zhouming');
    const incidentId = await listedIncident(api.url, centre.token, {
      title: '北岭村灌溉用水纠纷',
      discoveredAt: new Date(),
    });
    const auditor = await login(api.url, 'qianjun');
    const bundle = ok(
      await gql<{ incidentBundle: { content: string } }>(
        api.url,
        `query B($id: ID!) { incidentBundle(id: $id) { content } }`,
        { id: incidentId },
        auditor,
      ),
    ).incidentBundle.content;
    const res = await fetch(new URL('/files/audit-bundles/verification?format=pdf', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${auditor.token}`, 'content-type': 'application/octet-stream' },
      body: bundle,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const name = decodeURIComponent(
      /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition')!)![1],
    );
    expect(name).toMatch(/^审计包核验报告-北岭村灌溉用水纠纷-\d{8}-\d{4}\.pdf$/);
    const pdf = join(dir, 'bundle-check.pdf');
    writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    expect(pageCount(pdf)).toBe(1);
    const text = pageText(pdf, 1);
    expect(text).toContain('审计包核验报告');
    expect(text).toContain('完好');
    expect(text).toContain('北岭村灌溉用水纠纷');
    // The fingerprint may wrap across lines in the table: the text without spaces holds it whole.
    expect(text).toContain(createHash('sha256').update(bundle).digest('hex'));
    expect(text).toContain('核验人：清水县委网信办');
  });
});
