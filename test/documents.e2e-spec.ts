import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { docxParts, paragraphsOf } from '@app/documents';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 公文 over the API (issue 21): a unit issues a document from its record under its next 发文字号; whoever may read
 * the record reads the document and downloads it (another unit or county learns nothing); the file served is the
 * file issued, byte for byte; fifty issued at once get fifty consecutive numbers; auditors' downloads are reads.
 */
let api: ApiFixture;
let owner: Client;
let centre: Session;
let township: Session;
let otherTownship: Session;
let police: Session;
let admin: Session;
let auditor: Session;
let otherCounty: Session;
let incidentId: string;

const DOC = `id kind recordId documentNumber year number title classification sha256 byteLength verificationCode
  issuedByName docxPath pdfPath`;
interface Doc {
  id: string;
  kind: string;
  recordId: string;
  documentNumber: string;
  year: number;
  number: number;
  title: string;
  classification: string;
  sha256: string;
  byteLength: number;
  verificationCode: string;
  issuedByName: string;
  docxPath: string;
  pdfPath: string;
}
const code = (r: { errors?: { extensions: { code: string; reason?: string } }[] }) =>
  r.errors?.[0]?.extensions;

const issue = (s: Session, input: Record<string, unknown>) =>
  mutate<Doc>(api.url, s.token, 'issueDocument', input, DOC);
const documents = (s: Session, recordId: string) =>
  gql<{ documents: Doc[] }>(
    api.url,
    `query Q($r: ID!) { documents(recordId: $r) { ${DOC} } }`,
    { r: recordId },
    s,
  );
const download = (s: Session | null, path: string) =>
  fetch(new URL(path, api.url), { headers: s ? { authorization: `Bearer ${s.token}` } : {} });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function sendLetter(title: string, confidentialIncident?: string): Promise<string> {
  return ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId: confidentialIncident ?? incidentId,
        recipientUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
        title,
        risk: '网民在本地论坛发帖称东湖镇征地补偿款发放迟缓，可能引发二次传播和线下聚集。',
        level: 'III',
        scope: '东湖镇及周边村组',
        watchPoints: '帖文跟评和转发情况',
        requestedMeasures: '核实补偿款发放情况，及时回应网民关切',
      },
      'id',
    ),
  ).sendRiskLetter.id;
}

async function dispatch(unit: string): Promise<string> {
  return ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId(unit), role: 'LEAD', requirements: '核实并书面反馈' },
      'id',
    ),
  ).dispatchTask.id;
}

beforeAll(async () => {
  api = await startApi({ label: 'documents' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  await establishOtherCounty(api, {
    username: 'hexi.duty',
    displayName: '河西值班员',
    role: Role.DUTY_OFFICER,
  });
  [centre, township, otherTownship, police, admin, auditor, otherCounty] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang', 'fengtao', 'zhaoqiang', 'qianjun', 'hexi.duty'].map((u) =>
      login(api.url, u),
    ),
  );
  incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(),
  });
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
});

