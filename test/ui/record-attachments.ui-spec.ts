import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * Files on a letter (issue 22): the county centre's 周明 attaches the stamped scan of a 风险提示函 where the letter is
 * shown on the incident; 东湖镇's 李娜, the other side, sees it on the letter waiting in her 待办, opens it through its
 * link, and attaches the township's reply photo back, which the centre then sees on the letter. The same component
 * shows a statement's and a joint conference record's files.
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;
let incidentId: string;

const SCAN = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.from('盖章提示函'.repeat(200)),
  Buffer.from('\n%%EOF\n'),
]);
const PHOTO = Buffer.concat([
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  Buffer.alloc(3000, 7),
  Buffer.from('ffd9', 'hex'),
]);

beforeAll(async () => {
  api = await startConsoleApi('uiletterfiles');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
  const officer = (await login(api.graphql, 'zhouming')).token;
  incidentId = await listedIncident(api.graphql, officer, {
    title: '东湖镇养殖场异味网帖',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  ok(
    await mutate(
      api.graphql,
      officer,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu')],
        title: '关于养殖场异味舆情风险的提示函',
        level: 'III',
        risk: '周边居民集中投诉',
        scope: '东湖镇',
        watchPoints: '本地论坛、短视频',
        requestedMeasures: '核实并书面反馈',
      },
      'id',
    ),
  );
});
afterAll(async () => {
  await Promise.all([desk?.close(), phone?.close()]);
  await api?.close();
});

it('the centre attaches the letter’s scan, and the township it was sent to reads it and answers with a photo', async () => {
  const c = desk.context.pages()[0] ?? (await desk.context.newPage());
  const deskErrors = watchErrors(c);
  await signIn(c, api.base, 'zhouming');
  await c.goto(`${api.base}/incidents/${incidentId}`);
  const letter = c.getByTestId('letters').locator('.letter', { hasText: '关于养殖场异味舆情风险的提示函' });
  await letter.getByTestId('record-attachments').getByText('暂无附件').waitFor();
  await letter
    .getByTestId('record-file')
    .setInputFiles([{ name: '提示函（盖章）.pdf', mimeType: 'application/pdf', buffer: SCAN }]);
  await c.locator('.ant-message-notice', { hasText: '已附加 1 个文件' }).waitFor();
  await letter.getByTestId('record-file-link').getByText('提示函（盖章）.pdf').waitFor();

  // The other side: the letter in 东湖镇's 待办, on a phone.
  const t = phone.context.pages()[0] ?? (await phone.context.newPage());
  const phoneErrors = watchErrors(t);
  await signIn(t, api.base, 'lina');
  const card = t.getByTestId('inbox-letter').filter({ hasText: '关于养殖场异味舆情风险的提示函' });
  const link = card.getByTestId('record-file-link').filter({ hasText: '提示函（盖章）.pdf' });
  await link.waitFor();
  // Its signed link gives the very bytes the centre attached.
  const href = await link.getAttribute('href');
  const got = await t.evaluate(async (url) => {
    const res = await fetch(url!);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      size: (await res.arrayBuffer()).byteLength,
    };
  }, href);
  expect(got).toEqual({ status: 200, type: 'application/pdf', size: SCAN.length });

  await card
    .getByTestId('record-file')
    .setInputFiles([{ name: '现场核查.jpg', mimeType: 'image/jpeg', buffer: PHOTO }]);
  await t.locator('.ant-message-notice', { hasText: '已附加 1 个文件' }).waitFor();
  await card.getByTestId('record-photo').waitFor();

  // Back at the centre, the township's photo is on the letter too.
  await c.reload();
  await letter.getByTestId('record-photo').waitFor();
  expect(await letter.getByTestId('record-file-link').count()).toBe(2);
  expect(deskErrors).toEqual([]);
  expect(phoneErrors).toEqual([]);
});
