import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The frame around every page (issue 20 §7): on a desk the menu stays in view while a long page scrolls; on a phone
 * it slides over the page when opened instead of squeezing the page beside it; the audit slider stays over its table.
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uilayout');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
});
afterAll(async () => {
  await Promise.all([desk?.close(), phone?.close()]);
  await api?.close();
});

it('keeps the menu in view on a desk while the page scrolls', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhaoqiang');
  await page.goto(`${api.base}/organization`);
  await page.getByTestId('grade-scales').waitFor();
  // Down to the foot of the page (it grows as its cards load).
  await page.waitForFunction(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return window.scrollY > 500;
  });
  const menu = await page.getByTestId('main-menu').boundingBox();
  expect(menu!.y).toBeLessThan(100);
  expect(errors).toEqual([]);
});

it('opens the menu over the page on a phone, the page keeping its width', async () => {
  const page = phone.context.pages()[0] ?? (await phone.context.newPage());
  await signIn(page, api.base, 'songjian');
  await page.goto(`${api.base}/inbox`);
  const header = page.locator('.console-header');
  await header.waitFor();
  await page.locator('.ant-layout-sider-zero-width-trigger').click();
  const menu = page.getByTestId('main-menu');
  await menu.waitFor();
  await page.waitForFunction(
    () => (document.querySelector('.console-sider')?.getBoundingClientRect().width ?? 0) > 200,
  );
  const after = (await header.boundingBox())!;
  // The page under it keeps the whole width of the phone.
  expect({ x: after.x, width: after.width }).toEqual({ x: 0, width: 390 });
  const sider = (await page.locator('.console-sider').boundingBox())!;
  expect(sider.x).toBe(0);
  // A choice closes it again.
  await menu.getByText('待办').click();
  await page.waitForFunction(
    () => (document.querySelector('.console-sider')?.getBoundingClientRect().width ?? 1) === 0,
  );
});

it('keeps the audit slider in view over its table, and the table filled while the slider moves', async () => {
  const centre = (await login(api.graphql, 'zhouming')).token;
  const id = await listedIncident(api.graphql, centre, { title: '东岗村停水投诉', discoveredAt: new Date() });
  // A county-wide incident: every township and bureau has a task, so the table runs past a phone's screen.
  const units = [
    'donghu',
    'xishan',
    'nanping',
    'beicheng',
    'land-bureau',
    'petition-bureau',
    'market-bureau',
    'police',
  ];
  for (const [i, unit] of units.entries())
    ok(
      await mutate(
        api.graphql,
        centre,
        'dispatchTask',
        {
          incidentId: id,
          unitId: demoUnitId(unit),
          role: i === 0 ? 'LEAD' : 'SUPPORT',
          requirements: '核实停水原因',
        },
        'id',
      ),
    );
  // On a phone the state and the task table stack under the slider: reading the table keeps the slider in view.
  const page = phone.context.pages()[0] ?? (await phone.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'qianjun');
  await page.goto(`${api.base}/audit/${id}`);
  const controls = page.locator('.replay-controls');
  await controls.waitFor();
  const lastRow = page.getByTestId('audit-slider').locator('.ant-table-row').last();
  await lastRow.waitFor();
  await page.evaluate(() => {
    const rows = document.querySelectorAll('[data-testid=audit-slider] .ant-table-row');
    rows[rows.length - 1].scrollIntoView({ block: 'end' });
  });
  const header = (await page.locator('.console-header').boundingBox())!;
  const box = (await controls.boundingBox())!;
  const row = (await lastRow.boundingBox())!;
  expect(Math.round(box.y)).toBe(Math.round(header.y + header.height));
  expect(row.y).toBeGreaterThan(box.y + box.height);
  // Stepping back through the log: the state shown is replaced, never emptied, so nothing jumps.
  await controls.locator('.ant-slider-handle').focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('as-of').count()).toBe(1);
  }
  await page.getByTestId('as-of').getByText('处置中').waitFor();
  expect(errors).toEqual([]);
});
