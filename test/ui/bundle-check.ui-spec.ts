import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { login } from '../support/api-fixture';
import { listedIncident } from '../support/loop-steps';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The auditor without a terminal (issue 20 §8): the 纪检 officer saves an incident's signed bundle, hands it back to
 * the audit page and reads 完好 with the file's fingerprint; an altered copy reads 不可信 with what is wrong; the
 * verdict is saved as a PDF report named by the incident and the Beijing time.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uibundle');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const TITLE = '西山镇养殖场异味投诉';

it('verifies a saved bundle in the browser, finds an altered copy out, and saves the PDF report', async () => {
  const centre = (await login(api.graphql, 'zhouming')).token;
  const id = await listedIncident(api.graphql, centre, { title: TITLE, discoveredAt: new Date() });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'qianjun');
  await page.goto(`${api.base}/audit/${id}`);
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('bundle-download').click(),
  ]);
  expect(saved.suggestedFilename()).toMatch(new RegExp(`^${TITLE}-审计包-\\d{8}-\\d{4}\\.bundle\\.json$`));
  const path = await saved.path();
  const bytes = readFileSync(path);

  await page.goto(`${api.base}/audit`);
  const card = page.getByTestId('bundle-check');
  await card.locator('input[type=file]').setInputFiles(path);
  const result = card.getByTestId('bundle-check-result');
  await result.getByText('完好', { exact: true }).waitFor();
  await result.getByText(TITLE).waitFor();
  expect(await result.getByTestId('bundle-check-fingerprint').innerText()).toContain(
    `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  );
  await screenshot(page, 'bundle-check');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('bundle-check-pdf').click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^审计包核验报告-${TITLE}-\\d{8}-\\d{4}\\.pdf$`));
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');

  // A copy with one word changed: the page says it was altered.
  const altered = `${path}.altered.json`;
  writeFileSync(altered, bytes.toString('utf8').replace(TITLE, '西山镇养殖场异味投诉（已核实）'));
  await card.locator('input[type=file]').setInputFiles(altered);
  await result.getByText('不可信', { exact: true }).waitFor();
  await result.getByText(/文件被改动/).waitFor();
  expect(errors).toEqual([]);
});
