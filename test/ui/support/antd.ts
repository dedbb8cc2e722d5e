import { Locator, Page } from 'playwright-core';

/** Driving antd's widgets the way a person does: open, pick, submit, and wait for the API's answer. */

/** The open modal's content. */
export async function modal(page: Page): Promise<Locator> {
  const m = page.locator('.ant-modal-content:visible').last();
  await m.waitFor();
  return m;
}

export async function pick(page: Page, m: Locator, fieldLabel: string, option: string): Promise<void> {
  await m.locator('.ant-form-item').filter({ hasText: fieldLabel }).locator('.ant-select').first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

export async function pickUnits(page: Page, m: Locator, fieldLabel: string, units: string[]): Promise<void> {
  await pickInTree(
    page,
    m.locator('.ant-form-item').filter({ hasText: fieldLabel }).locator('.ant-select').first(),
    units,
  );
  await m.locator('.ant-form-item-label').first().click(); // close the dropdown
}

/** Picks units by name in a unit tree select (one, or several), and sees each one chosen. */
export async function pickInTree(page: Page, select: Locator, units: string[]): Promise<void> {
  const chosen = (u: string) =>
    select.locator('.ant-select-selection-item', { hasText: u }).first().isVisible();
  for (const u of units) {
    // A click that lands while the dropdown is still moving in (a busy machine) picks nothing: look, and pick again.
    for (let attempt = 0; !(await chosen(u)); attempt++) {
      if (attempt === 3) throw new Error(`could not pick ${u}`);
      if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
        .filter({ hasText: new RegExp(`^${u}$`) })
        .click();
      await until(() => chosen(u), 2_000).catch(() => undefined);
    }
  }
}

export async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Submits the open modal and waits for the API's success message and the modal to close. */
export async function submit(page: Page, m: Locator, success: string, double = false): Promise<void> {
  const ok = m.locator('.ant-modal-footer .ant-btn-primary');
  if (double) await ok.dblclick();
  else await ok.click();
  await page.locator('.ant-message-notice', { hasText: success }).first().waitFor();
  await m.waitFor({ state: 'hidden' });
}
