import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 公文 in the console against the real API (issue 21): the centre issued a risk letter as a 网络风险提示函; its duty
 * officer opens 公文, finds it under its 发文字号, downloads the Word file — the bytes whose SHA-256 the log holds —
 * and checks the copy with 公文核验 by the code on its last page. Screenshot documents.png (1366×768).
 */
let api: ConsoleApi;
let desk: Browser;
let doc: { documentNumber: string; sha256: string; verificationCode: string };

beforeAll(async () => {
  api = await startConsoleApi('uidocuments');
  desk = await launch();
  const officer = (await login(api.graphql, 'zhouming')).token;
  const incidentId = await listedIncident(api.graphql, officer, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(Date.now() - 2 * 3_600_000),
  });
  const letterId = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu')],
        title: '东湖镇征地补偿网帖',
        risk: '网民发帖称征地补偿款发放迟缓，存在二次传播风险。',
        level: 'III',
        scope: '东湖镇',
        watchPoints: '跟帖和转发',
        requestedMeasures: '核实并回应',
      },
      'id',
    ),
  ).sendRiskLetter.id;
  doc = ok(
    await mutate<typeof doc>(
      api.graphql,
      officer,
      'issueDocument',
      { kind: 'RISK_LETTER', recordId: letterId },
      'documentNumber sha256 verificationCode',
    ),
  ).issueDocument;
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('lists the centre’s issued letter under its number, downloads the issued bytes and verifies the copy', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.getByTestId('main-menu').getByText('公文').click();
  const row = page.getByTestId('documents-page').locator('tr').filter({ hasText: doc.documentNumber });
  await row.waitFor();
  expect(await row.textContent()).toContain('网络风险提示函');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByText('下载 Word').click()]);
  expect(download.suggestedFilename()).toContain(doc.documentNumber);
  const bytes = readFileSync(await download.path());
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);

  await page.getByTestId('verify-code').fill(doc.verificationCode.toLowerCase());
  await page.getByText('查发文记录').click();
  await page.locator('.ant-descriptions').getByText(doc.documentNumber).waitFor();
  await screenshot(page, 'documents', false);

  // The QR code on the last page opens the console at …/#/verify/<code>: 公文核验 filled in and checked.
  await page.goto(`${api.base}/#/verify/${doc.verificationCode}`);
  await page.getByTestId('documents-page').waitFor();
  expect(await page.getByTestId('verify-code').inputValue()).toBe(doc.verificationCode);
  await page.locator('.ant-descriptions').getByText(doc.documentNumber).waitFor();
  expect(errors).toEqual([]);
});
