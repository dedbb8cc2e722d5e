import { Locator, Page } from 'playwright-core';

/** Driving antd's widgets the way a person does: open, pick, submit, and wait for the API's answer. */

/** The open modal's content, once it has finished zooming in (a click during the motion can land off target). */
export async function modal(page: Page): Promise<Locator> {
  return settled(page, page.locator('.ant-modal-content:visible').last(), '.ant-modal[class*="ant-zoom-"]');
}

/** Opens a dropdown menu by a click on its button and picks an entry once the menu has stopped moving in. */
export async function menu(page: Page, button: Locator, entry: string): Promise<void> {
  await button.click();
  await settled(page, page.locator('.ant-dropdown:visible').first(), '.ant-dropdown[class*="ant-slide-"]');
  // Only an open entry: a disabled one may name another step in its reason (办结: 请先标记平息).
  await page
    .locator('.ant-dropdown:visible .ant-dropdown-menu-item:not(.ant-dropdown-menu-item-disabled)', {
      hasText: entry,
    })
    .first()
    .click();
}

/** Opens a dropdown menu and returns its entry with the given test id (a disabled one too), without clicking it. */
export async function menuEntry(page: Page, button: Locator, testId: string): Promise<Locator> {
  await button.click();
  await settled(page, page.locator('.ant-dropdown:visible').first(), '.ant-dropdown[class*="ant-slide-"]');
  const entry = page.locator('.ant-dropdown:visible').getByTestId(testId);
  await entry.waitFor();
  return entry;
}

/** The open Popconfirm, once it has finished zooming in. */
export async function popconfirm(page: Page): Promise<Locator> {
  return settled(page, page.locator('.ant-popconfirm:visible').last(), '.ant-popconfirm[class*="ant-zoom-"]');
}

/** Waits for a popup to show and for its motion (antd's `ant-zoom-*` / `ant-slide-*` classes) to end. */
async function settled(page: Page, popup: Locator, moving: string): Promise<Locator> {
  await popup.waitFor();
  await until(async () => (await page.locator(moving).count()) === 0);
  return popup;
}

/**
 * Makes a click until what it should do is seen: on a busy machine a click that lands while a popup is still moving
 * in, or after it closed under the pointer, does nothing. Three tries, each given two seconds to show its effect.
 */
async function retry(done: () => Promise<boolean>, act: () => Promise<unknown>, what: string): Promise<void> {
  for (let attempt = 0; !(await done()); attempt++) {
    if (attempt === 3) throw new Error(`could not ${what}`);
    await act();
    await until(done, 2_000).catch(() => undefined);
  }
}

/** Waits until no modal is shown (one closing still counts as shown). */
export async function noModal(page: Page): Promise<void> {
  await until(async () => (await page.locator('.ant-modal-content:visible').count()) === 0);
}

/** Chooses a radio option by its label and sees it checked; a click lost on a busy machine is made again. */
export async function choose(m: Locator, option: string): Promise<void> {
  const checked = () =>
    m
      .locator('.ant-radio-button-wrapper-checked, .ant-radio-wrapper-checked', { hasText: option })
      .first()
      .isVisible();
  await retry(
    checked,
    () =>
      m
        .locator('label', { hasText: option })
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined),
    `choose ${option}`,
  );
}

/**
 * Ticks (or clears) a checkbox and sees it so; a click lost on a busy machine is made again (playwright's check()
 * gives up at once when one click did not change the box — seen in CI while the page re-rendered after a save).
 */
export async function tick(box: Locator, on = true): Promise<void> {
  await retry(
    async () => (await box.isChecked()) === on,
    () => box.click({ timeout: 5_000 }).catch(() => undefined),
    `${on ? 'tick' : 'clear'} ${box.toString()}`,
  );
}

/** A select's dropdown that is open and not on its way out (one closing still shows for a moment). */
const OPEN_DROPDOWN = '.ant-select-dropdown:visible:not([class*="-leave"])';
const isOpen = async (select: Locator) =>
  ((await select.getAttribute('class')) ?? '').includes('ant-select-open');

/** Picks an option of a single select in a form by the field's label (see pickIn). */
export async function pick(page: Page, m: Locator, fieldLabel: string, option: string): Promise<void> {
  await pickIn(
    page,
    m.locator('.ant-form-item').filter({ hasText: fieldLabel }).locator('.ant-select').first(),
    option,
  );
}

/** Picks an option of a single select by its label, sees it chosen, and sees the dropdown gone. */
export async function pickIn(page: Page, select: Locator, option: string): Promise<void> {
  const chosen = () => select.locator('.ant-select-selection-item', { hasText: option }).first().isVisible();
  await retry(
    chosen,
    async () => {
      if (!(await isOpen(select))) await select.click();
      await page
        .locator(`${OPEN_DROPDOWN} .ant-select-item-option`, { hasText: option })
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    },
    `pick ${option}`,
  );
  await closeDropdowns(page);
}

/**
 * Closes open dropdowns as a person's click elsewhere does (the select loses focus), and waits for them to leave:
 * one left open covers the fields below it. Not Escape, which inside a modal may close the modal too.
 */
export async function closeDropdowns(page: Page): Promise<void> {
  const open = async () => (await page.locator('.ant-select-dropdown:visible').count()) > 0;
  await until(async () => !(await open()), 1_000).catch(() => undefined);
  if (await open()) await page.evaluate('document.activeElement && document.activeElement.blur()');
  await until(async () => !(await open()));
}

export async function pickUnits(page: Page, m: Locator, fieldLabel: string, units: string[]): Promise<void> {
  await pickInTree(
    page,
    m.locator('.ant-form-item').filter({ hasText: fieldLabel }).locator('.ant-select').first(),
    units,
  );
  await closeDropdowns(page);
}

/** Picks units by name in a unit tree select (one, or several), and sees each one chosen. */
export async function pickInTree(page: Page, select: Locator, units: string[]): Promise<void> {
  const chosen = (u: string) =>
    select.locator('.ant-select-selection-item', { hasText: u }).first().isVisible();
  for (const u of units) {
    await retry(
      () => chosen(u),
      async () => {
        if (!(await isOpen(select))) await select.click();
        await page
          .locator(`${OPEN_DROPDOWN} .ant-select-tree-node-content-wrapper`)
          .filter({ hasText: new RegExp(`^${u}$`) })
          .click({ timeout: 5_000 })
          .catch(() => undefined);
      },
      `pick ${u}`,
    );
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

/**
 * 审核 → 通过，销号 on the open review dialog: the verdict is chosen (none is preset), after the reviewer was shown the
 * hand-in itself.
 */
export async function strikeOff(page: Page): Promise<void> {
  const m = await modal(page);
  await m.getByTestId('review-handin').waitFor();
  await choose(m, '通过，销号');
  await submit(page, m, '已销号');
}
