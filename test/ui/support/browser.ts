import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

export const SCREENSHOTS = resolve(__dirname, '..', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium as root on a machine without internet. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium with its own profile (a new --user-data-dir), closed and removed afterwards. */
export async function launch(options: { phone?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'yuqing-ui-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1366, height: 768 } }),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Busy and total CPU time of the machine so far (Linux's /proc/stat, in clock ticks); null elsewhere. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const t = fields.map(Number);
    const total = t.reduce((a, b) => a + b, 0);
    return { busy: total - t[3] - (t[4] ?? 0), total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet: two half-second windows in a row with the CPUs under 15 % busy (at most 20 s).
 * A fresh Chromium keeps both cores of this machine busy for seconds after it starts (it preloads its own WebUI
 * pages, such as the omnibox popup), which a person's already open browser has long finished. Returns the ms waited.
 */
export async function quiet(maxMs = 20_000): Promise<number> {
  const t0 = Date.now();
  let last = cpuTicks();
  if (!last) {
    await new Promise((r) => setTimeout(r, 5_000)); // no /proc: give the browser a fixed five seconds
    return Date.now() - t0;
  }
  for (let calm = 0; calm < 2 && Date.now() - t0 < maxMs;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuTicks()!;
    const busy = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    calm = busy < 0.15 ? calm + 1 : 0;
    last = now;
  }
  return Date.now() - t0;
}

/** Page errors fail the test: a console that throws is not a console that works. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // The page as it rests: at the top, without the passing toasts of the last step.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.addStyleTag({
    content: '/* ui-quiet */ .ant-message, .ant-notification { display: none !important; }',
  });
  await page.screenshot({ path, fullPage });
  await page.evaluate(
    "[...document.querySelectorAll('style')].filter((s) => s.textContent.includes('ui-quiet')).forEach((s) => s.remove())",
  );
  return path;
}

export async function signIn(
  page: Page,
  base: string,
  username: string,
  password = 'Qingshui@2026',
): Promise<void> {
  await page.goto(`${base}/`);
  await page.evaluate('localStorage.clear()'); // whoever was signed in on this browser before
  await page.reload();
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
}
