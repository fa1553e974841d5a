import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoData } from '@shouhou/deploy';
import { startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser, newContext, screenshot, signIn } from '../support/browser';

let stack: TestStack;
let browser: Browser;
let consoleUrl: string;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
  consoleUrl = `${stack.gatewayUrl}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('intake at the phone (受理)', () => {
  it('recognises 张伟, previews the 三包 exchange for his air conditioner, records an urgent request from the keyboard, and lets the agent override the warranty', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.getByRole('menuitem', { name: '新建受理' }).click();
    const form = page.getByTestId('create-request-form');
    await form.waitFor();

    // The caller's number is typed straight away: the phone field has the focus.
    await expect.poll(() => focused(page)).toBe('caller-phone');
    // Esc starts over (a wrong number, say).
    await page.keyboard.type('139');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('caller-phone').inputValue()).toBe('');
    await expect.poll(() => focused(page)).toBe('caller-phone');
    await page.keyboard.type('13800138000');
    const known = page.getByTestId('known-caller');
    await known.waitFor();
    expect(await known.textContent()).toContain('老客户 张伟');
    await known.getByTestId('owned-product-RF2023060042').waitFor();
    expect(await form.getByLabel('客户姓名').inputValue()).toBe('张伟');

    // Alt+4 picks WeChat, Alt+1 goes back to the phone.
    await page.keyboard.press('Alt+4');
    await expect.poll(() => page.getByTestId('channel').locator('.ant-segmented-item-selected').textContent()).toContain('微信');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByTestId('channel').locator('.ant-segmented-item-selected').textContent()).toContain('电话');

    // The air conditioner, picked from the keyboard, fills the product and his default address.
    await known.getByTestId('owned-product-AC2025110001').focus();
    await page.keyboard.press('Enter');
    expect(await form.getByLabel('产品型号').inputValue()).toBe('KFR-35GW');
    expect(await form.getByLabel('序列号').inputValue()).toBe('AC2025110001');
    expect(await form.getByLabel('购买日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await form.getByLabel('服务地址').inputValue()).not.toBe('');
    expect(await page.getByTestId('service-county').textContent()).toContain('浦东新区');

    const preview = page.getByTestId('warranty-preview');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toMatch(/购买第 \d+ 天，在 15 天换货期内/);
    expect(await preview.getByTestId('warranty-status').textContent()).toBe('在保');
    expect(await preview.getByTestId('warranty-entitlement').textContent()).toBe('可换货');

    // The focus went on to the problem; priority high; Ctrl+Enter records it.
    await expect.poll(() => focused(page)).toBe('TEXTAREA');
    await page.keyboard.type('制冷效果差，出风口有异味');
    await page.getByTestId('priority').getByText('高', { exact: true }).click();
    await screenshot(page, 'intake-create-warranty-preview');
    await page.keyboard.press('Control+Enter');

    const number = page.getByTestId('request-number');
    await number.waitFor();
    expect((await number.textContent())!.trim()).toMatch(/^SR-\d{8}-\d{4}$/);
    await page.getByTestId('first-response-countdown').waitFor();
    const card = page.getByTestId('warranty-card');
    expect(await card.getByTestId('warranty-entitlement').textContent()).toBe('可换货');
    expect(await card.getByTestId('warranty-reason').textContent()).toMatch(/购买第 \d+ 天，在 15 天换货期内/);
    expect(await card.getByTestId('warranty-figures').textContent()).toContain('15 天');
    expect(await page.getByTestId('priority-tag').first().textContent()).toBe('高');
    expect(await page.getByTestId('request-address').textContent()).toMatch(/浦东新区.*市区/);
    await screenshot(page, 'intake-request-detail-warranty');

    // The same reason, rendered in English from its code and figures.
    await page.getByTestId('user-menu').click();
    await page.getByText('English').click();
    await expect.poll(() => card.getByTestId('warranty-reason').textContent()).toMatch(/^Day \d+ after purchase, within the 15-day exchange window/);
    await page.getByTestId('user-menu').click();
    await page.getByText('中文').click();
    await expect.poll(() => card.getByTestId('warranty-reason').textContent()).toMatch(/^购买第/);

    // Override: a reason of at least 5 characters is required; the system's decision stays visible.
    await card.getByTestId('override-warranty').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('override-entitlement').click();
    await page.locator('.ant-select-item-option', { hasText: '免费修理' }).click();
    await dialog.getByTestId('override-reason').fill('短');
    await dialog.getByRole('button', { name: /改\s?判/ }).click();
    await dialog.getByText('请至少用 5 个字说明改判原因').waitFor();
    await dialog.getByTestId('override-reason').fill('客户只要求维修，不换机');
    await dialog.getByRole('button', { name: /改\s?判/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.getByTestId('warranty-entitlement').first().textContent()).toBe('免费修理');
    expect(await card.getByTestId('warranty-reason').textContent()).toBe('人工改判：客户只要求维修，不换机');
    expect(await card.getByTestId('warranty-override').textContent()).toMatch(/系统原判定.*可换货.*15 天换货期内.*你 于/);
    const timeline = page.getByTestId('request-timeline');
    await timeline.getByText('改判保修', { exact: true }).waitFor();
    expect(await timeline.textContent()).toContain('在保/可换货 → 在保/免费修理：客户只要求维修，不换机');
    await screenshot(page, 'intake-warranty-overridden');

    // The list shows the priority; the filter finds it.
    await page.getByRole('menuitem', { name: '服务请求' }).click();
    await page.getByTestId('priority-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '高' }).click();
    const row = page.getByTestId('request-table').getByRole('row', { name: /张伟/ });
    await row.first().waitFor();
    expect(await row.first().getByTestId('priority-tag').textContent()).toBe('高');
    await context.close();
  });

  it('shows a customer’s archive on a phone and keeps their products, with a taken serial number refused on its field', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.getByRole('button', { name: 'menu' }).click();
    await page.getByRole('menuitem', { name: '客户档案' }).click();

    // An unknown number: offered to start an archive.
    const search = page.getByTestId('customer-search');
    await search.fill('13900001111');
    await search.press('Enter');
    await page.getByTestId('customer-not-found').getByText('没有电话号码为 13900001111 的客户').waitFor();

    await search.fill('138 0013 8000');
    await search.press('Enter');
    await page.getByText('客户档案：张伟').waitFor();
    const products = page.getByTestId('customer-products');
    await products.getByText('AC2025110001').waitFor();
    await expect.poll(() => products.getByTestId('owned-AC2025110001').getByTestId('warranty-status').textContent(), { timeout: 10_000 }).toBe('在保');
    await expect.poll(() => products.getByTestId('owned-RF2023060042').getByTestId('warranty-status').textContent(), { timeout: 10_000 }).toBe('过保');
    expect(await page.getByTestId('customer-addresses').textContent()).toMatch(/市区.*上海市 \/ 浦东新区/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'customer-archive-phone');

    // Adding a washing machine.
    await page.getByTestId('edit-customer').click();
    const editor = page.getByTestId('customer-editor');
    await editor.waitFor();
    await page.getByTestId('add-product').click();
    const added = editor.getByTestId('product-2');
    await added.getByLabel('产品型号').fill('XQG100');
    await added.getByLabel('产品型号').press('Tab');
    await added.getByLabel('序列号').fill('WM-BROWSER-0001');
    await added.getByLabel('购买日期').fill(daysAgo(30));
    await added.getByLabel('购买日期').press('Enter');
    await added.getByLabel('发票号').fill('FP-2026-0999');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('save-customer').click();
    await editor.waitFor({ state: 'hidden' });
    const washer = products.getByTestId('owned-WM-BROWSER-0001');
    await washer.waitFor();
    expect(await washer.textContent()).toContain(daysAgo(30));
    await expect.poll(() => washer.getByTestId('warranty-status').textContent(), { timeout: 10_000 }).toBe('在保');

    // The hotel's refrigerator: its serial belongs to another customer, and the error sits on that field.
    await page.getByTestId('edit-customer').click();
    await editor.waitFor();
    await page.getByTestId('add-product').click();
    const taken = editor.getByTestId('product-3');
    await taken.getByLabel('产品型号').fill('BCD-450');
    await taken.getByLabel('产品型号').press('Tab');
    await taken.getByLabel('序列号').fill('RF2024080233');
    await page.getByTestId('save-customer').click();
    await taken.getByText('序列号已登记在其他客户名下').waitFor();
    expect(await page.getByTestId('customer-error').textContent()).toContain('已登记在其他客户名下');
    await screenshot(page, 'customer-edit-conflict-phone');
    await context.close();
  });

  it('lets the tenant admin keep the product catalog and see which categories lack a 三包 rule', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'admin@acme.test');
    await page.getByRole('menuitem', { name: '产品目录' }).click();
    const table = page.getByTestId('catalog-table');
    await table.getByRole('row', { name: /KFR-35GW/ }).waitFor();
    expect(await table.getByTestId('no-rule').count()).toBe(0);

    await page.getByTestId('add-model').click();
    const form = page.getByTestId('model-form');
    await form.getByLabel('型号').fill('P-9');
    await form.getByLabel('名称').fill('智能手机');
    await form.getByLabel('产品品类').fill('手机');
    await form.getByText('该品类在服务承诺中没有三包规则').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /保\s?存/ }).click();
    const phone = table.getByRole('row', { name: /P-9/ });
    await phone.getByTestId('no-rule').waitFor();
    await page.getByTestId('catalog-uncovered').getByText(/手机/).waitFor();
    await screenshot(page, 'product-catalog');
    await context.close();
  });
});
