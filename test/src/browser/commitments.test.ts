import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoData } from '@shouhou/deploy';
import { startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser, newContext, screenshot, signIn } from '../support/browser';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('service commitments in the console', () => {
  it('lets the acme admin set commitments, preview them across National Day, and publish them', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, `${stack.gatewayUrl}/`, 'admin@acme.test');
    await page.getByRole('menuitem', { name: '服务承诺' }).click();
    await page.getByTestId('commitments-form').waitFor();
    await expect.poll(() => page.getByTestId('commitments-version').textContent()).toContain('默认');

    await page.getByTestId('duration-firstResponse').getByLabel('amount').fill('1');
    await page.getByTestId('duration-city').getByLabel('amount').fill('2');

    const received = page.getByTestId('commitments-preview').locator('input').first();
    await received.click();
    // Typed before the picker's panel is open, the date can be lost on a busy machine: wait for it.
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').first().waitFor();
    await received.fill('2026-09-30 17:30');
    await received.press('Enter');
    await expect.poll(() => received.inputValue(), { timeout: 10_000 }).toBe('2026-09-30 17:30');
    // Wednesday 30 September 17:30 + 1 working hour: 30 minutes that day, the rest after the 1–7 October holiday.
    await expect.poll(() => page.getByTestId('due-firstResponse').textContent(), { timeout: 10_000 }).toMatch(/2026-10-08.*09:30/);
    await expect.poll(() => page.getByTestId('due-city').textContent()).toMatch(/2026-10-08.*10:30/);
    await screenshot(page, 'commitments-editor');

    // The region tester places an address under the default home city (Shanghai).
    const tryAddress = page.getByTestId('try-address');
    await tryAddress.click();
    await page.keyboard.type('天河区');
    await page.locator('.ant-cascader-menu-item', { hasText: '天河区' }).first().click();
    await expect.poll(() => page.getByTestId('try-address-tier').textContent()).toContain('省外');

    await page.getByTestId('publish-commitments').click();
    await expect.poll(() => page.getByTestId('commitments-version').textContent()).toContain('第 1 版');

    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.getByTestId('calendar-year').waitFor();
    if ((await page.getByTestId('calendar-year').textContent()) !== '2026') {
      await page.getByRole('button', { name: /year/ }).first().click();
    }
    await expect.poll(() => page.getByTestId('calendar-year').textContent()).toBe('2026');
    await expect.poll(() => page.locator('[data-date="2026-10-05"]').getAttribute('data-kind')).toBe('holiday');
    expect(await page.locator('[data-date="2026-10-10"]').getAttribute('data-kind')).toBe('makeUp');
    expect(await page.locator('[data-date="2026-09-20"]').getAttribute('data-kind')).toBe('makeUp');
    await screenshot(page, 'business-calendar-2026');
    await context.close();
  });

  it('lets the acme admin set the company hotline and see the company’s users and roles', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, `${stack.gatewayUrl}/`, 'admin@acme.test');
    await page.getByRole('menuitem', { name: '企业设置' }).click();
    const form = page.getByTestId('company-form');
    await form.getByLabel('售后服务热线').fill('bad number');
    await page.getByTestId('save-company').click();
    await form.getByText('请输入有效的电话号码').waitFor();
    await form.getByLabel('售后服务热线').fill('400-800-8888');
    await page.getByTestId('save-company').click();
    await page.getByText('已保存').waitFor();

    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    const table = page.getByTestId('users-table');
    await table.getByRole('row', { name: /tech@acme.test/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(7);
    expect(await table.getByText('globex').count()).toBe(0);
    await screenshot(page, 'users-and-roles');
    await context.close();
  });

  it('shows the published commitments to a customer without an account, on a phone', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await page.goto(`${stack.gatewayUrl}/p/acme`);
    const table = page.getByTestId('public-commitments');
    await table.getByRole('row', { name: /首次响应.*1 个工作小时/ }).waitFor();
    await table.getByRole('row', { name: /市区.*2 个工作小时/ }).waitFor();
    expect(await page.getByTestId('public-hotline').textContent()).toContain('400-800-8888');
    expect(page.url()).toContain('/p/acme');
    await screenshot(page, 'public-commitments-phone');
    // Reporting a problem from the public page, then following it by the link.
    await page.getByTestId('report-problem').click();
    const form = page.getByTestId('public-request-form');
    await form.getByLabel('客户姓名').fill('手机用户');
    await form.getByLabel('联系电话').fill('13600001234');
    await form.getByLabel('产品型号').fill('BCD-450 冰箱');
    await form.getByLabel('问题描述').fill('冷藏室不制冷');
    await page.getByTestId('submit-public-request').click();
    await page.getByTestId('tracking-link').click();
    await expect.poll(() => page.getByTestId('tracking-number').textContent()).toMatch(/^SR-\d{8}-\d{4}$/);
    await page.getByTestId('tracking-steps').getByText('新建').waitFor();
    await screenshot(page, 'public-tracking-phone');

    await page.goto(`${stack.gatewayUrl}/p/nobody`);
    await page.getByText('找不到该企业的服务承诺').waitFor();
    await context.close();
  });
});
