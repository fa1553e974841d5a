import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { postInboundMail, seedDemoData } from '@shouhou/deploy';
import { startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser, newContext, screenshot, signIn } from '../support/browser';

let stack: TestStack;
let browser: Browser;
let consoleUrl: string;

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

const HEADER = '客户名称,类型,联系人,电话,邮箱,区划代码,详细地址,产品型号,序列号,购买日期,发票号,销售商';

describe('bulk onboarding in the console', () => {
  it('imports a CSV with a progress bar and lists the rows left out, with a downloadable report', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 600; i++) lines.push(`导入客户${i},个人,,1570000${String(i).padStart(4, '0')},,310115,张江路 ${i} 号,KFR-35GW,BR-${i},2026-10-01,,`);
    lines.push('坏行,个人,,12345,,,,,,,,');
    lines.push('错区划,个人,,15799990000,,999999,某路,,,,,');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'admin@acme.test');
    await page.getByRole('menuitem', { name: '客户档案' }).click();
    await page.getByTestId('import-customers').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}`) });
    await page.getByTestId('import-progress').waitFor();
    await expect.poll(() => page.getByTestId('import-imported').textContent(), { timeout: 60_000 }).toContain('600');
    expect(await page.getByTestId('import-failed').textContent()).toContain('2');
    const errors = page.getByTestId('import-errors');
    expect(await errors.textContent()).toContain('不是有效的电话号码');
    expect(await errors.textContent()).toContain('区划代码不存在');
    await screenshot(page, 'customer-import-zh');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载错误报告' }).click();
    const report = readFileSync(await (await download).path(), 'utf8');
    expect(report).toContain('602,电话,不是有效的电话号码');
    expect(report).toContain('603,区划代码,区划代码不存在');
    await context.close();
  }, 120_000);
});

describe('e-mail requests and export in the console', () => {
  it('shows the mail that opened a request beside its timeline, and exports the filtered list as CSV', async () => {
    const res = await postInboundMail(stack.gatewayUrl, {
      from: '赵云 <zhaoyun@example.test>', subject: '空调漏水', 'body-plain': '客厅空调室内机滴水，麻烦尽快上门。',
      'Message-Id': `<${randomUUID()}@example.test>`, attachments: [{ filename: 'leak.jpg', 'content-type': 'image/jpeg', size: 48213 }],
    });
    const { requestId } = await res.json();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.goto(`${consoleUrl}requests/${requestId}`);
    const messages = page.getByTestId('request-messages');
    await messages.waitFor();
    expect(await messages.textContent()).toContain('客户来信');
    expect(await messages.textContent()).toContain('leak.jpg');
    await screenshot(page, 'email-request-zh');

    await page.getByRole('menuitem', { name: '服务请求' }).click();
    await page.getByTestId('request-search').fill('赵云');
    await page.getByTestId('request-search').press('Enter');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-requests').click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0].startsWith('受理单号,状态')).toBe(true);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('赵云');
    await context.close();
  });
});
