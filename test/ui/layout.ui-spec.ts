import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The frame around every page (issue 20 §7): on a desk the menu stays in view while a long page scrolls; on a phone
 * it slides over the page when opened instead of squeezing the page beside it.
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