describe('a risk letter issued as a 网络风险提示函', () => {
  let letterId: string;
  let doc: Doc;

  beforeAll(async () => {
    letterId = await sendLetter('东湖镇征地补偿网帖');
    doc = ok(
      await issue(centre, { kind: 'RISK_LETTER', recordId: letterId, urgency: 'URGENT' }),
    ).issueDocument;
  });

  it('gets the unit’s next 发文字号 of its letter series, internal by default', () => {
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect(doc).toMatchObject({
      kind: 'RISK_LETTER',
      documentNumber: `清水网信函〔${year}〕1号`,
      number: 1,
      classification: 'INTERNAL',
      title: '关于东湖镇征地补偿网帖的网络风险提示函',
      issuedByName: '周明',
    });
  });

  it('is served as the very bytes issued (SHA-256 as logged), laid out with its number, title and code', async () => {
    const res = await download(centre, doc.docxPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(sha256(bytes)).toBe(doc.sha256);
    // The log holds the hash, on the document's own stream.
    const { rows } = await owner.query<{ data: { sha256: string; number: number; layoutVersion: number } }>(
      `SELECT data FROM es_events WHERE stream_id = $1 AND event_type = 'DocumentIssued'`,
      [`document-${doc.id}`],
    );
    expect(rows[0].data).toMatchObject({ sha256: doc.sha256, number: 1 });
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    // 信函格式: 密级 and 紧急程度 top left, the number top right on the first line.
    expect(text.slice(0, 2)).toEqual([`内部\t${doc.documentNumber}`, '加急']);
    expect(text).toContain(doc.title);
    expect(text).toContain('东湖镇、清水县自然资源局：');
    expect(text.some((t) => t.includes(doc.verificationCode))).toBe(true);
    // Layout 2: a QR code beside the code opens the record's check (no NOTIFY_LINK_BASE here: the platform reference).
    expect((await docxParts(bytes))['word/document.xml']).toContain(
      `descr="yuqing:verify/${doc.verificationCode}"`,
    );
    expect(rows[0].data).toMatchObject({ layoutVersion: 2 });
    // Downloaded again, the same bytes.
    expect(sha256(Buffer.from(await (await download(centre, doc.docxPath)).arrayBuffer()))).toBe(doc.sha256);
  });

  it('tells the units it is addressed to in their inboxes, by number only (it is internal)', async () => {
    const { rows } = await owner.query<{
      data: { refType: string; title: string | null; confidential: boolean; note: { zh: string } };
    }>(
      `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND event_type = 'InboxItemArrived' AND data->>'refId' = $2`,
      [demoUnitId('donghu'), doc.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({
      refType: 'DOCUMENT',
      kind: 'DOCUMENT_ISSUED',
      title: null,
      confidential: true,
    });
    expect(rows[0].data.note.zh).toContain(doc.documentNumber);
    expect(rows[0].data.note.zh).not.toContain('征地');
  });

  it('is issued once per letter, by its sender only', async () => {
    expect(code(await issue(centre, { kind: 'RISK_LETTER', recordId: letterId }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.ALREADY_ISSUED',
    });
    // A recipient reads the letter but does not issue its documents.
    expect(code(await issue(township, { kind: 'RISK_LETTER', recordId: letterId }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('is offered for issue (documentIssuable) to its sender only — what issueDocument would take', async () => {
    const fresh = await sendLetter('西山镇道路施工扰民');
    const issuable = async (s: Session, recordId: string) =>
      ok(
        await gql<{ documentIssuable: boolean }>(
          api.url,
          `query Q($k: DocumentKind!, $r: ID!) { documentIssuable(kind: $k, recordId: $r) }`,
          { k: 'RISK_LETTER', r: recordId },
          { token: s.token },
        ),
      ).documentIssuable;
    expect(await issuable(centre, fresh)).toBe(true);
    expect(await issuable(township, fresh)).toBe(false); // a recipient
    expect(await issuable(auditor, fresh)).toBe(false); // reads, never issues
    expect(await issuable(otherCounty, fresh)).toBe(false);
    expect(await issuable(centre, 'not-a-record')).toBe(false);
  });

  it('is read by those who read the letter; another township and another county learn nothing', async () => {
    expect(ok(await documents(township, letterId)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await download(township, doc.docxPath)).status).toBe(200);
    for (const s of [otherTownship, otherCounty]) {
      expect(ok(await documents(s, letterId)).documents).toEqual([]);
      const one = await gql(api.url, `query Q($id: ID!) { document(id: $id) { id } }`, { id: doc.id }, s);
      expect(code(one)?.code).toBe('NOT_FOUND');
      expect((await download(s, doc.docxPath)).status).toBe(404);
      const list = await gql<{ unitDocuments: Doc[] }>(
        api.url,
        `query Q($u: ID) { unitDocuments(unitId: $u) { id } }`,
        { u: demoUnitId('center') },
        s,
      );
      expect(ok(list).unitDocuments).toEqual([]);
    }
    expect((await download(null, doc.docxPath)).status).toBe(401);
  });

  it('records an auditor’s download as a read, before serving it', async () => {
    const before = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE stream_id = $1 AND data->'fields' @> $2::jsonb`,
      [`auditor-reads-${auditor.userId}`, JSON.stringify([{ field: 'documentFile' }])],
    );
    expect((await download(auditor, doc.docxPath)).status).toBe(200);
    const after = await owner.query<{ n: number; data: { fields: { args: { id: string } }[] } }>(
      `SELECT count(*)::int AS n FROM es_events WHERE stream_id = $1 AND data->'fields' @> $2::jsonb`,
      [`auditor-reads-${auditor.userId}`, JSON.stringify([{ field: 'documentFile', args: { id: doc.id } }])],
    );
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
  });

  it('is found by its verification code in its county, and a copy’s SHA-256 checked against the log', async () => {
    const q = `query Q($c: String!, $s: String) { verifyDocument(code: $c, sha256: $s) { matches unitName document { id } } }`;
    const good = ok(
      await gql<{ verifyDocument: { matches: boolean; unitName: string; document: { id: string } } }>(
        api.url,
        q,
        { c: doc.verificationCode.toLowerCase(), s: doc.sha256 },
        auditor,
      ),
    ).verifyDocument;
    expect(good).toMatchObject({ matches: true, document: { id: doc.id } });
    expect(good.unitName).toContain('清水县委网信办');
    const altered = ok(
      await gql<{ verifyDocument: { matches: boolean } }>(
        api.url,
        q,
        { c: doc.verificationCode, s: 'b'.repeat(64) },
        auditor,
      ),
    );
    expect(altered.verifyDocument.matches).toBe(false);
    expect(code(await gql(api.url, q, { c: doc.verificationCode }, otherCounty))?.code).toBe('NOT_FOUND');
  });
});

describe('numbers', () => {
  it('gives fifty documents issued at once by one unit fifty consecutive numbers, none used twice', async () => {
    const letters: string[] = [];
    for (let i = 0; i < 50; i++) letters.push(await sendLetter(`并发发文测试第${i + 1}件`));
    const start = ok(
      await gql<{ unitDocuments: Doc[] }>(api.url, `{ unitDocuments { kind number } }`, {}, centre),
    )
      .unitDocuments.filter((d) => d.kind === 'RISK_LETTER')
      .reduce((max, d) => Math.max(max, d.number), 0);
    const issued = await Promise.all(letters.map((l) => issue(centre, { kind: 'RISK_LETTER', recordId: l })));
    const numbers = issued.map((r) => ok(r).issueDocument.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
    // The series' own stream says the same, in order.
    const year = ok(issued[0]).issueDocument.year;
    const { rows } = await owner.query<{ n: number }>(
      `SELECT (data->>'number')::int AS n FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
      [`document-serial-${demoUnitId('center')}-RISK_LETTER-${year}`],
    );
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: start + 50 }, (_, i) => i + 1));
  });
});

describe('documents from tasks', () => {
  it('the assignee’s written feedback needs its unit’s 机关代字, which its administrator sets', async () => {
    const taskId = await dispatch('police');
    for (const [m, input] of [
      ['signTask', { taskId }],
      [
        'handInTask',
        {
          taskId,
          factsFound: '帖文系谣言',
          measures: '依法约谈发帖人',
          result: '帖文已删除',
          evidence: ['约谈笔录'],
        },
      ],
    ] as const)
      ok(await mutate(api.url, police.token, m, input, 'id'));
    expect(code(await issue(police, { kind: 'WRITTEN_FEEDBACK', recordId: taskId }))).toMatchObject({
      reason: 'DOCUMENT.NO_DOCUMENT_CODE',
    });
    // The police officer is no administrator; the county's is.
    const set = (s: Session) =>
      mutate(
        api.url,
        s.token,
        'setUnitDocumentCode',
        { unitId: demoUnitId('police'), code: '清水公网安' },
        'documentCode',
      );
    expect(code(await set(police))?.code).toBe('FORBIDDEN');
    expect(ok(await set(admin)).setUnitDocumentCode).toEqual({ documentCode: '清水公网安' });
    const doc = ok(await issue(police, { kind: 'WRITTEN_FEEDBACK', recordId: taskId })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水公网安报〔\d{4}〕1号$/);
    const bytes = Buffer.from(await (await download(centre, doc.docxPath)).arrayBuffer());
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    // Sent up to the centre: 签发人 beside the number.
    expect(text).toContain(`${doc.documentNumber}\t签发人：冯涛`);
    expect(text).toContain('帖文系谣言');
    expect(text).toContain('附件：约谈笔录');
  });

  it('a 督办 gives the dispatcher a 督办通知单 the assignee reads and another township does not', async () => {
    const taskId = await dispatch('donghu');
    const supervised = ok(
      await mutate<{ supervisions: { id: string }[] }>(
        api.url,
        centre.token,
        'superviseTask',
        {
          taskId,
          content: '请于今日内核实并回复',
          replyDueAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
        },
        'supervisions { id }',
      ),
    ).superviseTask;
    const noticeId = supervised.supervisions[0].id;
    const doc = ok(await issue(centre, { kind: 'SUPERVISION_NOTICE', recordId: noticeId })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信督〔\d{4}〕1号$/);
    expect(doc.title).toBe('关于督办「东湖镇征地补偿网帖」处置工作的通知');
    expect(ok(await documents(township, noticeId)).documents).toHaveLength(1);
    expect(ok(await documents(otherTownship, noticeId)).documents).toHaveLength(0);
  });

  it('a dispatch gives the dispatcher a 工作提示单 under its own series, for the assignee and no one else', async () => {
    const taskId = await dispatch('donghu');
    // The assignee receives the task; the notice is the dispatcher's to issue.
    expect(code(await issue(township, { kind: 'DISPATCH_NOTICE', recordId: taskId }))?.code).toBe(
      'FORBIDDEN',
    );
    const doc = ok(await issue(centre, { kind: 'DISPATCH_NOTICE', recordId: taskId })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信派〔\d{4}〕1号$/);
    expect(doc.title).toBe('关于做好「东湖镇征地补偿网帖」处置工作的提示');
    const bytes = Buffer.from(await (await download(township, doc.docxPath)).arrayBuffer());
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']).join('\n');
    expect(text).toContain('\n东湖镇：'); // 主送: the assignee
    expect(text).toContain('交你单位主办办理');
    expect(text).toContain('二、办理时限');
    expect(ok(await documents(township, taskId)).documents.map((d) => d.kind)).toEqual(['DISPATCH_NOTICE']);
    expect(ok(await documents(otherTownship, taskId)).documents).toHaveLength(0);
  });

  it('gives the 四单 ledger as .xlsx to the centre, and nothing to a township the incident is not shown to', async () => {
    const res = await download(centre, `/files/ledgers/four-forms/${incidentId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    // Saved under the incident's title and the Beijing date and minute (issue 20 §7).
    const name = decodeURIComponent(
      /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')![1],
    );
    expect(name).toMatch(/^四单台账-.+-\d{8}-\d{4}\.xlsx$/);
    expect((await download(otherTownship, `/files/ledgers/four-forms/${incidentId}`)).status).toBe(404);
  });

  it('gives the letters ledger with each recipient’s receipt, and the county’s incidents ledger', async () => {
    const load = async (s: Session, path: string) => {
      const res = await download(s, path);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const cells: string[] = [];
      wb.worksheets[0].eachRow((r) =>
        (r.values as unknown[]).forEach((v) => typeof v === 'string' && cells.push(v)),
      );
      return cells;
    };
    const centreView = await load(centre, `/files/ledgers/letters/${incidentId}`);
    expect(centreView).toEqual(expect.arrayContaining(['东湖镇', '清水县自然资源局', '未签收']));
    // A recipient sees its own receipts, not the other recipient's.
    const townView = await load(township, `/files/ledgers/letters/${incidentId}`);
    expect(townView).toContain('东湖镇');
    expect(townView).not.toContain('清水县自然资源局');
    expect((await download(otherCounty, `/files/ledgers/letters/${incidentId}`)).status).toBe(404);
    expect(await load(centre, '/files/ledgers/incidents')).toContain('东湖镇征地补偿网帖');
    expect(await load(otherCounty, '/files/ledgers/incidents')).not.toContain('东湖镇征地补偿网帖');
  });
});

describe('预警通知', () => {
  it('is made from the warning in force, once per issue or adjustment, for the units working the incident', async () => {
    const warned = await listedIncident(api.url, centre.token, {
      title: '西山镇道路积水网帖',
      discoveredAt: new Date(),
    });
    expect(code(await issue(centre, { kind: 'WARNING_NOTICE', recordId: warned }))).toMatchObject({
      reason: 'DOCUMENT.RECORD_NOT_READY',
    });
    const warning = {
      incidentId: warned,
      level: 'III',
      object: '西山镇道路积水相关网帖',
      startAt: new Date().toISOString(),
      scope: '西山镇',
      matters: '积水影响出行，跟帖增多',
      measures: '及时排水并回应网民关切',
    };
    ok(await mutate(api.url, centre.token, 'issueWarning', warning, 'id'));
    const first = ok(await issue(centre, { kind: 'WARNING_NOTICE', recordId: warned })).issueDocument;
    expect(first.documentNumber).toMatch(/^清水网信预警〔\d{4}〕1号$/);
    expect(first.title).toBe('关于「西山镇道路积水网帖」发布三级（黄色）网络舆情预警的通知');
    expect(code(await issue(centre, { kind: 'WARNING_NOTICE', recordId: warned }))).toMatchObject({
      reason: 'DOCUMENT.ALREADY_ISSUED',
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'adjustWarning',
        { ...warning, level: 'II', reason: '跟帖量快速上升' },
        'id',
      ),
    );
    const second = ok(await issue(centre, { kind: 'WARNING_NOTICE', recordId: warned })).issueDocument;
    expect(second.documentNumber).toMatch(/^清水网信预警〔\d{4}〕2号$/);
    expect(second.title).toContain('调整二级（橙色）');
    expect(
      ok(await documents(centre, warned))
        .documents.map((d) => d.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    expect(ok(await documents(otherTownship, warned)).documents).toEqual([]);
  });
});

describe('documents from reports', () => {
  it('a signed-off 专报 becomes a 舆情专报 with its leader as 签发人; a draft does not', async () => {
    const [handler, leader, propaganda] = await Promise.all(
      ['wujing', 'zhenghua', 'hegang'].map((u) => login(api.url, u)),
    );
    const draft = ok(
      await mutate<{ id: string }>(
        api.url,
        handler.token,
        'saveSpecialReportDraft',
        {
          incidentId,
          title: '关于东湖镇征地补偿网络舆情的专报',
          summary: '网民发帖反映东湖镇征地补偿款发放迟缓，阅读量快速上升。',
          analysis: '关注点集中在补偿进度，存在线下聚集风险，需及时回应。',
          suggestions: ['东湖镇牵头核实并回应', '县自然资源局配合政策解读'],
          addressees: '县委书记，县长',
          copyUnitIds: [demoUnitId('donghu')],
        },
        'id',
      ),
    ).saveSpecialReportDraft;
    expect(code(await issue(centre, { kind: 'SPECIAL_REPORT', recordId: draft.id }))).toMatchObject({
      reason: 'DOCUMENT.RECORD_NOT_READY',
    });
    ok(
      await gql(
        api.url,
        `mutation I($id: ID!) { issueSpecialReport(id: $id) { id } }`,
        { id: draft.id },
        leader,
      ),
    );
    const doc = ok(await issue(handler, { kind: 'SPECIAL_REPORT', recordId: draft.id })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信专报〔\d{4}〕1号$/);
    const text = paragraphsOf(
      (await docxParts(Buffer.from(await (await download(propaganda, doc.docxPath)).arrayBuffer())))[
        'word/document.xml'
      ],
    );
    expect(text).toContain(`${doc.documentNumber}\t签发人：郑华`);
    expect(text.some((t) => /^（舆情专报\d{4}年第\d+期）$/.test(t))).toBe(true);
    expect(text).toContain('抄送：东湖镇。');
    // 西山镇 received neither the report nor its document.
    expect((await download(otherTownship, doc.docxPath)).status).toBe(404);
  });

  it('a signed-off 快报 becomes a 舆情快报 in five parts under its own series, read by the city office', async () => {
    const [handler, leader, city] = await Promise.all(
      ['wujing', 'zhenghua', 'xuming'].map((u) => login(api.url, u)),
    );
    const draft = ok(
      await mutate<{ id: string }>(
        api.url,
        handler.token,
        'saveSpecialReportDraft',
        {
          kind: 'FLASH',
          incidentId,
          title: '关于东湖镇征地补偿网络舆情的快报',
          summary: '网民发帖反映东湖镇征地补偿款发放迟缓，阅读量快速上升。',
          spread: '帖文两小时阅读量 1.2 万次，评论 312 条。',
          measuresTaken: ['已列入处置清单', '已派东湖镇核实'],
          analysis: '关注点集中在补偿进度，存在线下聚集风险，需及时回应。',
          suggestions: ['东湖镇当日回应'],
        },
        'id',
      ),
    ).saveSpecialReportDraft;
    expect(code(await issue(handler, { kind: 'FLASH_REPORT', recordId: draft.id }))).toMatchObject({
      reason: 'DOCUMENT.RECORD_NOT_READY',
    });
    ok(
      await gql(
        api.url,
        `mutation I($id: ID!) { issueSpecialReport(id: $id) { id } }`,
        { id: draft.id },
        leader,
      ),
    );
    // A 快报 is printed as a 快报 only.
    expect(code(await issue(handler, { kind: 'SPECIAL_REPORT', recordId: draft.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const doc = ok(await issue(handler, { kind: 'FLASH_REPORT', recordId: draft.id })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信快报〔\d{4}〕1号$/);
    const text = paragraphsOf(
      (await docxParts(Buffer.from(await (await download(city, doc.docxPath)).arrayBuffer())))[
        'word/document.xml'
      ],
    );
    expect(text).toContain(`${doc.documentNumber}\t签发人：郑华`);
    for (const heading of ['一、事件概况', '二、传播情况', '三、研判分析', '四、已采取措施', '五、下步建议'])
      expect(text).toContain(heading);
    expect(text).toContain('2. 已派东湖镇核实');
    expect(text.some((t) => /^（舆情快报\d{4}年第\d+期）$/.test(t))).toBe(true);
    // Another county learns nothing of it.
    expect((await download(otherCounty, doc.docxPath)).status).toBe(404);
  });

  it('an issued 舆情日报 becomes a document the propaganda department reads and a township does not', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const report = ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'issueDailyReport',
        { date: today, positive: ['县融媒体中心发布政策解读'], remarks: '继续关注征地补偿舆情' },
        'id',
      ),
    ).issueDailyReport;
    const doc = ok(await issue(centre, { kind: 'DAILY_REPORT', recordId: report.id })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信日报〔\d{4}〕1号$/);
    const propaganda = await login(api.url, 'hegang');
    expect(ok(await documents(propaganda, report.id)).documents.map((d) => d.id)).toEqual([doc.id]);
    const text = paragraphsOf(
      (await docxParts(Buffer.from(await (await download(propaganda, doc.docxPath)).arrayBuffer())))[
        'word/document.xml'
      ],
    );
    expect(text).toContain('继续关注征地补偿舆情');
    expect(ok(await documents(township, report.id)).documents).toEqual([]);
  });
});

describe('classification', () => {
  it('a 涉密 incident’s letter makes a 涉密 document (秘密, 份号), never an open one', async () => {
    const secret = await listedIncident(api.url, centre.token, {
      title: '涉密事件',
      discoveredAt: new Date(),
      confidential: true,
    });
    const letterId = await sendLetter('涉密提示', secret);
    expect(
      code(await issue(centre, { kind: 'RISK_LETTER', recordId: letterId, classification: 'PUBLIC' })),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'DOCUMENT.CLASSIFICATION_TOO_LOW',
    });
    const doc = ok(await issue(centre, { kind: 'RISK_LETTER', recordId: letterId })).issueDocument;
    expect(doc.classification).toBe('CONFIDENTIAL');
    const bytes = Buffer.from(await (await download(centre, doc.docxPath)).arrayBuffer());
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    expect(text[0]).toBe(`000001\t${doc.documentNumber}`);
    expect(text).toContain('秘密★1年');
  });
});

describe('a 追责通报 from an incident’s accountability findings', () => {
  it('is issued by the county centre’s leader to the units it names, and by no one else', async () => {
    const [leader] = await Promise.all(['zhenghua'].map((u) => login(api.url, u)));
    const incident = await listedIncident(api.url, centre.token, {
      title: '东湖镇村道施工扬尘网帖',
      discoveredAt: new Date(),
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'dispatchTask',
        { incidentId: incident, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
        'id',
      ),
    );
    // Nothing to report yet.
    expect(code(await issue(leader, { kind: 'ACCOUNTABILITY_NOTICE', recordId: incident }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.RECORD_NOT_READY',
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'recordAccountability',
        {
          incidentId: incident,
          findings: [
            {
              unitId: demoUnitId('donghu'),
              person: '镇党政办负责人',
              finding: '超时九小时交单',
              measure: '责令书面检查',
            },
          ],
        },
        'id',
      ),
    );
    // The centre's duty officer may see it but not issue it; the township it names neither; another township
    // and another county learn nothing of it.
    expect(code(await issue(centre, { kind: 'ACCOUNTABILITY_NOTICE', recordId: incident }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DOCUMENT.ACCOUNTABILITY_NOTICE_CENTRE_LEADERS_ONLY',
    });
    expect(code(await issue(township, { kind: 'ACCOUNTABILITY_NOTICE', recordId: incident }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DOCUMENT.ACCOUNTABILITY_NOTICE_CENTRE_LEADERS_ONLY',
    });
    for (const s of [otherTownship, otherCounty])
      expect(code(await issue(s, { kind: 'ACCOUNTABILITY_NOTICE', recordId: incident }))).toMatchObject({
        code: 'NOT_FOUND',
      });

    const doc = ok(await issue(leader, { kind: 'ACCOUNTABILITY_NOTICE', recordId: incident })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信通报〔\d{4}〕1号$/);
    expect(doc.title).toBe('关于「东湖镇村道施工扬尘网帖」网络舆情处置中有关责任追究情况的通报');
    // The township it names reads it (and was told in its inbox); the other township does not.
    expect(ok(await documents(township, incident)).documents.map((d) => d.id)).toContain(doc.id);
    expect(ok(await documents(otherTownship, incident)).documents).toEqual([]);
    const bytes = Buffer.from(await (await download(township, doc.docxPath)).arrayBuffer());
    expect(sha256(bytes)).toBe(doc.sha256);
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    expect(text).toContain('东湖镇：');
    expect(text).toContain('责任人：镇党政办负责人。问题：超时九小时交单。处理：责令书面检查。');
    expect((await download(otherTownship, doc.docxPath)).status).toBe(404);
  });
});

describe('a 复盘总结报告 from an incident’s filed review', () => {
  it('is issued by the county centre once the review is filed, sent up with its 签发人; not by a township', async () => {
    const leader = await login(api.url, 'zhenghua');
    const incident = await listedIncident(api.url, centre.token, {
      title: '东湖镇集市占道经营网帖',
      discoveredAt: new Date(),
    });
    expect(code(await issue(leader, { kind: 'REVIEW_REPORT', recordId: incident }))).toMatchObject({
      reason: 'DOCUMENT.RECORD_NOT_READY',
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'markIncidentCalmed',
        { incidentId: incident, note: '讨论减少' },
        'id',
      ),
    );
    ok(
      await mutate(api.url, leader.token, 'closeIncident', { incidentId: incident, summary: '已回应' }, 'id'),
    );
    ok(
      await mutate(
        api.url,
        centre.token,
        'fileIncidentReview',
        {
          incidentId: incident,
          cause: '集市临时摊位占用车道',
          spread: '本地论坛跟帖86条',
          result: '东湖镇规范摊位设置，网民认可',
          experience: '当日核实、当日回应',
          problems: '网格员上报偏慢',
        },
        'id',
      ),
    );
    // A township cannot see it; the county's auditor sees it and issues nothing.
    expect(code(await issue(otherTownship, { kind: 'REVIEW_REPORT', recordId: incident }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(code(await issue(auditor, { kind: 'REVIEW_REPORT', recordId: incident }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const doc = ok(await issue(leader, { kind: 'REVIEW_REPORT', recordId: incident })).issueDocument;
    expect(doc.documentNumber).toMatch(/^清水网信总结〔\d{4}〕1号$/);
    expect(doc.title).toBe('关于「东湖镇集市占道经营网帖」网络舆情处置情况的复盘总结报告');
    const bytes = Buffer.from(await (await download(leader, doc.docxPath)).arrayBuffer());
    expect(sha256(bytes)).toBe(doc.sha256);
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    expect(text.find((t) => t.includes('签发人：'))).toMatch(/签发人：郑华$/);
    expect(text).toContain('集市临时摊位占用车道');
    expect(text).toContain('五、存在问题和改进措施');
    expect(ok(await documents(auditor, incident)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(ok(await documents(otherTownship, incident)).documents).toEqual([]);
  });
});

// — papers3: 联席会议纪要 —
describe('a 联席会议纪要 from one recorded joint conference', () => {
  it('is issued by the county centre to the units that took part, and by no one else', async () => {
    const id = await listedIncident(api.url, centre.token, {
      title: '东湖镇中学食堂网帖',
      discoveredAt: new Date(),
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'activateLinkage',
        {
          incidentId: id,
          memberUnitIds: [demoUnitId('donghu'), demoUnitId('market-bureau')],
          byDecision: true,
          reason: '涉及学生饮食安全，经研究启动联动',
        },
        'id',
      ),
    );
    const conferences = async () =>
      ok(
        await mutate<{ conferences: { id: string }[] }>(
          api.url,
          centre.token,
          'recordJointConference',
          {
            incidentId: id,
            heldAt: new Date().toISOString(),
            participants: ['县网信办 周明', '县公安局 冯涛', '东湖镇 李娜'],
            participantUnitIds: [demoUnitId('police'), demoUnitId('donghu')],
            decisions: ['东湖镇牵头核实学生就餐情况并当日说明', '县公安局查证首发账号'],
            followUpTasks: [],
          },
          'conferences { id }',
        ),
      ).recordJointConference.conferences;
    const [first] = await conferences();
    // A second conference on the same incident is its own record: its own 纪要, none issued yet.
    const second = (await conferences())[1];
    const byCentre = () => issue(centre, { kind: 'JOINT_CONFERENCE_MINUTES', recordId: first.id });

    // Another township and another county learn nothing of it; a conference id that names none, neither.
    for (const s of [otherTownship, otherCounty])
      expect(code(await issue(s, { kind: 'JOINT_CONFERENCE_MINUTES', recordId: first.id }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    expect(
      code(await issue(centre, { kind: 'JOINT_CONFERENCE_MINUTES', recordId: incidentId })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // The township that took part reads it but does not issue it; the county's auditor issues nothing.
    for (const s of [township, auditor])
      expect(code(await issue(s, { kind: 'JOINT_CONFERENCE_MINUTES', recordId: first.id }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    // Nothing was written by the refusals: no document, and the centre's first 纪要 gets number 1.
    expect(ok(await documents(centre, first.id)).documents).toEqual([]);

    const doc = ok(await byCentre()).issueDocument;
    expect(doc).toMatchObject({ kind: 'JOINT_CONFERENCE_MINUTES', recordId: first.id, number: 1 });
    expect(doc.documentNumber).toMatch(/^清水网信纪要〔\d{4}〕1号$/);
    expect(doc.title).toBe('「东湖镇中学食堂网帖」网络舆情应对处置联席会议纪要');
    expect(code(await byCentre())).toMatchObject({ reason: 'DOCUMENT.ALREADY_ISSUED' });

    const bytes = Buffer.from(await (await download(township, doc.docxPath)).arrayBuffer());
    expect(sha256(bytes)).toBe(doc.sha256);
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    expect(text).toContain('清水县公安局（网警大队）、东湖镇：');
    expect(text.find((t) => t.startsWith('主持：'))).toBe('主持：清水县委网信办（县网络舆情应急监控中心）');
    expect(text).toContain('1．东湖镇牵头核实学生就餐情况并当日说明');
    expect(text).toContain('2．县公安局查证首发账号');
    expect(text).toContain('出席单位：清水县公安局（网警大队）、东湖镇');
    expect(text).toContain('出席人员：县网信办 周明、县公安局 冯涛、东湖镇 李娜');
    // The linkage member that did not take part is copied.
    expect(text.find((t) => t.startsWith('抄送：'))).toContain('清水县市场监督管理局');

    // Read by the incident's readers (the township in the linkage, the auditor); not by another township.
    expect(ok(await documents(township, first.id)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(ok(await documents(auditor, first.id)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(ok(await documents(otherTownship, first.id)).documents).toEqual([]);
    expect((await download(otherTownship, doc.docxPath)).status).toBe(404);
    expect(ok(await documents(centre, second.id)).documents).toEqual([]);
    const next = ok(await issue(centre, { kind: 'JOINT_CONFERENCE_MINUTES', recordId: second.id }));
    expect(next.issueDocument.number).toBe(2);
  });
});
